'use client';
import type { Anchor, Thread } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';
import { formatOsloDateTime } from '@/lib/oslo-time';
import { composerLock } from './comment-lock';
import { useConsultationState, useServerNow } from './use-consultation';

/** What a Composer is told: whether it is closed, and the note saying why (or what it still takes). */
export type ComposerNote = { closed: boolean; note: string } | undefined;

/** The note for a composer about `target`, from the board's current round and the server's clock; undefined while the round allows everything. */
export function useComposerLock(target: { anchor: Anchor } | { thread: Pick<Thread, 'anchor' | 'comments'> }, lang: Lang): ComposerNote {
  const state = useConsultationState();
  const now = useServerNow(state);
  const lock = composerLock(state?.current ?? null, now, target);
  if (!lock) return undefined;
  const t = translator(consultationText, lang);
  return lock.kind === 'closed' ? { closed: true, note: t('composer.closed', { time: formatOsloDateTime(lock.endedAt, lang, now) }) } : { closed: false, note: t('composer.questionOnly') };
}

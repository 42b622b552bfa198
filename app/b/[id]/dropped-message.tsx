'use client';
import { translator, type Lang } from '@/lib/i18n';
import { unsavedText } from '@/lib/i18n/unsaved';
import { PERMISSION_DENIED } from '@/lib/protocol';
import type { Dropped } from './use-live-client';

type Props = { dropped: Dropped; lang: Lang; onDismiss: () => void };

/** Which edits were thrown away and why (a locked board, or a copy reloaded without them), with a way to dismiss it. */
export function DroppedMessage({ dropped, lang, onDismiss }: Props) {
  const t = translator(unsavedText, lang);
  const locked = dropped.reason === PERMISSION_DENIED.boardLocked;
  return (
    <div data-testid="dropped-notice" className="flex flex-wrap items-start gap-3 border-b border-amber-300 bg-amber-50 px-4 py-2 text-amber-950">
      <div className="min-w-0 flex-1">
        <p className="font-medium">{locked ? t('dropped.locked') : t('dropped.reloaded')}</p>
        {locked ? <p className="text-sm">{t('dropped.lockedHelp')}</p> : null}
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('dropped.dismiss')}
        title={t('dropped.dismiss')}
        className="rounded border border-amber-400 bg-white px-2 py-0.5 text-sm hover:bg-amber-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        <span aria-hidden="true">✕</span>
      </button>
    </div>
  );
}

import { anchorKey, parseAnchorKey, type Participant, type Thread } from '@/lib/comments';
import type { Lang } from '@/lib/i18n';
import { labelAnchor, type AnchorNames } from './anchor-names';
import { lastActivity } from './summaries';
import type { AnchorOptions, ThreadFilter } from './thread-filters';

/**
 * The anchor filter's choices: every level in board order, cards that have threads (and the
 * chosen one, which may have none yet), then proposals, indicators and anchors the board no longer has.
 */
export function anchorOptions(threads: Iterable<Thread>, names: AnchorNames, chosen: string, lang: Lang): AnchorOptions {
  const keys = new Set<string>();
  for (const t of threads) keys.add(anchorKey(t.anchor));
  if (chosen) keys.add(chosen);
  const levels = [...names.levels].map(([id, label]) => ({ key: `level:${id}`, label }));
  const cards: AnchorOptions['cards'] = [];
  const other: AnchorOptions['other'] = [];
  for (const key of keys) {
    const anchor = parseAnchorKey(key);
    if (!anchor || anchor.kind === 'board' || (anchor.kind === 'level' && names.levels.has(anchor.id))) continue;
    (anchor.kind === 'card' && names.cards.has(anchor.id) ? cards : other).push({ key, label: labelAnchor(anchor, names, lang) });
  }
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang === 'nb' ? 'nb' : 'en');
  return { levels, cards: cards.sort(byLabel), other: other.sort(byLabel) };
}

/** Everyone who joined or wrote, once each, by name: for the participant filter and for highlighting mentions. */
export function knownPeople(participants: readonly Participant[], threads: Iterable<Thread>): Participant[] {
  const byId = new Map<string, Participant>();
  for (const t of threads) for (const c of t.comments) byId.set(c.author.participantId, c.author);
  for (const p of participants) byId.set(p.participantId, p);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * The threads the filter lets through, open before resolved, the most recently active first.
 * The thread that is open on screen always stays, so resolving it does not make it vanish.
 */
export function visibleThreads(threads: Iterable<Thread>, filter: ThreadFilter, pinned: string | null): Array<{ thread: Thread; activity: number }> {
  const out: Array<{ thread: Thread; activity: number }> = [];
  for (const t of threads) {
    const keep =
      t.id === pinned ||
      ((filter.status === 'all' || t.status === filter.status) &&
        (!filter.anchor || anchorKey(t.anchor) === filter.anchor) &&
        (!filter.participant || t.comments.some((c) => c.author.participantId === filter.participant)));
    if (keep) out.push({ thread: t, activity: lastActivity(t) });
  }
  return out.sort((a, b) => Number(a.thread.status === 'resolved') - Number(b.thread.status === 'resolved') || b.activity - a.activity);
}

import { anchorKey, stanceTally, type Stance, type Thread } from '@/lib/comments';

/** What a badge shows for one anchor: comments that are not removed, threads, open threads, stances. */
export type AnchorSummary = { comments: number; threads: number; open: number; tally: Record<Stance, number> };

/**
 * Summaries by anchor key (`card:legevakt`, `level:kommune`, `board`). Cards are anchored by
 * id, not by column, so a card's summary follows it wherever it is moved.
 */
export function summariseAnchors(threads: Iterable<Thread>): Map<string, AnchorSummary> {
  const grouped = new Map<string, Thread[]>();
  for (const t of threads) {
    const key = anchorKey(t.anchor);
    const list = grouped.get(key);
    if (list) list.push(t);
    else grouped.set(key, [t]);
  }
  const out = new Map<string, AnchorSummary>();
  for (const [key, list] of grouped) {
    out.set(key, {
      comments: list.reduce((n, t) => n + t.comments.filter((c) => !c.removedAt).length, 0),
      threads: list.length,
      open: list.filter((t) => t.status === 'open').length,
      tally: stanceTally(list),
    });
  }
  return out;
}

/** When a thread last changed as far as its comments tell: the newest creation, edit or removal. */
export function lastActivity(t: Thread): number {
  let newest = Date.parse(t.resolvedAt ?? t.createdAt) || 0;
  for (const c of t.comments) for (const at of [c.createdAt, c.editedAt, c.removedAt]) if (at) newest = Math.max(newest, Date.parse(at) || 0);
  return newest;
}

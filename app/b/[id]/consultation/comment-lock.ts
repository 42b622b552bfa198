import { refusedByRound, type Consultation } from '@/lib/consultation';
import type { Anchor, Thread } from '@/lib/comments';

/**
 * What the board's current round leaves a composer at `now` (the server's clock as this page
 * estimates it): nothing (null), closed since `endedAt`, or open for a reply without a stance (a
 * secretariat's question after the deadline). The same rule the server applies (refusedByRound),
 * so the page never offers what the server would refuse.
 */
export type ComposerLock = { kind: 'closed'; endedAt: number } | { kind: 'questionOnly' } | null;

/** The lock on a composer for a new thread about `anchor`, or for a reply in `thread`. */
export function composerLock(round: Consultation | null, now: number, target: { anchor: Anchor } | { thread: Pick<Thread, 'anchor' | 'comments'> }): ComposerLock {
  if ('anchor' in target) {
    const refused = refusedByRound(round, { kind: 'thread', anchor: target.anchor }, now);
    return refused ? { kind: 'closed', endedAt: refused.endedAt } : null;
  }
  if (!refusedByRound(round, { kind: 'reply', thread: target.thread, stance: 'for' }, now)) return null;
  const plain = refusedByRound(round, { kind: 'reply', thread: target.thread, stance: undefined }, now);
  return plain ? { kind: 'closed', endedAt: plain.endedAt } : { kind: 'questionOnly' };
}

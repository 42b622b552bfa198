import type { Allocation } from '@/lib/allocation';
import type { HistoryEntry } from '@/lib/history';

/** One card that changed column. */
export type Move = { card: string; from: string; to: string };
/** Who made a change, as the server's token named them. */
export type Mover = { name: string; organisation: string };

/** Each card's column in an allocation. */
export const placementsOf = (allocation: Pick<Allocation, 'placements'>): Map<string, string> =>
  new Map(allocation.placements.map((p) => [p.responsibility, p.level]));

/** The cards that sit in another column than before; a card that was not on the board before (a new custom card) did not move. */
export function movedCards(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): Move[] {
  const moves: Move[] = [];
  for (const [card, to] of after) {
    const from = before.get(card);
    if (from !== undefined && from !== to) moves.push({ card, from, to });
  }
  return moves;
}

/**
 * Who a history entry says made these moves: its actors, when it records any of them (a card to
 * the same column); null when it does not, so the caller asks again later. An entry recorded
 * with no actors (written after a restart) names no one: an empty list.
 */
export function moversOf(entry: Pick<HistoryEntry, 'changes' | 'actors'>, moves: readonly Move[]): Mover[] | null {
  const recorded = entry.changes.some((c) => c.kind === 'move' && moves.some((m) => m.card === c.card && m.to === c.to));
  return recorded ? entry.actors.map(({ name, organisation }) => ({ name, organisation })) : null;
}

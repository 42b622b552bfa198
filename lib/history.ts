import { z } from 'zod';
import { allocationSchema, boardLevelSchema } from './allocation';
import type { BoardProjection } from './board-doc';
import { levelKindSchema } from './catalog/schema';
import { customCardSchema, MAX_CUSTOM_CARDS } from './custom-cards';
import { roleSchema } from './roles';

/**
 * The live board's history: after each burst of edits the server records who edited, what
 * changed in terms a reader follows (moves, columns, custom cards), and the whole board as it
 * then was, so a timeline can show the board at any recorded moment.
 */

const id = boardLevelSchema.shape.id;

/** At most this many people are named on one entry; a burst of edits rarely has more than a handful. */
export const MAX_HISTORY_ACTORS = 100;

/** Someone whose edits an entry records, as the server's token named them; link tokens have no participant id. */
export const historyActorSchema = z.object({
  participantId: z.string().max(64).nullable(),
  name: z.string().max(120),
  organisation: z.string().max(120),
  role: roleSchema,
});
export type HistoryActor = z.infer<typeof historyActorSchema>;

/**
 * One change between two recorded states. A `level-renamed` with an empty name means the
 * column's own name was cleared, so it shows its kind's name again (as renameLevel does).
 */
export const historyChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('move'), card: id, from: id, to: id }),
  z.object({ kind: z.literal('level-added'), level: id, levelKind: levelKindSchema, name: z.string().max(80).optional() }),
  z.object({ kind: z.literal('level-removed'), level: id }),
  z.object({ kind: z.literal('level-renamed'), level: id, name: z.string().max(80) }),
  z.object({ kind: z.literal('card-added'), card: id, name: z.string().max(80) }),
  z.object({ kind: z.literal('card-removed'), card: id }),
]);
export type HistoryChange = z.infer<typeof historyChangeSchema>;

/**
 * A recorded moment of a board: its sequence number (1, 2, ... per board), when, who, what
 * changed since the entry before, and the allocation and custom cards after it. Entry 1 has
 * no actors and no changes: the board as it was when history began.
 */
export const historyEntrySchema = z.object({
  seq: z.number().int().positive(),
  at: z.string().max(40),
  actors: z.array(historyActorSchema).max(MAX_HISTORY_ACTORS),
  // Every card moving and every column and custom card coming or going stays well under this.
  changes: z.array(historyChangeSchema).max(1000),
  allocation: allocationSchema,
  custom: z.array(customCardSchema).max(MAX_CUSTOM_CARDS),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** An entry before the store gave it its sequence number. */
export const newHistoryEntrySchema = historyEntrySchema.omit({ seq: true });
export type NewHistoryEntry = z.infer<typeof newHistoryEntrySchema>;

/** Most entries one history request answers. */
export const MAX_HISTORY_PAGE = 1000;

/** GET /api/boards/<id>/history query: entries with seq > `after`, at most `limit` of them. */
export const historyQuerySchema = z.object({
  after: z.coerce.number().int().nonnegative().default(0),
  limit: z.coerce.number().int().min(1).max(MAX_HISTORY_PAGE).default(MAX_HISTORY_PAGE),
});
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

/** What a history entry compares: a board as readBoardDoc projects it. */
export type HistoryState = Pick<BoardProjection, 'allocation' | 'custom'>;

/**
 * The changes that turn `before` into `after`: columns added and renamed, custom cards added,
 * cards that changed column, custom cards removed, columns removed, in that order (the order
 * a reader follows: a card moves to a column that exists and off one before it goes). A card's
 * place within its column and the order of columns are not changes.
 */
export function historyChanges(before: HistoryState, after: HistoryState): HistoryChange[] {
  const changes: HistoryChange[] = [];
  const levelsBefore = new Map(before.allocation.levels.map((l) => [l.id, l]));
  const levelsAfter = new Set(after.allocation.levels.map((l) => l.id));
  for (const level of after.allocation.levels) {
    const old = levelsBefore.get(level.id);
    if (!old) changes.push({ kind: 'level-added', level: level.id, levelKind: level.kind, ...(level.name ? { name: level.name } : {}) });
    else if ((old.name ?? '') !== (level.name ?? '')) changes.push({ kind: 'level-renamed', level: level.id, name: level.name ?? '' });
  }
  const customBefore = new Set(before.custom.map((c) => c.id));
  const customAfter = new Set(after.custom.map((c) => c.id));
  for (const card of after.custom) if (!customBefore.has(card.id)) changes.push({ kind: 'card-added', card: card.id, name: card.name });
  const placedBefore = new Map(before.allocation.placements.map((p) => [p.responsibility, p.level]));
  for (const p of after.allocation.placements) {
    const from = placedBefore.get(p.responsibility);
    // A card that was not placed before is a new custom card, reported as added above.
    if (from !== undefined && from !== p.level) changes.push({ kind: 'move', card: p.responsibility, from, to: p.level });
  }
  for (const card of before.custom) if (!customAfter.has(card.id)) changes.push({ kind: 'card-removed', card: card.id });
  for (const level of before.allocation.levels) if (!levelsAfter.has(level.id)) changes.push({ kind: 'level-removed', level: level.id });
  return changes;
}

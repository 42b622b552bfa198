import { z } from 'zod';
import { levelKindSchema } from './catalog/schema';

/**
 * Responsibilities a board defines for itself. Their figures are assumptions made by a named
 * participant, never sourced facts, and the engine shows them that way.
 */

/** At most this many custom cards on one board; keeps a board within allocationSchema's 500 placements. */
export const MAX_CUSTOM_CARDS = 60;

/** Prefix of every custom card id; catalog ids never start with it. */
export const CUSTOM_CARD_PREFIX = 'egen-';

/** `egen-` and eight base-36 characters, so an id can never name a catalog card. */
export const customCardIdSchema = z.string().regex(/^egen-[0-9a-z]{8}$/, 'custom card id');

const figure = z.number().finite().nonnegative();

/**
 * A custom card as stored in the document's `custom` map. `baselineKind` is the kind of the
 * level it was created on: its "today", so it counts as moved only once it leaves that kind.
 */
export const customCardSchema = z.object({
  id: customCardIdSchema,
  name: z.string().trim().min(1).max(80),
  cost: figure.optional(),
  staff: figure.optional(),
  author: z.string().trim().min(1).max(120),
  note: z.string().max(1000).default(''),
  baselineKind: levelKindSchema,
});
export type CustomCard = z.infer<typeof customCardSchema>;

/** A fresh id from eight random base-36 characters; `random` returns values in [0, 1). */
export function newCustomCardId(random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 8; i++) tail += Math.min(35, Math.floor(random() * 36)).toString(36);
  return `${CUSTOM_CARD_PREFIX}${tail}`;
}

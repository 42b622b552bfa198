import * as z from 'zod/mini';
import { levelKindSchema } from './catalog/level-kind';

/**
 * Responsibilities a board defines for itself. Their figures are assumptions made by a named
 * participant, never sourced facts, and the engine shows them that way.
 */

/** At most this many custom cards on one board; keeps a board within allocationSchema's 500 placements. */
export const MAX_CUSTOM_CARDS = 60;

/** Prefix of every custom card id; catalog ids never start with it. */
export const CUSTOM_CARD_PREFIX = 'egen-';

/** `egen-` and eight base-36 characters, so an id can never name a catalog card. */
export const customCardIdSchema = z.string().check(z.regex(/^egen-[0-9a-z]{8}$/, 'custom card id'));

/**
 * Realistic ceilings for an assumed figure: 1 000 milliarder kr is more than twice what all
 * health and care in Norway cost in a year, and 500 000 årsverk more than everyone working in
 * it. Anything above is a typing slip or an attack, and summing such figures must stay finite.
 */
export const MAX_CUSTOM_COST_KR = 1e12;
export const MAX_CUSTOM_STAFF = 500_000;

const figure = (max: number, what: string) =>
  z.number().check(z.minimum(0, `${what} kan ikke være negativ`), z.maximum(max, `${what} kan være høyst ${max.toLocaleString('nb-NO')}`));

/**
 * Who made a card's assumption, as the page writes it. Empty only once that participant erased
 * their part (see ERASED_NAME in erased-name.ts): a new card always names someone.
 */
export const customCardAuthorSchema = z.string().check(z.trim(), z.maxLength(120));

/**
 * A custom card as stored in the document's `custom` map. `baselineKind` is the kind of the
 * level it was created on: its "today", so it counts as moved only once it leaves that kind.
 */
export const customCardSchema = z.object({
  id: customCardIdSchema,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(80)),
  cost: z.optional(figure(MAX_CUSTOM_COST_KR, 'Kostnaden (kr)')),
  staff: z.optional(figure(MAX_CUSTOM_STAFF, 'Årsverk')),
  author: customCardAuthorSchema,
  note: z._default(z.string().check(z.maxLength(1000)), ''),
  baselineKind: levelKindSchema,
});
export type CustomCard = z.infer<typeof customCardSchema>;

/** A fresh id from eight random base-36 characters; `random` returns values in [0, 1). */
export function newCustomCardId(random: () => number = Math.random): string {
  let tail = '';
  for (let i = 0; i < 8; i++) tail += Math.min(35, Math.floor(random() * 36)).toString(36);
  return `${CUSTOM_CARD_PREFIX}${tail}`;
}

/**
 * The author text a participant's custom cards carry: "name (organisation)", or the name alone.
 * A card keeps only this text, so erasing a participant finds their cards by it.
 */
export const customCardAuthor = (p: { name: string; organisation: string }): string => (p.organisation ? `${p.name} (${p.organisation})` : p.name);

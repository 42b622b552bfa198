import * as z from 'zod/mini';
import type { BoardCatalog } from './catalog/board';
import type { Source, Text } from './catalog/schema';
import { SEEDS } from './catalog/seeds';

/**
 * Binding cross-level pathways (Kdf's "mursteinsmodell"): a board may mark a catalog pathway as
 * bound, meaning the kommune and the health trust have a binding joint follow-up model for that
 * patient group. Nothing moves: no card, no money, no staff. The board document keeps them in its
 * `bindings` map (pathway id → true; absent = not bound); a proposal records the bound ids.
 */

/** At most this many pathways can be bound; the catalog has fewer. */
export const MAX_BINDINGS = 50;

/** The bound pathway ids a proposal records: sorted, unique. Unknown ids are refused on import, not here. */
export const bindingsSchema = z.array(z.string().check(z.regex(/^[a-z][a-z0-9-]{0,47}$/, 'pathway id'))).check(z.maxLength(MAX_BINDINGS));
export type Bindings = string[];

/** The name of the marker, in both languages. */
export const BINDING_NAME: Text = { nb: 'forpliktende forløp på tvers av nivåene', en: 'binding cross-level pathway' };

/**
 * What a binding pathway means, in words shown next to the figure: who decides, who pays,
 * and what population base it has.
 */
export const BINDING_RULE: Text = {
  nb: 'Et forpliktende forløp betyr at kommunen og helseforetaket har en bindende, felles oppfølgingsmodell for denne pasientgruppen. Hvem bestemmer: kommunen og helseforetaket sammen, i helsefellesskapet. Hvem betaler: hver part sin egen del, så ingen penger, årsverk eller kort flyttes, og ansvaret ligger der det ligger i dag. Befolkningsgrunnlag: ingen kilde gir et, så ingen kommune telles. Overgangene telles som før; dette tallet teller bare overgangene i forløp som ikke er merket forpliktende.',
  en: 'A binding pathway means the kommune and the health trust have a binding joint follow-up model for this patient group. Who decides: the kommune and the health trust together, in the helsefellesskap (health partnership). Who pays: each party its own part, so no money, staff or card moves, and responsibility stays where it is today. Population base: no source gives one, so no municipality is counted. Handoffs are counted as before; this figure counts only the handoffs on pathways not marked binding.',
};

/** Where Kdf asks for binding cross-level models and says no responsibility shifts. */
export const BINDING_SOURCE: Source = { ref: SEEDS.kdf, locator: 'L58-60, L98, L104-106' };

/** The catalog's pathway ids among `ids`, sorted and unique: what the engine and the board use. */
export function knownBindings(ids: Iterable<string> | undefined, catalog: Pick<BoardCatalog, 'pathways'>): Bindings {
  const known = new Set(catalog.pathways.map((p) => p.id));
  return [...new Set(ids ?? [])].filter((id) => known.has(id)).sort();
}

/**
 * Reads stored bindings without trusting them: a key that is no catalog pathway, or a value that
 * is not a boolean, is named in `skipped` (`binding <key>`) and leaves nothing bound. `false` reads
 * as not bound. The result is sorted, so every peer reads one state the same way.
 */
export function readBindings(entries: Iterable<[string, unknown]>, catalog: Pick<BoardCatalog, 'pathways'>, skipped: string[]): Bindings {
  const known = new Set(catalog.pathways.map((p) => p.id));
  const bound: string[] = [];
  for (const [key, value] of entries) {
    if (!known.has(key) || typeof value !== 'boolean') skipped.push(`binding ${key}`);
    else if (value) bound.push(key);
  }
  return bound.sort();
}

/** The pathways a template marks binding (Kdf's four), as a new board from it starts with them. */
export const templateBindings = (template: { boundPathways?: readonly { pathway: string }[] }): Bindings =>
  [...new Set((template.boundPathways ?? []).map((b) => b.pathway))].sort();

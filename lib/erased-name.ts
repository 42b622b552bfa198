import { customCardAuthor } from './custom-cards';

// How an erased participant's name is stored and shown. Kept apart from own-data.ts, which
// carries the API's schemas, so the board's first load can show a card's author without them.

/**
 * The name and organisation stored in place of an erased participant's. Empty, since no one can
 * join with an empty name (the join dialog requires a visible character), so an empty name always
 * means "erased", and each page shows it in its own language ("slettet deltaker", "deleted participant").
 */
export const ERASED_NAME = '';

/** True when a stored name is an erased participant's. */
export const isErasedName = (name: string): boolean => name === ERASED_NAME;

/** A participant as shown to others: the neutral label in place of an erased name. */
export const shownName = (p: { name: string }, erasedLabel: string): string => (isErasedName(p.name) ? erasedLabel : p.name);

/** A participant with their organisation, "name (organisation)", as shown to others; the neutral label once erased. */
export const shownPerson = (p: { name: string; organisation: string }, erasedLabel: string): string => (isErasedName(p.name) ? erasedLabel : customCardAuthor(p));

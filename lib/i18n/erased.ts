import type { Dictionary } from './index';

// How an erased participant shows wherever names and comments are shown, the board's cards
// included; apart from the own-data dialog's texts, so the board's first load carries only these.
const nb = {
  'erased.name': 'slettet deltaker',
  'erased.comment': 'Kommentaren er slettet',
} as const;

/** What an erased participant's name and comments show as, in Bokmål; English in en/erased.ts. */
export const erasedText: Dictionary<typeof nb> = { nb };

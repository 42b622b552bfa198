import type { Dictionary } from './index';

// What screen readers hear while a card is dragged with the keyboard. The announcement of a
// finished move, which also tells of others' moves, is in board.ts.
const nb = {
  'announce.pickedUp': 'Tok opp {card}. Bruk piltastene for å flytte og mellomrom for å slippe.',
  'announce.over': '{card} er over {level}.',
  'announce.cancelled': 'Flyttingen av {card} ble avbrutt.',
  'announce.dropped': '{card} sluppet på {level}.',
  'announce.instructions': 'Trykk mellomrom eller Enter for å ta opp et kort. Flytt med piltastene, slipp med mellomrom, avbryt med Escape.',
} as const;

/** The drag announcements in Bokmål; English in en/drag.ts. */
export const dragText: Dictionary<typeof nb> = { nb };

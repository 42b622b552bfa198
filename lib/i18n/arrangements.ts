import type { Dictionary } from './index';

// Strings for arrangements (model 4): the column header, the per-arrangement table in the
// consequence panel and the packet, and the lists in proposals and compare.
const nb = {
  'header.shown': 'Ordning: {name}',
  'header.set': 'Ordning',
  'header.setTitle': 'Knytt kolonnen til en ordning, for eksempel et fagområde eller en landsdel',
  'header.label': 'Ordning for {level}',
  'header.hint': 'Kolonner med samme ordning regnes sammen. Tomt felt tar kolonnen ut av ordningen.',

  'table.heading': 'Per ordning',
  'table.intro': 'Hver ordning er kolonnene som har samme ordning. Tallene gjelder kortene som ligger der: penger og årsverk som flyttes dit, overganger der pasienten kommer inn i ordningen, posisjoner om kortene og lover som berøres. Sum per ordning blir tavlas tall, år for år; en lov teller i hver ordning den berører, så tavla teller hver lov én gang.',
  'table.arrangement': 'Ordning',
  'table.moved': 'Kort flyttet',
  'table.between': 'Penger til ny betaler',
  'table.within': 'Omorganisert',
  'table.shared': 'Til delt budsjett',
  'table.open': 'Betaler ikke avklart',
  'table.staff': 'Årsverk flyttet',
  'table.handoffs': 'Overganger',
  'table.contradicted': 'Posisjoner brutt',
  'table.acts': 'Lover',
  'table.total': 'Hele tavla',
  'table.none': 'Uten ordning',
  'table.noFigure': 'minst; {count} uten tall',
  'table.caption': 'Konsekvenser per ordning og for hele tavla',

  'list.heading': 'Ordninger',
  'list.item': '{name}: {levels}',
} as const;

/** Arrangement strings, Bokmål first, English with the same keys. */
export const arrangementsText = {
  nb,
  en: {
    'header.shown': 'Arrangement: {name}',
    'header.set': 'Arrangement',
    'header.setTitle': 'Link the column to an arrangement, for example a field or a part of the country',
    'header.label': 'Arrangement for {level}',
    'header.hint': 'Columns with the same arrangement are counted together. A blank field takes the column out of its arrangement.',

    'table.heading': 'Per arrangement',
    'table.intro': 'Each arrangement is the columns that share it. The figures are for the cards placed there: money and årsverk moved there, handoffs where the patient arrives in the arrangement, positions about its cards and acts touched. The arrangements add up to the board’s figures, year by year; an act counts in every arrangement it touches, so the board counts each act once.',
    'table.arrangement': 'Arrangement',
    'table.moved': 'Cards moved',
    'table.between': 'Money to a new payer',
    'table.within': 'Reorganised',
    'table.shared': 'To a shared budget',
    'table.open': 'Payer not settled',
    'table.staff': 'Årsverk moved',
    'table.handoffs': 'Handoffs',
    'table.contradicted': 'Positions broken',
    'table.acts': 'Acts',
    'table.total': 'Whole board',
    'table.none': 'No arrangement',
    'table.noFigure': 'at least; {count} with no figure',
    'table.caption': 'Consequences per arrangement and for the whole board',

    'list.heading': 'Arrangements',
    'list.item': '{name}: {levels}',
  },
} satisfies Dictionary<typeof nb>;

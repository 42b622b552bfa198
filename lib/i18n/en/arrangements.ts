import type { English } from '../index';
import type { arrangementsText } from '../arrangements';

/** Arrangement strings in English, with exactly the Bokmål keys. */
export const arrangementsEn = {
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
} satisfies English<typeof arrangementsText>;

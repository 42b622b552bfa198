import type { English } from '../index';
import type { cardDetailsText } from '../card-details';

/** The card details' strings in English, with exactly the Bokmål keys. */
export const cardDetailsEn = {
  'details.label': 'Details of {card}',
  'details.close': 'Close the details',
  'details.level': 'Now placed with {level}.',
  'details.movedFrom': 'today with {level}',
  'details.cost': 'Cost',
  'details.staff': 'FTEs',
  'details.population': 'Population base',
  'details.volumes': 'Volumes',
  'details.law': 'Act',
  'details.financing': 'Financing',
  'details.sources': 'Sources',
  'details.missing': 'No sourced figure: {note}',
  'details.assumption': 'Assumption by {author}',
  'details.note': 'Reason: {note}',
  'details.conflicts': 'Stakeholder positions this placement contradicts: {count}',
  'details.gone': 'The card is no longer on the board.',
} satisfies English<typeof cardDetailsText>;

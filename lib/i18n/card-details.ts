import type { Dictionary } from './index';

// A card's details panel: its figures, sources and where it lies. The button on the card that
// opens it is in board.ts.
const nb = {
  'details.label': 'Detaljer om {card}',
  'details.close': 'Lukk detaljene',
  'details.level': 'Ligger nå hos {level}.',
  'details.movedFrom': 'i dag hos {level}',
  'details.cost': 'Kostnad',
  'details.staff': 'Årsverk',
  'details.population': 'Befolkningsgrunnlag',
  'details.volumes': 'Volum',
  'details.law': 'Lov',
  'details.financing': 'Finansiering',
  'details.sources': 'Kilder',
  'details.missing': 'Ingen kildebelagt tall: {note}',
  'details.assumption': 'Antakelse av {author}',
  'details.note': 'Begrunnelse: {note}',
  'details.conflicts': 'Aktørposisjoner som brytes av plasseringen: {count}',
  'details.gone': 'Kortet finnes ikke lenger på tavla.',
} as const;

/** The card details' strings in Bokmål; English in en/card-details.ts. */
export const cardDetailsText: Dictionary<typeof nb> = { nb };

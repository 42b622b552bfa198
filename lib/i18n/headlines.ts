import type { Dictionary } from './index';

// The five headline figures' names, apart from the panel's other strings: the comment anchors
// name them on the board page's first load, and the panel's full dictionary loads only with it.
const nb = {
  'headline.moneyMoved': 'Penger flyttet mellom forvaltningsnivåer',
  'headline.staffMoved': 'Årsverk som skifter arbeidsgiver',
  'headline.handoffs': 'Overganger i pasientforløp',
  'headline.handoffsUnbound': 'Overganger uten forpliktende forløp',
  'headline.tooSmall': 'Kommuner som må inn i nytt samarbeid',
  'headline.contradicted': 'Posisjoner som brytes',
} as const;

/** The headline figures' names in Bokmål (English in en/headlines.ts); `panelText` holds them too, so the panel and the anchors agree. */
export const headlineText: Dictionary<typeof nb> = { nb };

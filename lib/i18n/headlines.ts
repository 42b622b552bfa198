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

/** The headline figures' names; `panelText` holds them too, so the panel and the anchors agree. */
export const headlineText = {
  nb,
  en: {
    'headline.moneyMoved': 'Money moved between levels of government',
    'headline.staffMoved': 'Staff (FTE) changing employer',
    'headline.handoffs': 'Handoffs in patient pathways',
    'headline.handoffsUnbound': 'Handoffs without a binding pathway',
    'headline.tooSmall': 'Municipalities needing new cooperation',
    'headline.contradicted': 'Positions contradicted',
  },
} satisfies Dictionary<typeof nb>;

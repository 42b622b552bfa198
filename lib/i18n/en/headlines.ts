import type { English } from '../index';
import type { headlineText } from '../headlines';

/** The headline figures' names in English; `panelEn` holds them too. */
export const headlineEn = {
  'headline.moneyMoved': 'Money moved between levels of government',
  'headline.staffMoved': 'Staff (FTE) changing employer',
  'headline.handoffs': 'Handoffs in patient pathways',
  'headline.handoffsUnbound': 'Handoffs without a binding pathway',
  'headline.tooSmall': 'Municipalities needing new cooperation',
  'headline.contradicted': 'Positions contradicted',
} satisfies English<typeof headlineText>;

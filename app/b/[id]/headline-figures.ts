import type { Consequences } from '@/lib/consequences/engine';
import type { Indicator } from '@/lib/consequences/explain';
import { formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { goodWhenOf, type GoodWhen } from '@/lib/headlines';

/** One headline figure as the compact views show it: its label, the indicator, how to write its value, and which way is good. */
export type HeadlineFigure = { label: string; indicator: Indicator; format: (v: number) => string; goodWhen: GoodWhen };

/** The consequence panel's five headline figures, for the views that show only those (history preview, presenter view). */
export function headlineFigures(c: Consequences, lang: Lang): HeadlineFigure[] {
  const t = translator(panelText, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  const nok = (v: number) => formatNok(v, lang);
  // A yearly figure names its year, and a lower bound says so, as the panel's tiles do.
  const yearly = (label: string, i: Indicator) => {
    const notes = [typeof i.year === 'number' ? t('headline.year', { year: i.year }) : '', i.atLeast ? t('headline.lowerBound') : ''].filter(Boolean);
    return notes.length > 0 ? `${label} (${notes.join(', ')})` : label;
  };
  return [
    { label: yearly(t('headline.moneyMoved'), c.money.moved), indicator: c.money.moved, format: nok, goodWhen: goodWhenOf('moneyMoved') },
    { label: yearly(t('headline.staffMoved'), c.staff.moved), indicator: c.staff.moved, format: n, goodWhen: goodWhenOf('staffMoved') },
    { label: t('headline.handoffs'), indicator: c.handoffs.total, format: n, goodWhen: goodWhenOf('handoffs') },
    { label: t('headline.tooSmall'), indicator: c.populationBase.municipalities, format: n, goodWhen: goodWhenOf('tooSmall') },
    { label: t('headline.contradicted'), indicator: c.positions.contradicted, format: n, goodWhen: goodWhenOf('contradicted') },
  ];
}

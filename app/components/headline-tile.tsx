import type { ReactNode } from 'react';
import type { Indicator } from '@/lib/consequences/explain';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { goodWhenOf } from '@/lib/headlines';
import type { HeadlineId } from '@/lib/panel-readings';
import { ExplanationDetails } from './explanation';
import { ChangedFigure } from './figure-changes';

type Props = { figure: HeadlineId; label: string; indicator: Indicator; format: (v: number) => string; lang: Lang; extra?: ReactNode; note?: ReactNode };

/**
 * One headline figure with its change against the baseline, coloured by direction, and for a moment
 * after a move its change from that move; `label` is already translated, `figure` is its reading's id
 * (which also says which way is better, see lib/headlines.ts).
 */
export function HeadlineTile({ figure, label, indicator, format, lang, extra, note }: Props) {
  const t = translator(panelText, lang);
  const goodWhen = goodWhenOf(figure);
  const d = indicator.delta;
  // Amber marks a change that is neither good nor bad in itself (money moved), so it still stands out.
  const tone =
    d === 0 || goodWhen === 'neither'
      ? d === 0
        ? 'text-slate-500'
        : 'text-amber-800'
      : (d > 0) === (goodWhen === 'up')
        ? 'text-green-800'
        : 'text-red-800';
  return (
    <div className="flex min-w-0 flex-col rounded-lg border border-slate-200 bg-white p-3" data-testid="headline">
      <div className="flex items-start justify-between gap-1 text-sm text-slate-600">
        <span>{label}</span>
        {extra}
      </div>
      <div className="text-xl font-semibold tabular-nums @lg:text-2xl">
        <ChangedFigure id={figure} lang={lang}>
          {indicator.atLeast ? t('headline.atLeast', { value: format(indicator.value) }) : format(indicator.value)}
          {indicator.range ? ` – ${format(indicator.range.high)}` : null}
        </ChangedFigure>
      </div>
      {typeof indicator.year === 'number' ? <div className="text-xs text-slate-600">{t('headline.year', { year: indicator.year })}</div> : null}
      <div className={`text-sm tabular-nums ${tone}`}>{t('headline.vsBaseline', { delta: formatDelta(d, format, lang) })}</div>
      {note ? <div className="text-xs text-slate-600">{note}</div> : null}
      <ExplanationDetails explanation={indicator.explanation} lang={lang} limit={12} />
    </div>
  );
}

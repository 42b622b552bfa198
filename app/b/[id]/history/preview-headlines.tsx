import type { Consequences } from '@/lib/consequences/engine';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { historyText } from '@/lib/i18n/history';
import { panelText } from '@/lib/i18n/panel';
import { deltaTone } from '../compare/indicators';
import { headlineFigures } from '../headline-figures';

/**
 * The consequence panel's five headline figures for an earlier moment, each against today's
 * arrangement, in one compact row: the columns of that moment stay on screen at 1280x720.
 */
export function PreviewHeadlines({ consequences: c, lang }: { consequences: Consequences; lang: Lang }) {
  const t = translator(panelText, lang);
  const h = translator(historyText, lang);
  return (
    <section aria-label={h('preview.headlines')} className="grid grid-cols-[repeat(auto-fit,minmax(9rem,1fr))] gap-2">
      {headlineFigures(c, lang).map(({ label, indicator, format, goodWhen }) => (
        <div key={label} className="rounded-md border border-slate-200 bg-white px-2 py-1" data-testid="headline">
          <div className="text-xs leading-tight text-slate-600">{label}</div>
          <div className="flex flex-wrap items-baseline gap-x-2">
            <span className="whitespace-nowrap font-semibold tabular-nums">{format(indicator.value)}</span>
            <span className={`text-xs tabular-nums ${deltaTone(indicator.delta, goodWhen).className}`}>{t('headline.vsBaseline', { delta: formatDelta(indicator.delta, format, lang) })}</span>
          </div>
        </div>
      ))}
    </section>
  );
}

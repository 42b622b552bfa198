import type { Consequences } from '@/lib/consequences/engine';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { workshopText } from '@/lib/i18n/workshop';
import { deltaTone } from '../compare/indicators';
import { headlineFigures } from '../headline-figures';

/** The consequence panel's five headline figures against today's arrangement, large enough to read from the back of a room. */
export function PresenterHeadlines({ consequences: c, lang }: { consequences: Consequences; lang: Lang }) {
  const t = translator(panelText, lang);
  return (
    <section aria-label={translator(workshopText, lang)('present.headlines')} className="grid grid-cols-[repeat(auto-fit,minmax(13rem,1fr))] gap-3">
      {headlineFigures(c, lang).map(({ label, indicator, format, goodWhen }) => (
        <div key={label} className="flex flex-col rounded-lg border border-slate-200 bg-white px-3 py-2" data-testid="headline">
          <div className="text-base leading-tight text-slate-600">{label}</div>
          <div className="mt-auto text-3xl font-bold whitespace-nowrap tabular-nums">{format(indicator.value)}</div>
          <div className={`text-base tabular-nums ${deltaTone(indicator.delta, goodWhen).className}`}>{t('headline.vsBaseline', { delta: formatDelta(indicator.delta, format, lang) })}</div>
        </div>
      ))}
    </section>
  );
}

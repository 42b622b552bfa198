import type { Consequences } from '@/lib/consequences/engine';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { workshopText } from '@/lib/i18n/workshop';
import { deltaTone } from '../compare/indicators';
import { headlineFigures } from '../headline-figures';

/**
 * The consequence panel's five headline figures against today's arrangement, sized by the
 * screen's height so that they read from the back of a room on any projector (the figures
 * never below 24 px) and still leave most of a 720-line screen to the board.
 */
export function PresenterHeadlines({ consequences: c, lang }: { consequences: Consequences; lang: Lang }) {
  const t = translator(panelText, lang);
  return (
    <section aria-label={translator(workshopText, lang)('present.headlines')} className="grid shrink-0 grid-cols-[repeat(auto-fit,minmax(11rem,1fr))] gap-[1vh]">
      {headlineFigures(c, lang).map(({ label, indicator, format, goodWhen }) => (
        <div key={label} className="flex flex-col rounded-lg border border-slate-200 bg-white px-3 py-[0.6vh]" data-testid="headline">
          <div className="text-[clamp(0.8rem,1.6vh,1.2rem)] leading-tight text-slate-700">{label}</div>
          <div className="mt-auto text-[clamp(1.5rem,3.6vh,3rem)] leading-tight font-bold whitespace-nowrap tabular-nums" data-testid="headline-figure">
            {format(indicator.value)}
          </div>
          <div className={`text-[clamp(0.8rem,1.6vh,1.2rem)] leading-tight tabular-nums ${deltaTone(indicator.delta, goodWhen).className}`}>
            {t('headline.vsBaseline', { delta: formatDelta(indicator.delta, format, lang) })}
          </div>
        </div>
      ))}
    </section>
  );
}

import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { presenterText } from '@/lib/i18n/presenter';
import type { CardFacts } from '../card-facts';

/**
 * One card as the projector shows it: the name and both figures at the board's fitted size
 * (everything in em), and the markers. The latest moved card gets a thick outline for a while,
 * and slides in unless the viewer prefers reduced motion (globals.css turns the slide off).
 */
export function PresenterCard({ facts: f, lang, latest }: { facts: CardFacts; lang: Lang; latest: boolean }) {
  const t = translator(boardText, lang);
  const p = translator(presenterText, lang);
  return (
    <li
      data-testid="card"
      data-card={f.id}
      data-latest={latest ? 'true' : undefined}
      aria-label={f.name}
      className={`min-w-0 rounded-[0.3em] border bg-white px-[0.45em] py-[0.25em] leading-tight ${latest ? 'border-amber-600 outline-[0.2em] outline-amber-400 outline-solid motion-safe:animate-arrive' : 'border-slate-200 shadow-sm'}`}
    >
      <div className="flex flex-wrap items-baseline gap-x-[0.6em] gap-y-[0.1em]">
        <span className="min-w-[6em] flex-[1_1_9em] font-medium group-data-[fit=overflow]:wrap-anywhere">{f.name}</span>
        <span className="ml-auto flex flex-wrap justify-end gap-[0.3em] tabular-nums group-data-[fit=overflow]:wrap-anywhere">
          <Figure figure={f.cost} unknown={p('figure.noCost')} />
          <Figure figure={f.staff} unknown={p('figure.noStaff')} />
          {f.movedFrom ? (
            <span className="rounded-[0.2em] bg-amber-100 px-[0.3em] text-amber-900" title={t('card.movedHint', { level: f.movedFrom })}>
              {t('card.moved')}
            </span>
          ) : null}
          {f.conflicts > 0 ? <span className="rounded-[0.2em] bg-red-100 px-[0.3em] text-red-900">{t('card.conflicts', { count: f.conflicts })}</span> : null}
          {f.author ? <span className="rounded-[0.2em] bg-violet-100 px-[0.3em] text-violet-900">{t('card.assumption', { author: f.author })}</span> : null}
        </span>
      </div>
    </li>
  );
}

/**
 * A figure badge, as large as the card's name so the room reads the figure as easily as the
 * card. A figure without a source shows as a dash: most cards have one, and the full words
 * ("no sourced cost") would fill the screen; screen readers still get them.
 */
function Figure({ figure: { text, title, sourced }, unknown }: { figure: CardFacts['cost']; unknown: string }) {
  return sourced ? (
    <span className="rounded-[0.2em] bg-slate-100 px-[0.3em] font-semibold whitespace-nowrap text-slate-900" title={title}>
      {text}
    </span>
  ) : (
    <span className="rounded-[0.2em] px-[0.3em] whitespace-nowrap text-slate-600" title={title}>
      <span aria-hidden="true">{unknown}</span>
      <span className="sr-only">{text}</span>
    </span>
  );
}

import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import type { CardBase } from '@/lib/consequences/population-base';
import type { Span } from '@/lib/consequences/population-sizes';
import { formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelLabels } from '@/lib/i18n/catalog-names';
import { populationText } from '@/lib/i18n/population';
import { ExplanationDetails } from './explanation';
import { SourceRef } from './source-ref';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang };

const NEW = new Set<CardBase['status']>(['new', 'new-explicit', 'new-binding']);
const TODAY = new Set<CardBase['status']>(['today', 'today-explicit']);

/**
 * The population-base section: new cooperation the proposal requires against what is already so
 * today, one row per card with a base or a sourced cooperation, and the counts by size band.
 */
export function PopulationSection({ consequences: c, catalog, lang }: Props) {
  const t = translator(populationText, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  // A range stays a range: both ends are shown whenever they differ.
  const span = (s: Span) => (s.low === s.high ? n(s.low) : `${n(s.low)}–${n(s.high)}`);
  const ind = (i: { value: number; range?: { high: number } }) => span({ low: i.value, high: i.range?.high ?? i.value });
  const p = c.populationBase;
  // One row per board level, so a kind is qualified by its id only when two columns share it.
  const arrangementOf = new Map(c.arrangements.flatMap((a) => (a.id === null ? [] : a.levels.map((l) => [l, a.id!] as const))));
  const levels = [...new Map(p.cards.map((x) => [x.level, { level: x.level, kind: x.kind, arrangement: arrangementOf.get(x.level) }])).values()];
  const labels = levelLabels(levels, catalog, lang);
  const shown = p.cards.filter((x) => x.base || x.cooperationToday);
  const unbased = p.cards.filter((x) => !x.base).map((x) => cardName(catalog, x.responsibility, lang));
  // The note carries the source's own hedges ("just under", "of units"), which a bare share would lose.
  const coop = (x: CardBase) => (x.cooperationToday ? x.cooperationToday.note[lang] : t('pop.coopNone'));
  return (
    <section aria-labelledby="population-h">
      <h3 id="population-h" className="text-lg font-semibold">
        {t('pop.heading')}
      </h3>
      <p className="mt-1 text-sm">
        {t('pop.new', { municipalities: ind(p.municipalities), people: ind(p.people), units: ind(p.units) })}
        {p.municipalities.atLeast ? ` ${t('pop.newAtLeast')}` : ''}
      </p>
      <ExplanationDetails explanation={p.municipalities.explanation} lang={lang} />
      <p className="mt-2 text-sm text-slate-700">{t('pop.today', { municipalities: ind(p.belowToday) })}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm" data-testid="population-table">
          <thead>
            <tr className="border-b align-bottom text-slate-600">
              <th className="py-1 pr-2">{t('pop.service')}</th>
              <th className="pr-2">{t('pop.base')}</th>
              <th className="pr-2">{t('pop.level')}</th>
              <th className="pr-2">{t('pop.below')}</th>
              <th className="pr-2">{t('pop.todayCol')}</th>
              <th className="pr-2">{t('pop.newCol')}</th>
              <th>
                {t('pop.bandsCol')}
                <span className="block text-xs font-normal">{t('pop.bandsOrder')}</span>
              </th>
            </tr>
          </thead>
          <tbody className="align-top tabular-nums">
            {shown.map((x) => (
              <tr key={x.responsibility} className="border-b border-slate-100">
                <td className="py-1 pr-2">
                  {cardName(catalog, x.responsibility, lang)}
                  {x.base?.part ? <span className="block text-slate-600">{x.base.part[lang]}</span> : null}
                </td>
                <td className="pr-2">
                  {x.base ? (
                    <>
                      {x.base.qualifier ? `${t(`pop.q.${x.base.qualifier}`)} ` : ''}
                      {span(x.base)}
                      {x.base.used.kind === 'sourced' ? (
                        <span className="block text-xs">
                          <SourceRef source={x.base.used.figure.source} lang={lang} />
                        </span>
                      ) : x.base.used.kind === 'assumption' ? (
                        <span className="block text-xs text-amber-800">{t('pop.assumed', { author: x.base.used.assumption.author })}</span>
                      ) : null}
                    </>
                  ) : (
                    <span className="text-slate-500">{t('pop.s.no-base')}</span>
                  )}
                </td>
                <td className="pr-2">
                  {labels.get(x.level)}
                  {x.base ? <span className="block text-xs text-slate-600">{t(`pop.s.${x.status}`)}</span> : null}
                </td>
                <td className="pr-2 whitespace-nowrap">{x.below ? span(x.below.municipalities) : t('pop.none')}</td>
                <td className="pr-2">
                  {x.below && TODAY.has(x.status) ? <span className="block whitespace-nowrap">{span(x.below.municipalities)}</span> : null}
                  <span className="block text-xs">
                    {coop(x)}
                    {x.cooperationToday ? (
                      <>
                        {' – '}
                        <SourceRef source={x.cooperationToday.source} lang={lang} />
                      </>
                    ) : null}
                  </span>
                </td>
                <td className="pr-2">
                  {x.below && NEW.has(x.status) ? (
                    <>
                      <span className="block whitespace-nowrap font-medium">{span(x.below.municipalities)}</span>
                      <span className="block text-xs whitespace-nowrap">{t('pop.units', { units: span(x.below.units) })}</span>
                    </>
                  ) : (
                    '0'
                  )}
                </td>
                <td className="whitespace-nowrap">{x.below ? x.below.bands.map((b) => span(b.municipalities)).join(' · ') : t('pop.none')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-sm text-slate-600">{t('pop.noBase', { list: unbased.join(', ') })}</p>
      <table className="mt-2 text-left text-sm" aria-label={t('pop.bandsHeading')}>
        <thead>
          <tr className="border-b text-slate-600">
            <th className="py-1 pr-4">{t('pop.band')}</th>
            <th className="pr-4">{t('pop.bandNew')}</th>
            <th>{t('pop.bandToday')}</th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {p.bands.map((b) => (
            <tr key={b.band} className="border-b border-slate-100">
              <td className="py-1 pr-4">{t(`band.${b.band}`)}</td>
              <td className="pr-4">{span(b.newCooperation)}</td>
              <td>{span(b.today)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

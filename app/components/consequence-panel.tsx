import type { ReactNode } from 'react';
import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { formatDelta, formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, namesFromInputs } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { headlineIndicators, panelReadings } from '@/lib/panel-readings';
import { ArrangementTable } from './arrangement-table';
import { ExplanationDetails } from './explanation';
import { FigureChanges } from './figure-changes';
import { GovernanceLists } from './governance-lists';
import { HandoffChart } from './handoff-chart';
import { HeadlineTile } from './headline-tile';
import { LevelMoneyTable, MovesByKind } from './level-money-table';
import { yearNote } from './year-note';
import { MoneyFlowChart } from './money-flow-chart';
import { PositionList } from './position-list';
import { PopulationSection } from './population-section';

/** A control to discuss one indicator (the board page passes its comment badge); absent on read-only pages. */
export type IndicatorSlot = (indicator: string, label: string) => ReactNode;

/** A control to mark one pathway binding (the board page passes a toggle for editors); absent where no one may change it. */
export type BindingSlot = (pathway: string, name: string, bound: boolean) => ReactNode;

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang; commentSlot?: IndicatorSlot; bindingSlot?: BindingSlot };

/**
 * Every consequence group for one allocation, against "Dagens ordning", with sources, in one
 * language. Sized by its own width (a container), so it fits a side column and a full page alike.
 */
export function ConsequencePanel({ consequences: c, catalog, lang, commentSlot, bindingSlot }: Props) {
  const t = translator(panelText, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  const nok = (v: number) => formatNok(v, lang);
  const one = (v: number) => formatNumber(v, 1, lang);
  const others = namesFromInputs(c.money.explanation.inputs);
  const card = (id: string) => cardName(catalog, id, lang, others);
  // The tiles and the change marks read the same indicators, so a mark always sits on its own figure.
  const h = headlineIndicators(c);
  // Money and staff moved: the largest year leads, other years and uncosted cards are noted beneath.
  const yearly = (id: 'moneyMoved' | 'staffMoved', s: Consequences['money'], format: (v: number) => string) => (
    <HeadlineTile
      figure={id}
      label={t(`headline.${id}`)}
      extra={commentSlot?.(id, t(`headline.${id}`))}
      indicator={h[id]}
      format={format}
      lang={lang}
      note={yearNote(s.moved, s.movedByYear, s.unsourcedMoved.value, format, lang)}
    />
  );
  // Counts where fewer is better: handoffs, municipalities too small, positions broken.
  const counted = (id: 'handoffs' | 'tooSmall' | 'contradicted' | 'handoffsUnbound') => (
    <HeadlineTile figure={id} label={t(`headline.${id}`)} extra={commentSlot?.(id, t(`headline.${id}`))} indicator={h[id]} format={n} lang={lang} />
  );
  return (
    <FigureChanges readings={panelReadings(c, catalog, lang)} lang={lang}>
      <div className="@container space-y-6">
        <div className="grid grid-cols-[repeat(auto-fit,minmax(min(100%,11rem),1fr))] gap-3">
          {yearly('moneyMoved', c.money, nok)}
          {yearly('staffMoved', c.staff, n)}
          {counted('handoffs')}
          {counted('tooSmall')}
          {counted('contradicted')}
        </div>

        <ArrangementTable consequences={c} catalog={catalog} lang={lang} />

        <section aria-labelledby="money-h">
          <h3 id="money-h" className="text-lg font-semibold">
            {t('money.heading')}
          </h3>
          <div className="mt-2 grid items-start gap-4 @4xl:grid-cols-2">
            <MoneyFlowChart money={c.money} catalog={catalog} lang={lang} />
            <div className="overflow-x-auto">
              <LevelMoneyTable money={c.money} staff={c.staff} catalog={catalog} lang={lang} />
              <MovesByKind money={c.money} lang={lang} />
              <ExplanationDetails explanation={c.money.explanation} lang={lang} />
            </div>
          </div>
        </section>

        <section aria-labelledby="handoffs-h">
          <h3 id="handoffs-h" className="text-lg font-semibold">
            {t('handoffs.heading')}
          </h3>
          {/* Kdf's binding pathways: counted apart, never by removing a handoff from the figure above. */}
          <div className="mt-2 max-w-md" data-testid="handoffs-unbound">
            {counted('handoffsUnbound')}
            <ExplanationDetails explanation={c.handoffs.unbound.explanation} lang={lang} />
          </div>
          {c.handoffs.perPathway.some((p) => p.bound) || bindingSlot ? <p className="mt-1 text-sm text-slate-600">{t('handoffs.boundNote')}</p> : null}
          <div className="mt-2 grid items-start gap-4 @4xl:grid-cols-2">
            <HandoffChart perPathway={c.handoffs.perPathway} lang={lang} />
            <ul className="space-y-2 text-sm">
              {c.handoffs.perPathway.map((p) => (
                <li key={p.pathway} data-testid="pathway" data-bound={p.bound}>
                  {/* The counts are in the chart beside this list; here, where the patient changes hands. */}
                  <span className="font-medium">{p.name[lang]}</span>
                  {bindingSlot ? (
                    bindingSlot(p.pathway, p.name[lang], p.bound)
                  ) : p.bound ? (
                    <span className="ml-1 rounded border border-green-700 bg-green-50 px-1 text-xs text-green-900">{t('handoffs.bound')}</span>
                  ) : null}
                  {p.transitions.length > 0 ? (
                    <span className="text-slate-600">
                      {': '}
                      {p.transitions.map((tr) => `${card(tr.fromCard)} → ${card(tr.toCard)}`).join('; ')}
                    </span>
                  ) : null}
                  {commentSlot ? <span className="ml-1">{commentSlot(`handoffs.${p.pathway}`, `${t('headline.handoffs')}: ${p.name[lang]}`)}</span> : null}
                  <ExplanationDetails explanation={p.indicator.explanation} lang={lang} />
                </li>
              ))}
            </ul>
          </div>
        </section>

        <PopulationSection consequences={c} catalog={catalog} lang={lang} />

        <section aria-labelledby="gov-h">
          <h3 id="gov-h" className="text-lg font-semibold">
            {t('gov.heading')}
          </h3>
          <GovernanceLists consequences={c} catalog={catalog} lang={lang} />
          <p className="mt-3 text-sm">
            {t('gov.directShare', { share: one(c.democracy.directShare.value), delta: formatDelta(c.democracy.directShare.delta, one, lang) })}
          </p>
          {c.democracy.directShare.range && c.democracy.directShare.range.high > c.democracy.directShare.value ? (
            <p className="mt-1 text-sm text-amber-900" data-testid="open-election-share">
              {t('gov.openShare', {
                share: one(c.democracy.directShare.range.high - c.democracy.directShare.value),
                high: one(c.democracy.directShare.range.high),
              })}
            </p>
          ) : null}
          <ExplanationDetails explanation={c.democracy.directShare.explanation} lang={lang} />
        </section>

        <PositionList consequences={c} catalog={catalog} lang={lang} />
      </div>
    </FigureChanges>
  );
}

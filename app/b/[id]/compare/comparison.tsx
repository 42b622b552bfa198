import type { ReactNode } from 'react';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { cardName } from '@/lib/i18n/catalog-names';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { proposalsText } from '@/lib/i18n/proposals';
import { ArrangementList } from '@/app/components/arrangement-list';
import { BindingSummary } from '@/app/components/binding-summary';
import { ChoiceSummary } from '@/app/components/choice-summary';
import { panelText } from '@/lib/i18n/panel';
import { choicesText } from '@/lib/i18n/choices';
import type { Comparison } from '../proposals/proposals-api';
import { IndicatorTable } from './indicator-table';
import { FlippedPositions } from './flipped-positions';
import { sideLabels, sideName } from './side-names';

type Props = {
  comparison: Comparison;
  lang: Lang;
  /** 2 on a page of its own, 3 inside the proposals tab. */
  headingLevel: 2 | 3;
  /** Controls shown under the title (the share button); none on the read-only page. */
  actions?: ReactNode;
};

/**
 * One comparison, read-only: what moved from A to B, own cards on one side only, every headline
 * indicator with its change, and the positions that flip. The same view serves the proposals
 * tab and the page a share link opens.
 */
export function ComparisonView({ comparison: c, lang, headingLevel, actions }: Props) {
  const t = translator(proposalsText, lang);
  const ta = translator(arrangementsText, lang);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  // Own cards are named by the side that holds them; the catalog names the rest.
  const ownNames = new Map([...c.a.custom, ...c.b.custom].map((card) => [card.id, card.name]));
  const card = (id: string) => cardName(catalog, id, lang, ownNames);
  const fromLabels = sideLabels(c.a.levels, lang);
  const toLabels = sideLabels(c.b.levels, lang);
  const a = sideName(c.a, lang);
  const b = sideName(c.b, lang);
  return (
    <article aria-label={t('compare.title', { a, b })} data-testid="comparison" className="space-y-4">
      <div>
        <H className="text-lg font-semibold">{t('compare.title', { a, b })}</H>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-slate-600">
          <dt className="font-semibold">{t('compare.a')}</dt>
          <dd>{a}</dd>
          <dt className="font-semibold">{t('compare.b')}</dt>
          <dd>{b}</dd>
        </dl>
        {/* A side split into arrangements (model 4) names them, so the columns below read as they do on its board. */}
        {[...c.a.levels, ...c.b.levels].some((l) => l.arrangement) ? (
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <ArrangementList levels={c.a.levels} catalog={catalog} lang={lang} title={`${ta('list.heading')}: ${a}`} />
            <ArrangementList levels={c.b.levels} catalog={catalog} lang={lang} title={`${ta('list.heading')}: ${b}`} />
          </div>
        ) : null}
        {/* Choices on the sources' open questions change the figures below, so each side says what it chose. */}
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <ChoiceSummary choices={c.a.choices} levels={c.a.levels} lang={lang} title={`${translator(choicesText, lang)('choice.heading')}: ${a}`} />
          <ChoiceSummary choices={c.b.choices} levels={c.b.levels} lang={lang} title={`${translator(choicesText, lang)('choice.heading')}: ${b}`} />
        </div>
        {/* Binding pathways (Kdf) move nothing but change "handoffs without a binding pathway", so each side names its own. */}
        {c.a.bindings?.length || c.b.bindings?.length ? (
          <div className="mt-2 grid gap-2 sm:grid-cols-2">
            <BindingSummary bindings={c.a.bindings} catalog={catalog} lang={lang} title={`${translator(panelText, lang)('bindings.heading')}: ${a}`} showNone />
            <BindingSummary bindings={c.b.bindings} catalog={catalog} lang={lang} title={`${translator(panelText, lang)('bindings.heading')}: ${b}`} showNone />
          </div>
        ) : null}
        {actions}
      </div>

      <section aria-label={t('compare.moved', { count: c.moved.length })}>
        <Sub className="font-semibold">{t('compare.moved', { count: c.moved.length })}</Sub>
        {c.moved.length === 0 ? (
          <p className="text-sm text-slate-600">{t('compare.movedNone')}</p>
        ) : (
          <table className="mt-1 w-full text-left text-sm">
            <thead>
              <tr className="border-b text-slate-600">
                <th className="py-1 pr-2">{t('compare.card')}</th>
                <th className="pr-2">{t('compare.from')}</th>
                <th>{t('compare.to')}</th>
              </tr>
            </thead>
            <tbody>
              {c.moved.map((m) => (
                <tr key={m.responsibility} data-testid="moved" data-card={m.responsibility} className="border-b border-slate-100">
                  <td className="py-1 pr-2 font-medium">{card(m.responsibility)}</td>
                  <td className="pr-2">{fromLabels.get(m.from) ?? m.from}</td>
                  <td>{toLabels.get(m.to) ?? m.to}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      {c.added.length > 0 || c.removed.length > 0 ? (
        <section className="grid gap-2 text-sm sm:grid-cols-2">
          <CardList title={t('compare.removed')} ids={c.removed} name={card} Sub={Sub} />
          <CardList title={t('compare.added')} ids={c.added} name={card} Sub={Sub} />
        </section>
      ) : null}

      <section aria-label={t('compare.indicators')}>
        <Sub className="font-semibold">{t('compare.indicators')}</Sub>
        <IndicatorTable indicators={c.indicators} lang={lang} />
      </section>

      <FlippedPositions flipped={c.positionsFlipped} lang={lang} Sub={Sub} />
    </article>
  );
}

function CardList({ title, ids, name, Sub }: { title: string; ids: string[]; name: (id: string) => string; Sub: 'h3' | 'h4' }) {
  if (ids.length === 0) return null;
  return (
    <div>
      <Sub className="font-semibold">{title}</Sub>
      <ul className="list-inside list-disc">
        {ids.map((id) => (
          <li key={id}>{name(id)}</li>
        ))}
      </ul>
    </div>
  );
}

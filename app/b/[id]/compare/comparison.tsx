import type { ReactNode } from 'react';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { cardName } from '@/lib/i18n/catalog-names';
import { proposalsText } from '@/lib/i18n/proposals';
import type { Comparison } from '../proposals/proposals-api';
import { IndicatorTable } from './indicator-table';
import { FlippedPositions } from './flipped-positions';
import { MovedTable } from './moved-table';
import { SideSummaries } from './side-summaries';
import { sideLabels, sideName } from './side-names';

type Props = {
  comparison: Comparison;
  lang: Lang;
  /** 2 on a page or in a view of its own, 3 inside the proposals tab. */
  headingLevel: 2 | 3;
  /** Controls shown under the title (the share button); none on the read-only page. */
  actions?: ReactNode;
  /**
   * Laid out for the whole screen: the two sides' names whole in the tables' headings, and the
   * figures beside the moves where the screen is wide enough. Narrow (the side panel) stacks all.
   */
  wide?: boolean;
};

/**
 * One comparison, read-only: what moved from A to B, own cards on one side only, every headline
 * indicator with its change, and the positions that flip. The same view serves the proposals
 * tab, its full-width view and the page a share link opens.
 */
export function ComparisonView({ comparison: c, lang, headingLevel, actions, wide = false }: Props) {
  const t = translator(proposalsText, lang);
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const Sub = headingLevel === 2 ? 'h3' : 'h4';
  // Own cards are named by the side that holds them; the catalog names the rest.
  const ownNames = new Map([...c.a.custom, ...c.b.custom].map((card) => [card.id, card.name]));
  const card = (id: string) => cardName(catalog, id, lang, ownNames);
  const a = sideName(c.a, lang);
  const b = sideName(c.b, lang);
  const names = wide ? { a, b } : undefined;

  const header = (
    <div>
      <H className="text-lg font-semibold break-words">{t('compare.title', { a, b })}</H>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-sm text-slate-600">
        <dt className="font-semibold">{t('compare.a')}</dt>
        <dd className="break-words">{a}</dd>
        <dt className="font-semibold">{t('compare.b')}</dt>
        <dd className="break-words">{b}</dd>
      </dl>
      <SideSummaries comparison={c} a={a} b={b} lang={lang} />
      {actions}
    </div>
  );
  const moved = (
    <section aria-label={t('compare.moved', { count: c.moved.length })}>
      <Sub className="font-semibold">{t('compare.moved', { count: c.moved.length })}</Sub>
      {c.moved.length === 0 ? (
        <p className="text-sm text-slate-600">{t('compare.movedNone')}</p>
      ) : (
        <MovedTable moved={c.moved} card={card} from={sideLabels(c.a.levels, lang)} to={sideLabels(c.b.levels, lang)} lang={lang} names={names} />
      )}
    </section>
  );
  const own =
    c.added.length > 0 || c.removed.length > 0 ? (
      <section className="grid gap-2 text-sm sm:grid-cols-2">
        <CardList title={t('compare.removed')} ids={c.removed} name={card} Sub={Sub} />
        <CardList title={t('compare.added')} ids={c.added} name={card} Sub={Sub} />
      </section>
    ) : null;
  const indicators = (
    <section aria-label={t('compare.indicators')}>
      <Sub className="font-semibold">{t('compare.indicators')}</Sub>
      <IndicatorTable indicators={c.indicators} lang={lang} names={names} />
    </section>
  );
  const flipped = <FlippedPositions flipped={c.positionsFlipped} lang={lang} Sub={Sub} />;

  return (
    <article aria-label={t('compare.title', { a, b })} data-testid="comparison" className="min-w-0 space-y-4">
      {header}
      {wide ? (
        // The figures lead on a wide screen: they are what a comparison is asked for.
        <div className="grid items-start gap-x-8 gap-y-4 xl:grid-cols-2">
          <div className="min-w-0">{indicators}</div>
          <div className="min-w-0 space-y-4">
            {moved}
            {own}
            {flipped}
          </div>
        </div>
      ) : (
        <>
          {moved}
          {own}
          {indicators}
          {flipped}
        </>
      )}
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

'use client';
import { memo, useRef } from 'react';
import type { BoardLevel } from '@/lib/allocation';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { LEVEL_ACCENT } from '@/app/components/level-style';
import type { CardFacts } from '../card-facts';
import { PresenterCard } from './presenter-card';
import { useFitBoard } from './use-fit';

type Props = {
  levels: readonly BoardLevel[];
  /** Each level's card ids, in order. */
  columns: ReadonlyMap<string, readonly string[]>;
  labels: ReadonlyMap<string, string>;
  facts: ReadonlyMap<string, CardFacts>;
  lang: Lang;
  /** The cards the latest change moved, while they are outlined. */
  latest: ReadonlySet<string>;
};

/**
 * The board's columns, fitted to the space left on screen (see fitBoard): no scrolling, however
 * many cards; a full column wraps into sub-columns. Memoised, since fitting measures the page.
 */
export const PresenterBoard = memo(function PresenterBoard({ levels, columns, labels, facts, lang, latest }: Props) {
  const t = translator(workshopText, lang);
  const b = translator(boardText, lang);
  const ref = useRef<HTMLElement>(null);
  useFitBoard(ref);
  return (
    <section ref={ref} aria-label={t('present.board')} data-testid="presenter-board" className="group flex min-h-0 flex-1 gap-[0.6em] overflow-hidden">
      {levels.map((level) => {
        const cards = columns.get(level.id) ?? [];
        const label = labels.get(level.id) ?? level.id;
        return (
          <section
            key={level.id}
            aria-label={label}
            data-testid="level"
            data-level={level.id}
            data-fit-column=""
            data-fit-count={Math.max(1, cards.length)}
            className="flex min-w-[11em] flex-1 basis-0 flex-col overflow-hidden rounded-[0.4em] bg-slate-100 p-[0.4em]"
          >
            <h2 className={`flex flex-wrap items-baseline justify-between gap-x-[0.5em] border-b-4 pb-[0.15em] text-[1.2em] leading-tight font-semibold ${LEVEL_ACCENT[level.kind]}`}>
              <span className="min-w-0 truncate">{label}</span>
              <span className="text-[0.75em] font-normal whitespace-nowrap text-slate-700">{b('column.cards', { count: cards.length })}</span>
            </h2>
            <ul data-fit-list="" className="relative mt-[0.35em] min-h-0 flex-1 gap-[0.3em] overflow-hidden [column-fill:balance] *:mb-[0.3em] *:break-inside-avoid">
              {cards.map((id) => {
                const f = facts.get(id);
                return f ? <PresenterCard key={id} facts={f} lang={lang} latest={latest.has(id)} /> : null;
              })}
              {cards.length === 0 ? <li className="rounded-[0.3em] border border-dashed border-slate-400 p-[0.4em] text-slate-600">{t('present.empty')}</li> : null}
            </ul>
          </section>
        );
      })}
    </section>
  );
});

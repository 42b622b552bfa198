'use client';
import type { BreakoutComparison } from '@/lib/breakouts';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import type { BreakoutsApi } from './breakouts-api';
import { GroupColumn } from './group-column';
import { GroupDifferences } from './group-differences';
import { HeadlineTable } from './headline-table';

type Props = {
  comparison: BreakoutComparison;
  lang: Lang;
  /** Present for a facilitator: each group's column offers to take it in as a proposal. */
  api: BreakoutsApi | null;
  /** In the full-width view, under its h2: headings one level up from the panel's. */
  wide?: boolean;
};

/**
 * One breakout comparison's content: what it is counted against, each group's moves side by
 * side, the headline figures and the cards on which the groups differ. The side panel and the
 * full-width view show the same, only the headings' levels differ.
 */
export function GroupsCompared({ comparison, lang, api, wide = false }: Props) {
  const t = translator(breakoutsText, lang);
  const Sub = wide ? 'h3' : 'h4';
  return (
    <>
      <p className="text-sm text-slate-600 break-words">{t('compare.basis', { main: comparison.main.name })}</p>
      {/* Side by side, each column wide enough to read; more groups than fit scroll sideways, by keyboard too (positioned, as TableFrame is). */}
      <div role="group" aria-label={t('compare.region')} tabIndex={0} className="relative grid auto-cols-[minmax(12rem,1fr)] grid-flow-col gap-2 overflow-x-auto pb-1">
        {comparison.groups.map((g) => (
          <GroupColumn key={g.boardId} group={g} main={comparison.main} lang={lang} api={api} level={wide ? 3 : 5} />
        ))}
      </div>
      <HeadlineTable comparison={comparison} lang={lang} Sub={Sub} />
      <GroupDifferences comparison={comparison} lang={lang} Sub={Sub} />
    </>
  );
}

import { useId } from 'react';
import type { BreakoutComparison } from '@/lib/breakouts';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { YEARLY_HEADLINES } from '@/lib/consequences/headline-keys';
import { deltaTone, expandYearly, indicatorView } from '../compare/indicators';
import { STICKY_FIRST } from '../compare/table-frame';
import { GroupsTable } from './groups-table';
import { HEADLINES } from './headlines';

/**
 * The headline figures side by side: one row per figure, the main board's value, then each
 * group's with its change against the main board beneath it, coloured by direction.
 */
export function HeadlineTable({ comparison: c, lang, Sub = 'h4' }: { comparison: BreakoutComparison; lang: Lang; Sub?: 'h3' | 'h4' }) {
  const t = translator(breakoutsText, lang);
  // The panel and its full-width view may both be in the page: ids are per instance.
  const headingId = useId();
  const heading = t('compare.figures');
  // Money and staff moved come one figure per year; show every year the main board or a group holds.
  const sides = [c.main.headline, ...c.groups.map((g) => Object.fromEntries(g.comparison.indicators.map((i) => [i.id, i.b])))];
  const isYearly = (id: string) => (YEARLY_HEADLINES as readonly string[]).includes(id.split(':')[0]!);
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <Sub id={headingId} className="font-semibold">
        {heading}
      </Sub>
      <GroupsTable heading={heading} first={t('compare.indicator')} main={t('compare.main')} groups={c.groups} numeric>
        {expandYearly(HEADLINES, sides).map((id) => {
          const main = c.main.headline[id] ?? (isYearly(id) ? 0 : undefined);
          if (main === undefined) return null;
          const view = indicatorView(id, lang);
          return (
            <tr key={id} className="border-b border-slate-100 align-top">
              <th scope="row" className={`min-w-[9rem] py-1 pr-2 font-normal ${STICKY_FIRST}`}>
                {view.label}
              </th>
              <td className="py-1 pr-2 text-right whitespace-nowrap">{view.format(main)}</td>
              {c.groups.map((g) => {
                const i = g.comparison.indicators.find((x) => x.id === id) ?? (isYearly(id) ? { id, a: 0, b: 0, delta: 0 } : undefined);
                if (!i) return <td key={g.boardId} className="pr-2 text-right">–</td>;
                const tone = deltaTone(i.delta, view.goodWhen);
                return (
                  <td key={g.boardId} data-testid="group-indicator" data-board={g.boardId} data-indicator={id} data-delta={i.delta} className="py-1 pr-2 text-right whitespace-nowrap">
                    {view.format(i.b)}
                    <span data-testid="group-delta" className={`block text-xs ${tone.className}`}>
                      {formatDelta(i.delta, view.format, lang)}
                      {tone.verdict ? <span className="sr-only"> ({t(`compare.${tone.verdict}`)})</span> : null}
                    </span>
                  </td>
                );
              })}
            </tr>
          );
        })}
      </GroupsTable>
    </section>
  );
}

import { useId } from 'react';
import type { BreakoutComparison } from '@/lib/breakouts';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { cardName } from '@/lib/i18n/catalog-names';
import { sideLabels } from '../compare/side-names';
import { STICKY_FIRST } from '../compare/table-frame';
import { GroupsTable } from './groups-table';

/** The cards the groups placed differently: one row per card, its column on the main board and in each group. */
export function GroupDifferences({ comparison: c, lang, Sub = 'h4' }: { comparison: BreakoutComparison; lang: Lang; Sub?: 'h3' | 'h4' }) {
  const t = translator(breakoutsText, lang);
  // The panel and its full-width view may both be in the page: ids are per instance.
  const headingId = useId();
  const own = new Map([...c.main.custom, ...c.groups.flatMap((g) => g.custom)].map((card) => [card.id, card.name]));
  const mainLabels = sideLabels(c.main.levels, lang);
  const labels = new Map(c.groups.map((g) => [g.boardId, sideLabels(g.levels, lang)]));
  const heading = t('compare.differences', { count: c.differences.length });
  return (
    <section aria-labelledby={headingId} className="space-y-1">
      <Sub id={headingId} className="font-semibold">
        {heading}
      </Sub>
      {c.differences.length === 0 ? (
        <p className="text-sm text-slate-600">{t('compare.differencesNone')}</p>
      ) : (
        <GroupsTable heading={heading} first={t('compare.card')} main={t('compare.main')} groups={c.groups}>
          {c.differences.map((d) => (
            <tr key={d.responsibility} data-testid="group-difference" data-card={d.responsibility} className="border-b border-slate-100 align-top">
              <th scope="row" className={`min-w-[9rem] py-1 pr-2 font-medium ${STICKY_FIRST}`}>
                {cardName(catalog, d.responsibility, lang, own)}
              </th>
              <td className="pr-2 text-slate-600">{d.main === null ? '–' : (mainLabels.get(d.main) ?? d.main)}</td>
              {c.groups.map((g) => {
                const level = d.levels[g.boardId];
                return (
                  <td key={g.boardId} className="pr-2">
                    {level === undefined ? '–' : (labels.get(g.boardId)?.get(level) ?? level)}
                  </td>
                );
              })}
            </tr>
          ))}
        </GroupsTable>
      )}
    </section>
  );
}

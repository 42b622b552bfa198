import type { BreakoutComparison } from '@/lib/breakouts';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { cardName } from '@/lib/i18n/catalog-names';
import { sideLabels } from '../compare/side-names';

/** The cards the groups placed differently: one row per card, its column on the main board and in each group. */
export function GroupDifferences({ comparison: c, lang }: { comparison: BreakoutComparison; lang: Lang }) {
  const t = translator(breakoutsText, lang);
  const own = new Map([...c.main.custom, ...c.groups.flatMap((g) => g.custom)].map((card) => [card.id, card.name]));
  const mainLabels = sideLabels(c.main.levels, lang);
  const labels = new Map(c.groups.map((g) => [g.boardId, sideLabels(g.levels, lang)]));
  const heading = t('compare.differences', { count: c.differences.length });
  return (
    <section aria-labelledby="breakout-differences-h" className="space-y-1">
      <h4 id="breakout-differences-h" className="font-semibold">
        {heading}
      </h4>
      {c.differences.length === 0 ? (
        <p className="text-sm text-slate-600">{t('compare.differencesNone')}</p>
      ) : (
        // Wide with many groups: the table scrolls on its own, and takes focus so the keyboard can scroll it.
        <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={heading}>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b text-slate-600">
                <th className="py-1 pr-2">{t('compare.card')}</th>
                <th className="pr-2">{t('compare.main')}</th>
                {c.groups.map((g) => (
                  <th key={g.boardId} className="pr-2">
                    {g.name}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {c.differences.map((d) => (
                <tr key={d.responsibility} data-testid="group-difference" data-card={d.responsibility} className="border-b border-slate-100 align-top">
                  <th scope="row" className="py-1 pr-2 font-medium">
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
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

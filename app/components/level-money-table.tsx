import type { Catalog } from '@/lib/catalog/schema';
import type { LevelAmount, ResourceSummary } from '@/lib/consequences/resources';
import { formatDelta, formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelLabels } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { levelFigureId } from '@/lib/panel-readings';
import { ChangedFigure } from './figure-changes';

type Props = { money: ResourceSummary; staff: ResourceSummary; catalog: Catalog; lang: Lang };

/**
 * Money and staff per level, each for one year with that year shown, the payers of the money,
 * and beneath each level what is not added in: other years, cards without figures, and cards
 * a sector total still holds. No cell adds figures of two years. A cell a move just changed is
 * marked with that change for a moment.
 */
export function LevelMoneyTable({ money, staff, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const nok = (v: number) => formatNok(v, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  const labels = levelLabels(money.byLevel, catalog, lang);
  const staffOf = new Map(staff.byLevel.map((r) => [r.level, r]));
  const cards = (ids: string[]) => ids.map((id) => cardName(catalog, id, lang)).join(', ');
  const sectorName = (id: string) => catalog.sectors.find((x) => x.id === id)?.name[lang] ?? id;
  const cell = (row: LevelAmount | undefined, format: (v: number) => string) =>
    !row || row.year === null ? t('money.noFigure') : `${row.atLeast ? t('headline.atLeast', { value: format(row.value) }) : format(row.value)} (${row.year})`;
  const year = (y: number | null) => (y === null ? t('year.assumed') : String(y));
  return (
    <table className="w-full table-fixed text-left text-sm" data-testid="level-money">
      <thead>
        <tr className="border-b text-slate-600">
          <th className="py-1 pr-2">{t('money.level')}</th>
          <th className="pr-2">{t('money.cost')}</th>
          <th className="pr-2">{t('money.change')}</th>
          <th className="pr-2">{t('money.staff')}</th>
          <th>{t('money.change')}</th>
        </tr>
      </thead>
      <tbody className="tabular-nums">
        {money.byLevel.map((row) => {
          const s = staffOf.get(row.level);
          const notes = [
            row.byPayer.length > 1
              ? t('money.payers', { list: row.byPayer.filter((p) => p.value !== 0).map((p) => `${t(`payer.${p.payer}`)} ${nok(p.value)}`).join(', ') })
              : '',
            row.otherYears.some((o) => o.value !== 0 || o.delta !== 0)
              ? t('money.other', { list: row.otherYears.map((o) => `${nok(o.value)} (${year(o.year)}, ${formatDelta(o.delta, nok, lang)})`).join(', ') })
              : '',
            row.rest.length > 0 ? `${t('money.rest')}: ${row.rest.map((r) => `${sectorName(r.sector)} ${nok(r.value)} (${r.year})`).join(', ')}` : '',
            row.holding.length > 0 ? t('money.holding', { cards: cards(row.holding) }) : '',
            row.uncosted.length > 0 ? t('money.uncostedHere', { cards: cards(row.uncosted) }) : '',
          ].filter(Boolean);
          return [
            <tr key={row.level} className={notes.length > 0 ? '' : 'border-b border-slate-100'}>
              <td className="py-1 pr-2 break-words hyphens-auto">{labels.get(row.level)}</td>
              <td className="pr-2">
                <ChangedFigure id={levelFigureId('money', row.level)} lang={lang}>
                  {cell(row, nok)}
                </ChangedFigure>
              </td>
              <td className="pr-2 whitespace-nowrap">{formatDelta(row.delta, nok, lang)}</td>
              <td className="pr-2">
                <ChangedFigure id={levelFigureId('staff', row.level)} lang={lang}>
                  {cell(s, n)}
                </ChangedFigure>
              </td>
              <td className="whitespace-nowrap">{s ? formatDelta(s.delta, n, lang) : ''}</td>
            </tr>,
            notes.length > 0 ? (
              <tr key={`${row.level}-notes`} className="border-b border-slate-100">
                <td colSpan={5} className="pb-1 text-xs text-slate-600">
                  <ul className="list-disc space-y-0.5 pl-4 break-words">
                    {notes.map((note) => (
                      <li key={note}>{note}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ) : null,
          ];
        })}
      </tbody>
    </table>
  );
}

/** Money that moves without a new payer, onto a shared budget, or to a payer not yet settled, each by year; nothing when none does. */
export function MovesByKind({ money, lang }: { money: ResourceSummary; lang: Lang }) {
  const t = translator(panelText, lang);
  const nok = (v: number) => formatNok(v, lang);
  const list = (items: ResourceSummary['movedByYear']) =>
    items.map((i) => `${nok(i.value)} (${i.year === null || i.year === undefined ? t('year.assumed') : i.year})`).join(', ');
  const within = money.byYear['within-payer'];
  const shared = money.byYear['to-shared'];
  const open = money.byYear['payer-open'];
  if (within.length === 0 && shared.length === 0 && open.length === 0) return null;
  return (
    <div className="mt-2 space-y-1 text-sm" data-testid="moves-by-kind">
      {within.length > 0 ? <p>{t('money.reorganised', { list: list(within) })}</p> : null}
      {shared.length > 0 ? <p>{t('money.toShared', { list: list(shared) })}</p> : null}
      {open.length > 0 ? <p>{t('money.payerOpen', { list: list(open) })}</p> : null}
    </div>
  );
}

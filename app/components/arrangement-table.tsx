import type { Catalog } from '@/lib/catalog/schema';
import { actCount, type ArrangementSummary, type YearValue } from '@/lib/consequences/arrangements';
import type { Consequences } from '@/lib/consequences/engine';
import type { Indicator } from '@/lib/consequences/explain';
import type { MoveKind } from '@/lib/consequences/resources';
import { formatDelta, formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { arrangementName, levelName } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';

type Props = { consequences: Consequences; catalog: Catalog; lang: Lang; headingLevel?: 'h3' | 'h2' };

type Row = {
  key: string;
  name: string;
  columns?: string;
  moved: number;
  money: Record<MoveKind, YearValue[]>;
  staff: YearValue[];
  noFigure: { money: number; staff: number };
  handoffs: { value: number; delta: number };
  contradicted: { value: number; delta: number };
  acts: number;
  total?: boolean;
};

const fromIndicators = (list: readonly Indicator[]): YearValue[] => list.map((i) => ({ year: i.year ?? null, value: i.value }));

/** The whole board as the last row, from the board's own figures: the total stays what the panel shows above. */
function totalRow(c: Consequences, name: string): Row {
  return {
    key: 'total',
    name,
    moved: c.moves.length,
    money: Object.fromEntries(Object.entries(c.money.byYear).map(([k, list]) => [k, fromIndicators(list)])) as Record<MoveKind, YearValue[]>,
    staff: fromIndicators(c.staff.movedByYear),
    noFigure: { money: c.money.unsourcedMoved.value, staff: c.staff.unsourcedMoved.value },
    handoffs: c.handoffs.total,
    contradicted: c.positions.contradicted,
    acts: c.law.count.value,
    total: true,
  };
}

const groupRow = (a: ArrangementSummary, name: string, columns: string): Row => ({
  key: a.id ?? '',
  name,
  columns,
  moved: a.moved.length,
  money: a.money,
  staff: a.staffMoved,
  noFigure: { money: a.withoutFigure.money.length, staff: a.withoutFigure.staff.length },
  handoffs: a.handoffs,
  contradicted: a.positions.contradicted,
  acts: actCount(a),
});

/**
 * The board's consequences per arrangement (model 4), one row each and the whole board last, shown
 * only where the board has two arrangements or more. Each money and staff cell lists its years apart.
 */
export function ArrangementTable({ consequences: c, catalog, lang, headingLevel = 'h3' }: Props) {
  if (c.arrangements.length < 2) return null;
  const t = translator(arrangementsText, lang);
  const tp = translator(panelText, lang);
  const nok = (v: number) => formatNok(v, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  const kindOf = new Map(c.money.byLevel.map((r) => [r.level, r.kind]));
  const columns = (a: ArrangementSummary) => a.levels.map((l) => levelName(catalog, kindOf.get(l) ?? l, lang)).join(', ');
  const rows = [...c.arrangements.map((a) => groupRow(a, a.id === null ? t('table.none') : arrangementName(catalog, a.id, lang), columns(a))), totalRow(c, t('table.total'))];
  const shared = rows.some((r) => r.money['to-shared'].length > 0);
  const open = rows.some((r) => r.money['payer-open'].length > 0);
  // One line per year, largest first, as the headline figures: two years never become one sum.
  const yearly = (list: YearValue[], format: (v: number) => string, missing: number) => {
    const lines = list.map((y) => `${format(y.value)} (${y.year === null ? tp('year.assumed') : y.year})`);
    if (missing > 0) lines.push(t('table.noFigure', { count: missing }));
    return lines.length === 0 ? '–' : lines.map((l) => <span key={l} className="block whitespace-nowrap">{l}</span>);
  };
  const Heading = headingLevel;
  return (
    <section aria-labelledby="arrangements-h" data-testid="arrangements">
      <Heading id="arrangements-h" className="text-lg font-semibold">
        {t('table.heading')}
      </Heading>
      <p className="mt-1 text-sm text-slate-600">{t('table.intro')}</p>
      <div className="mt-2 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t('table.caption')}</caption>
          <thead>
            <tr className="border-b text-slate-600">
              <th className="py-1 pr-2">{t('table.arrangement')}</th>
              <th className="pr-2">{t('table.moved')}</th>
              <th className="pr-2">{t('table.between')}</th>
              <th className="pr-2">{t('table.within')}</th>
              {shared ? <th className="pr-2">{t('table.shared')}</th> : null}
              {open ? <th className="pr-2">{t('table.open')}</th> : null}
              <th className="pr-2">{t('table.staff')}</th>
              <th className="pr-2">{t('table.handoffs')}</th>
              <th className="pr-2">{t('table.contradicted')}</th>
              <th>{t('table.acts')}</th>
            </tr>
          </thead>
          <tbody className="align-top tabular-nums">
            {rows.map((r) => (
              <tr key={r.key} className={r.total ? 'border-t-2 border-slate-400 font-medium' : 'border-b border-slate-100'} data-testid="arrangement-row">
                <th scope="row" className="py-1 pr-2 text-left font-medium">
                  {r.name}
                  {r.columns ? <span className="block text-xs font-normal text-slate-600">{r.columns}</span> : null}
                </th>
                <td className="pr-2">{n(r.moved)}</td>
                <td className="pr-2">{yearly(r.money['between-payers'], nok, r.noFigure.money)}</td>
                <td className="pr-2">{yearly(r.money['within-payer'], nok, 0)}</td>
                {shared ? <td className="pr-2">{yearly(r.money['to-shared'], nok, 0)}</td> : null}
                {open ? <td className="pr-2">{yearly(r.money['payer-open'], nok, 0)}</td> : null}
                <td className="pr-2">{yearly(r.staff, n, r.noFigure.staff)}</td>
                <td className="pr-2 whitespace-nowrap">
                  {n(r.handoffs.value)} ({formatDelta(r.handoffs.delta, n, lang)})
                </td>
                <td className="pr-2 whitespace-nowrap">
                  {n(r.contradicted.value)} ({formatDelta(r.contradicted.delta, n, lang)})
                </td>
                <td>{n(r.acts)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

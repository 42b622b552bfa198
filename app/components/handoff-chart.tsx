import type { PathwayHandoffs } from '@/lib/consequences/handoffs';
import { formatDelta, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';

type Props = { perPathway: readonly PathwayHandoffs[]; lang: Lang };

const pct = (v: number, max: number) => `${(100 * v) / max}%`;

// Fewer handoffs is the aim of every reform on the table, so a drop is green and a rise red.
const deltaTone = (d: number) => (d < 0 ? 'text-green-800' : d > 0 ? 'text-red-800' : 'text-slate-500');

/**
 * Handoffs per patient pathway as a pair of bars, today and now, with the change coloured.
 * The bars are hidden from screen readers, which get the same numbers as a table.
 */
export function HandoffChart({ perPathway, lang }: Props) {
  const t = translator(panelText, lang);
  const n = (v: number) => formatNumber(v, 0, lang);
  // At least 1 so an all-zero board draws empty tracks instead of dividing by zero.
  const max = Math.max(1, ...perPathway.flatMap((p) => [p.indicator.value, p.indicator.baseline]));
  return (
    <figure data-testid="handoff-chart" className="rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="text-sm font-medium text-slate-700">{t('handoffChart.caption')}</figcaption>
      <div aria-hidden="true">
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-600">
          <Swatch className="bg-slate-300" label={t('handoffChart.baseline')} />
          <Swatch className="bg-slate-700" label={t('handoffChart.now')} />
          <Swatch className="border border-dashed border-green-700 bg-green-100" label={t('handoffChart.fewer')} />
          <Swatch className="bg-red-600" label={t('handoffChart.more')} />
        </ul>
        <ul className="mt-3 space-y-3">
          {perPathway.map((p) => {
            const now = p.indicator.value;
            const before = p.indicator.baseline;
            const d = p.indicator.delta;
            return (
              <li key={p.pathway}>
                <div className="flex items-baseline justify-between gap-3 text-sm">
                  <span className="min-w-0">{p.name[lang]}</span>
                  <span className="shrink-0 tabular-nums">
                    {n(before)} → {n(now)} <span className={deltaTone(d)}>({formatDelta(d, n, lang)})</span>
                  </span>
                </div>
                <div className="mt-1 h-2 rounded-sm bg-slate-100">
                  <div className="h-full rounded-sm bg-slate-300" style={{ width: pct(before, max) }} />
                </div>
                <div className="mt-0.5 flex h-2 rounded-sm bg-slate-100">
                  <div className="h-full bg-slate-700" style={{ width: pct(Math.min(now, before), max) }} />
                  {d > 0 ? <div className="h-full bg-red-600" style={{ width: pct(d, max) }} /> : null}
                  {d < 0 ? <div className="h-full border border-dashed border-green-700 bg-green-100" style={{ width: pct(-d, max) }} /> : null}
                </div>
              </li>
            );
          })}
        </ul>
      </div>
      <DataTable
        head={[t('handoffChart.pathway'), t('handoffChart.baseline'), t('handoffChart.now'), t('handoffChart.change')]}
        rows={perPathway.map((p) => ({
          key: p.pathway,
          cells: [p.name[lang], n(p.indicator.baseline), n(p.indicator.value), formatDelta(p.indicator.delta, n, lang)],
        }))}
      />
      {/* The counting rule stays in view: where a joint level counts decides whether a proposal can hide a handoff. */}
      <p className="mt-3 text-xs text-slate-600">{t('handoffChart.rule')}</p>
    </figure>
  );
}

/** A legend entry: a small colour sample and its meaning. */
export function Swatch({ className, label }: { className: string; label: string }) {
  return (
    <li className="flex items-center gap-1.5">
      <span className={`inline-block h-2.5 w-4 rounded-sm ${className}`} />
      {label}
    </li>
  );
}

/**
 * The numbers behind a chart as a table only screen readers see; the first cell of each row
 * heads it. Charts hide their drawing with aria-hidden and render one of these instead.
 */
export function DataTable({ caption, head, rows }: { caption?: string; head: string[]; rows: { key: string; cells: string[] }[] }) {
  // The wrapper carries sr-only: a table ignores a 1px width and its cells would widen the page.
  return (
    <div className="sr-only">
    <table>
      {caption ? <caption>{caption}</caption> : null}
      <thead>
        <tr>
          {head.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) => (i === 0 ? <th key={i} scope="row">{c}</th> : <td key={i}>{c}</td>))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}

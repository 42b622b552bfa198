import type { Catalog } from '@/lib/catalog/schema';
import type { ResourceSummary } from '@/lib/consequences/resources';
import { formatDelta, formatNok } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelLabels, levelName, namesFromInputs } from '@/lib/i18n/catalog-names';
import { panelText } from '@/lib/i18n/panel';
import { DataTable, Swatch } from './handoff-chart';

type Props = { money: Pick<ResourceSummary, 'flows' | 'byLevel' | 'explanation'>; catalog: Catalog; lang: Lang };

// A non-zero bar under 2px would vanish on a projector, so it is drawn as a sliver instead.
const pct = (v: number, max: number) => (v === 0 ? '0%' : `max(2px, ${(100 * v) / max}%)`);

/**
 * The money moved between levels, one bar per "from → to" scaled to the largest flow, and each
 * level's change in cost as a bar left (loses) or right (gains) of a centre line. Screen
 * readers get both as tables; an unchanged board shows only "Ingen penger flyttet".
 */
export function MoneyFlowChart({ money, catalog, lang }: Props) {
  const t = translator(panelText, lang);
  const nok = (v: number) => formatNok(v, lang);
  const changed = money.byLevel.filter((row) => row.delta !== 0);
  const labels = levelLabels(money.byLevel, catalog, lang);
  const others = namesFromInputs(money.explanation.inputs);
  const flows = money.flows.map((f) => {
    const from = levelName(catalog, f.from, lang);
    const to = labels.get(f.to) ?? levelName(catalog, f.toKind, lang);
    const sectors = f.sectors.map((id) => catalog.sectors.find((s) => s.id === id)?.name[lang] ?? id);
    const cards = [...sectors, ...f.responsibilities.map((id) => cardName(catalog, id, lang, others))].join(', ');
    // Each flow is one year and one kind of move, so the label says both and no bar adds two years.
    const year = f.year === null ? t('year.assumed') : String(f.year);
    const kind = f.kind === 'between-payers' ? '' : `, ${t(`moneyChart.${f.kind}`)}`;
    return { key: `${f.from}>${f.to}>${f.kind}>${year}`, label: `${from} → ${to} (${year}${kind})`, from, to, value: f.value, cards };
  });
  const maxFlow = Math.max(1, ...flows.map((f) => f.value));
  const maxDelta = Math.max(1, ...changed.map((row) => Math.abs(row.delta)));
  return (
    <figure data-testid="money-flow-chart" className="rounded-lg border border-slate-200 bg-white p-3">
      <figcaption className="text-sm font-medium text-slate-700">{t('moneyChart.caption')}</figcaption>
      {flows.length === 0 ? <p className="mt-2 text-sm text-slate-500">{t('moneyChart.empty')}</p> : null}
      {flows.length === 0 && changed.length === 0 ? null : (
        <>
          <div aria-hidden="true">
            {flows.length > 0 ? <p className="mt-3 text-xs font-medium tracking-wide text-slate-500 uppercase">{t('moneyChart.flows')}</p> : null}
            <ul className="mt-1 space-y-2">
              {flows.map((f) => (
                <li key={f.key}>
                  <div className="flex items-baseline justify-between gap-3 text-sm">
                    <span className="min-w-0">{f.label}</span>
                    <span className="shrink-0 tabular-nums">{nok(f.value)}</span>
                  </div>
                  <div className="mt-1 h-2.5 rounded-sm bg-slate-100">
                    <div className="h-full rounded-sm bg-sky-700" style={{ width: pct(f.value, maxFlow) }} />
                  </div>
                  <div className="mt-0.5 text-xs text-slate-500">{f.cards}</div>
                </li>
              ))}
            </ul>
            {changed.length > 0 ? (
              <>
                <p className="mt-4 text-xs font-medium tracking-wide text-slate-500 uppercase">{t('moneyChart.byLevel')}</p>
                <ul className="mt-1 flex flex-wrap gap-x-4 text-xs text-slate-600">
                  <Swatch className="bg-slate-500" label={t('moneyChart.loss')} />
                  <Swatch className="bg-teal-600" label={t('moneyChart.gain')} />
                </ul>
                <ul className="mt-1 space-y-2">
                  {changed.map((row) => {
                    const width = pct(Math.abs(row.delta), maxDelta);
                    return (
                      <li key={row.level}>
                        <div className="flex items-baseline justify-between gap-3 text-sm">
                          <span className="min-w-0">{labels.get(row.level)}</span>
                          <span className="shrink-0 tabular-nums">{formatDelta(row.delta, nok, lang)}</span>
                        </div>
                        <div className="mt-1 grid h-2.5 grid-cols-2">
                          <div className="flex justify-end border-r-2 border-slate-400 bg-slate-100">
                            {row.delta < 0 ? <div className="h-full rounded-l-sm bg-slate-500" style={{ width }} /> : null}
                          </div>
                          <div className="bg-slate-100">{row.delta > 0 ? <div className="h-full rounded-r-sm bg-teal-600" style={{ width }} /> : null}</div>
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </>
            ) : null}
          </div>
          {flows.length > 0 ? (
            <DataTable
              caption={t('moneyChart.flows')}
              head={[t('moneyChart.from'), t('moneyChart.to'), t('moneyChart.amount'), t('moneyChart.cards')]}
              rows={flows.map((f) => ({ key: f.key, cells: [f.from, f.to, nok(f.value), f.cards] }))}
            />
          ) : null}
          {changed.length > 0 ? (
            <DataTable
              caption={t('moneyChart.byLevel')}
              head={[t('money.level'), t('money.change')]}
              rows={changed.map((row) => ({ key: row.level, cells: [labels.get(row.level) ?? row.level, formatDelta(row.delta, nok, lang)] }))}
            />
          ) : null}
        </>
      )}
    </figure>
  );
}

import { catalog } from '@/lib/catalog';
import type { CustomCard } from '@/lib/custom-cards';
import { formatDelta } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { cardName, levelName } from '@/lib/i18n/catalog-names';
import { packetText } from '@/lib/i18n/packet';
import { panelText } from '@/lib/i18n/panel';
import { deltaTone, indicatorView } from '../../../compare/indicators';
import { columnLabels } from '../../../history/column-labels';
import type { Comparison } from '../../proposals-api';

type Props = { comparison: Comparison; custom: readonly CustomCard[]; lang: Lang };

/** The proposal against today's allocation: every headline indicator on both sides with its change, the moved cards, and positions that flip. */
export function PacketDeltas({ comparison, custom, lang }: Props) {
  const t = translator(packetText, lang);
  const p = translator(panelText, lang);
  const own = new Map(custom.map((c) => [c.id, c.name]));
  const from = columnLabels(comparison.a.levels, lang);
  const to = columnLabels(comparison.b.levels, lang);
  const status = (s: string) =>
    s === 'met' ? p('positions.met') : s === 'contradicted' ? p('positions.contradicted') : s === 'not-applicable' ? p('positions.notApplicable') : s;
  return (
    <section aria-labelledby="deltas-h" className="space-y-4">
      <h2 id="deltas-h" className="text-xl font-semibold">
        {t('deltas.heading')}
      </h2>
      <table className="w-full border-collapse text-left" data-testid="packet-deltas">
        <thead>
          <tr className="border-b-2 border-slate-700">
            <th scope="col" className="py-1 pr-2">
              {t('deltas.indicator')}
            </th>
            <th scope="col" className="px-2 text-right">
              {t('deltas.baseline')}
            </th>
            <th scope="col" className="px-2 text-right">
              {t('deltas.proposal')}
            </th>
            <th scope="col" className="pl-2 text-right">
              {t('deltas.delta')}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {comparison.indicators.map((i) => {
            const view = indicatorView(i.id, lang);
            return (
              <tr key={i.id} className="break-inside-avoid border-b border-slate-200">
                <th scope="row" className="py-0.5 pr-2 font-normal">
                  {view.label}
                </th>
                <td className="px-2 text-right">{view.format(i.a)}</td>
                <td className="px-2 text-right">{view.format(i.b)}</td>
                <td className={`pl-2 text-right font-medium ${deltaTone(i.delta, view.goodWhen).className}`}>{formatDelta(i.delta, view.format, lang)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="break-inside-avoid">
        <h3 className="font-semibold">{t('deltas.moved', { count: comparison.moved.length })}</h3>
        {comparison.moved.length === 0 ? (
          <p className="text-slate-600">{t('deltas.noneMoved')}</p>
        ) : (
          <ul className="mt-1 list-disc pl-5" data-testid="packet-moved">
            {comparison.moved.map((m) => (
              <li key={m.responsibility}>
                <span className="font-medium">{cardName(catalog, m.responsibility, lang, own)}</span>: {from.get(m.from) ?? levelName(catalog, m.fromKind, lang)} →{' '}
                {to.get(m.to) ?? levelName(catalog, m.toKind, lang)}
              </li>
            ))}
          </ul>
        )}
        {comparison.added.length > 0 ? <p className="mt-1">{t('deltas.added', { list: comparison.added.map((id) => own.get(id) ?? id).join(', ') })}</p> : null}
      </div>

      {comparison.positionsFlipped.length > 0 ? (
        <div className="break-inside-avoid">
          <h3 className="font-semibold">{t('deltas.flipped')}</h3>
          <ul className="mt-1 list-disc pl-5">
            {comparison.positionsFlipped.map((f) => {
              const position = catalog.positions.find((x) => x.id === f.position);
              const who = catalog.stakeholders.find((s) => s.id === position?.stakeholder)?.name ?? position?.stakeholder ?? f.position;
              return (
                <li key={f.position}>
                  <span className="font-medium">{who}</span>
                  {position ? ` – ${cardName(catalog, position.responsibility, lang)}` : ''}: {t('deltas.status', { from: status(f.a), to: status(f.b) })}
                  {position ? <span className="text-slate-600"> {p('positions.scope', { scope: p(`scope.${position.scope}`) })}</span> : null}
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

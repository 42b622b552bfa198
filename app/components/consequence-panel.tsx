import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { formatDelta, formatNok, formatNumber } from '@/lib/format';
import { ExplanationDetails } from './explanation';
import { HeadlineTile } from './headline-tile';
import { PositionList } from './position-list';

type Props = { consequences: Consequences; catalog: Catalog };

const levelName = (catalog: Catalog, id: string) => catalog.levels.find((l) => l.kind === id)?.name.nb ?? id;

/** Every consequence group for one allocation, against "Dagens ordning", with sources. */
export function ConsequencePanel({ consequences: c, catalog }: Props) {
  const n = (v: number) => formatNumber(v);
  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-3 xl:grid-cols-5">
        <HeadlineTile label="Penger flyttet mellom nivåer" indicator={c.money.moved} format={formatNok} />
        <HeadlineTile label="Årsverk flyttet" indicator={c.staff.moved} format={n} />
        <HeadlineTile label="Overganger i pasientforløp" indicator={c.handoffs.total} format={n} goodWhen="down" />
        <HeadlineTile label="Kommuner for små til å drive en tjeneste alene" indicator={c.populationBase.municipalities} format={n} goodWhen="down" />
        <HeadlineTile label="Posisjoner som brytes" indicator={c.positions.contradicted} format={n} goodWhen="down" />
      </div>

      <section aria-labelledby="money-h">
        <h3 id="money-h" className="text-lg font-semibold">Penger og årsverk per nivå</h3>
        <table className="mt-2 w-full text-left text-sm">
          <thead>
            <tr className="border-b text-slate-600">
              <th className="py-1">Nivå</th>
              <th>Kostnad</th>
              <th>Endring</th>
              <th>Årsverk</th>
              <th>Endring</th>
            </tr>
          </thead>
          <tbody>
            {c.money.byLevel.map((row, i) => {
              const staff = c.staff.byLevel[i]!;
              return (
                <tr key={row.level} className="border-b border-slate-100">
                  <td className="py-1">{levelName(catalog, row.level)}</td>
                  <td>{formatNok(row.value)}</td>
                  <td>{formatDelta(row.delta, formatNok)}</td>
                  <td>{n(staff.value)}</td>
                  <td>{formatDelta(staff.delta, n)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <ExplanationDetails explanation={c.money.explanation} />
        {c.money.flows.length > 0 ? (
          <ul className="mt-2 text-sm">
            {c.money.flows.map((f) => (
              <li key={`${f.from}-${f.to}`}>
                {levelName(catalog, f.from)} → {levelName(catalog, f.to)}: {formatNok(f.value)} ({f.responsibilities.join(', ')})
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="handoffs-h">
        <h3 id="handoffs-h" className="text-lg font-semibold">Overganger per pasientforløp</h3>
        <ul className="mt-2 space-y-2 text-sm">
          {c.handoffs.perPathway.map((p) => (
            <li key={p.pathway} data-testid="pathway">
              <span className="font-medium">{p.name.nb}</span>: {p.indicator.value} ({formatDelta(p.indicator.delta, n)})
              {p.transitions.length > 0 ? <span className="text-slate-600"> – {p.transitions.map((t) => t.label).join('; ')}</span> : null}
              <ExplanationDetails explanation={p.indicator.explanation} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="gov-h">
        <h3 id="gov-h" className="text-lg font-semibold">Lov, finansiering og demokratisk forankring</h3>
        <p className="text-sm">
          Lover som må endres: {c.law.changes.length === 0 ? 'ingen' : c.law.changes.map((l) => `${l.law} (${l.responsibilities.join(', ')})`).join('; ')}
        </p>
        <ExplanationDetails explanation={c.law.count.explanation} />
        <p className="mt-2 text-sm">
          Kort som skifter finansieringsform: {c.financing.changes.length === 0 ? 'ingen' : c.financing.changes.map((f) => `${f.responsibility} (${f.fromBasis} → ${f.toBasis})`).join('; ')}
        </p>
        <ExplanationDetails explanation={c.financing.count.explanation} />
        <p className="mt-2 text-sm">
          Andel av kildebelagte kostnader under direkte valgte organer: {formatNumber(c.democracy.directShare.value, 1)} % (
          {formatDelta(c.democracy.directShare.delta, (v) => formatNumber(v, 1))} prosentpoeng)
        </p>
        <ExplanationDetails explanation={c.democracy.directShare.explanation} />
      </section>

      <PositionList consequences={c} catalog={catalog} />
    </div>
  );
}

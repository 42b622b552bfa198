import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { SourceList } from './source-ref';

const STANCE = { 'keep-at': 'behold på', 'move-to': 'flytt til', 'not-at': 'ikke på' } as const;

/** Every sourced stakeholder position, met or contradicted, contradicted first. */
export function PositionList({ consequences, catalog }: { consequences: Consequences; catalog: Catalog }) {
  const results = [...consequences.positions.results].sort((a, b) => (a.status === b.status ? 0 : a.status === 'contradicted' ? -1 : 1));
  return (
    <section aria-labelledby="positions-h">
      <h3 id="positions-h" className="text-lg font-semibold">
        Posisjoner: {consequences.positions.met.value} oppfylt, {consequences.positions.contradicted.value} brutt
      </h3>
      <ul className="mt-2 space-y-1 text-sm">
        {results.map((r) => {
          const p = catalog.positions.find((x) => x.id === r.position)!;
          const who = catalog.stakeholders.find((s) => s.id === p.stakeholder)?.name ?? p.stakeholder;
          return (
            <li key={p.id} data-testid="position" data-status={r.status}>
              <span className={r.status === 'met' ? 'text-green-800' : 'text-red-800'}>{r.status === 'met' ? '✓ oppfylt' : '✗ brutt'}</span>{' '}
              <span className="font-medium">{who}</span> – {p.responsibility}: {STANCE[p.stance]} {p.levels.join('/')}. {p.summary.nb}{' '}
              <span className="text-slate-600">
                (<SourceList sources={p.sources} />)
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

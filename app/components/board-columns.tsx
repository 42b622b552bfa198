import type { Allocation } from '@/lib/allocation';
import type { Catalog } from '@/lib/catalog/schema';
import type { Consequences } from '@/lib/consequences/engine';
import { translator } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { arrangementName } from '@/lib/i18n/catalog-names';
import { LEVEL_ACCENT } from './level-style';
import { ResponsibilityCard } from './responsibility-card';

type Props = { allocation: Allocation; catalog: Catalog; consequences: Consequences };

/** The levels as columns with their cards, in board order; read-only. */
export function BoardColumns({ allocation, catalog, consequences }: Props) {
  const conflicts = new Map<string, number>();
  for (const r of consequences.positions.results) {
    if (r.status === 'contradicted') conflicts.set(r.responsibility, (conflicts.get(r.responsibility) ?? 0) + 1);
  }
  const moved = new Set(consequences.moves.map((m) => m.responsibility));
  const placements = [...allocation.placements].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0));
  return (
    <div className="grid gap-3" style={{ gridTemplateColumns: `repeat(${allocation.levels.length}, minmax(14rem, 1fr))` }}>
      {allocation.levels.map((level) => {
        const facts = catalog.levels.find((l) => l.kind === level.kind);
        const cards = placements.filter((p) => p.level === level.id);
        return (
          <section key={level.id} aria-labelledby={`level-${level.id}`} className="rounded-lg bg-slate-100 p-2" data-testid="level">
            <h3 id={`level-${level.id}`} className={`border-b-4 pb-1 text-lg font-semibold ${LEVEL_ACCENT[level.kind]}`}>
              {level.name ?? facts?.name.nb ?? level.kind} <span className="text-sm font-normal text-slate-600">({cards.length})</span>
            </h3>
            {level.arrangement ? (
              <p className="mt-1 text-xs font-medium text-slate-700" data-testid="level-arrangement">
                {translator(arrangementsText, 'nb')('header.shown', { name: arrangementName(catalog, level.arrangement, 'nb') })}
              </p>
            ) : null}
            {facts ? <p className="mt-1 text-xs text-slate-600">{facts.gloss.nb}</p> : null}
            <ul className="mt-2 space-y-2">
              {cards.map((p) => {
                const card = catalog.responsibilities.find((r) => r.id === p.responsibility);
                return card ? (
                  <ResponsibilityCard key={card.id} card={card} moved={moved.has(card.id)} contradicted={conflicts.get(card.id) ?? 0} />
                ) : null;
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

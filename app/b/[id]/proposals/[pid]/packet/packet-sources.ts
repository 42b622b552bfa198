import type { Catalog, Position, Source } from '@/lib/catalog/schema';
import { isSourced } from '@/lib/catalog/schema';

/** The sources a packet cites for one moved responsibility: behind its figures, and behind each position about it. */
export type CardSources = { card: string; figures: Source[]; positions: { position: Position; sources: Source[] }[] };

const key = (s: Source) => `${s.ref}\u0000${s.locator}`;

function unique(sources: Source[]): Source[] {
  const seen = new Set<string>();
  return sources.filter((s) => !seen.has(key(s)) && seen.add(key(s)));
}

/**
 * The catalog sources behind the moved catalog responsibilities, in the order given: each
 * figure's source (cost, staff, population base, volumes) and the card's own sources, once
 * each, then every position about the card. Custom cards have no sources and are skipped.
 */
export function sourcesOfMoved(moved: readonly string[], catalog: Catalog): CardSources[] {
  return moved.flatMap((id) => {
    const r = catalog.responsibilities.find((x) => x.id === id);
    if (!r) return [];
    const { cost, staff, populationBase, volumes } = r.figures;
    const figures = [cost, staff, populationBase].flatMap((f) => (isSourced(f) ? [f.source] : []));
    return [
      {
        card: id,
        figures: unique([...figures, ...volumes.map((v) => v.source), ...r.sources]),
        positions: catalog.positions.filter((p) => p.responsibility === id).map((position) => ({ position, sources: unique(position.sources) })),
      },
    ];
  });
}

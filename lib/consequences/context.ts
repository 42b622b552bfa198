import type { Assumption, BoardLevel, PlacedAllocation } from '../allocation';
import type { Catalog, LevelKind } from '../catalog/schema';
import type { CatalogIndex } from './explain';

/** Everything one measurement of one allocation needs, resolved once. */
export type Placed = {
  catalog: Catalog;
  index: CatalogIndex;
  levels: BoardLevel[];
  levelOf: Map<string, BoardLevel>;
  assumptions: ReadonlyMap<string, Assumption>;
};

export const makePlaced = (
  catalog: Catalog,
  index: CatalogIndex,
  placed: PlacedAllocation,
  assumptions: ReadonlyMap<string, Assumption>,
): Placed => ({ catalog, index, levels: placed.levels, levelOf: placed.levelOf, assumptions });

/** The board level a card sits on; validation guarantees every catalog card has one. */
export function levelOfCard(ctx: Placed, responsibility: string): BoardLevel {
  const level = ctx.levelOf.get(responsibility);
  if (!level) throw new Error(`invariant: ${responsibility} has no level after validation`);
  return level;
}

/** A card counts as moved when the kind of level it sits on differs from today's. */
export function isMoved(ctx: Placed, responsibility: string): { from: LevelKind; to: BoardLevel } | null {
  const card = ctx.index.card.get(responsibility);
  const to = levelOfCard(ctx, responsibility);
  return card && card.baselineLevel !== to.kind ? { from: card.baselineLevel, to } : null;
}

import type { Assumption, BoardLevel, PlacedAllocation } from '../allocation';
import type { Catalog, LevelKind } from '../catalog/schema';
import { OPEN_CHOICES, type Choices } from '../choices';
import type { CustomCard } from '../custom-cards';
import { customFigure, usedFigure, type CatalogIndex, type Measure, type UsedFigure } from './explain';

/** Everything one measurement of one allocation needs, resolved once. */
export type Placed = {
  catalog: Catalog;
  index: CatalogIndex;
  levels: BoardLevel[];
  levelOf: Map<string, BoardLevel>;
  assumptions: ReadonlyMap<string, Assumption>;
  /** The board's own cards by id; they count in money and staff only. */
  custom: ReadonlyMap<string, CustomCard>;
  /** The board's answers to the sources' open questions (region election mode, state financing). */
  choices: Choices;
};

export const makePlaced = (
  catalog: Catalog,
  index: CatalogIndex,
  placed: PlacedAllocation,
  assumptions: ReadonlyMap<string, Assumption>,
  custom: ReadonlyMap<string, CustomCard> = new Map(),
  choices: Choices = OPEN_CHOICES,
): Placed => ({ catalog, index, levels: placed.levels, levelOf: placed.levelOf, assumptions, custom, choices });

/** The board level a card sits on; validation guarantees every catalog card has one. */
export function levelOfCard(ctx: Placed, responsibility: string): BoardLevel {
  const level = ctx.levelOf.get(responsibility);
  if (!level) throw new Error(`invariant: ${responsibility} has no level after validation`);
  return level;
}

/** A card counts as moved when the kind of level it sits on differs from today's (a custom card's: where it was made). */
export function isMoved(ctx: Placed, responsibility: string): { from: LevelKind; to: BoardLevel } | null {
  const from = ctx.index.card.get(responsibility)?.baselineLevel ?? ctx.custom.get(responsibility)?.baselineKind;
  const to = levelOfCard(ctx, responsibility);
  return from && from !== to.kind ? { from, to } : null;
}

/** Every card's figure for a measure, catalog cards first, then the board's own with their assumed figures. */
export function cardFigures(ctx: Placed, measure: Measure): { label: string; responsibility: string; used: UsedFigure }[] {
  return [
    ...ctx.catalog.responsibilities.map((r) => ({ label: r.name.nb, responsibility: r.id, used: usedFigure(r, measure, ctx.assumptions) })),
    ...[...ctx.custom.values()].map((c) => ({ label: c.name, responsibility: c.id, used: customFigure(c, measure) })),
  ];
}

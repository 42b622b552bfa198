import type { BoardLevel } from '../allocation';
import type { Figure, LevelKind, Payer, Sector } from '../catalog/schema';
import { isSourced } from '../catalog/schema';
import { cardFigures, levelOfCard, type Placed } from './context';
import { valueOf, type Measure, type UsedFigure } from './explain';

/**
 * Who a piece of money is paid by: a payer, a shared budget with no sourced split, a payer the
 * sources leave open (an insurance scheme), or nobody the sources name.
 */
export type PartPayer = Payer | 'delt' | 'open' | 'unattributed';

/**
 * One piece of a level's money or staff: the rest of a sector total, or a card's own figure (or
 * one payer's part of it) where no sector total on that level already holds it. Pieces never
 * overlap within one year, so a level's sum for a year is the sum of its pieces of that year.
 */
export type Part = {
  id: string;
  label: string;
  level: BoardLevel;
  payer: PartPayer;
  /** The year the figure describes; null for a board assumption, which no sourced sum takes in. */
  year: number | null;
  value: number;
  used: UsedFigure;
  /** True when whoever runs the service pays this piece, so its payer changes with the level. */
  operator: boolean;
  responsibility?: string;
  sector?: string;
};

/** A sector total that still holds a card placed elsewhere, because the card has no figure of the sector's year to take out. */
export type Holding = { sector: string; responsibility: string };

export type Parts = { parts: Part[]; holding: Holding[]; uncosted: string[]; sectorHome: Map<string, BoardLevel> };

const figureOf = (s: Sector, measure: Measure) => (measure === 'cost' ? s.cost : s.staff);

/**
 * Where a sector's unsplit rest sits: with its cards when they all share one level (the whole
 * sector moved, as in the committee's models), else on its own level, else with most of its cards.
 */
function homeOf(ctx: Placed, s: Sector): BoardLevel {
  const cards = s.responsibilities.filter((id) => ctx.levelOf.has(id)).map((id) => levelOfCard(ctx, id));
  if (cards.length > 0 && cards.every((l) => l.id === cards[0]!.id)) return cards[0]!;
  const own = ctx.levels.find((l) => l.id === s.level) ?? ctx.levels.find((l) => l.kind === s.level);
  if (own) return own;
  const count = new Map<string, number>();
  for (const l of cards) count.set(l.id, (count.get(l.id) ?? 0) + 1);
  return ctx.levels.reduce((best, l) => ((count.get(l.id) ?? 0) > (count.get(best.id) ?? 0) ? l : best));
}

/** Who pays for what a kind of level runs. */
export const payerOfKind = (ctx: Placed, kind: LevelKind): PartPayer => ctx.index.level.get(kind)?.payer ?? 'delt';
const payerOf = (ctx: Placed, level: BoardLevel): PartPayer => payerOfKind(ctx, level.kind);

/** A card's figure as payer pieces: the sourced split where one exists, else all paid by the level that runs it. */
function cardPieces(ctx: Placed, id: string, measure: Measure, used: UsedFigure) {
  const split = measure === 'cost' && used.kind === 'sourced' ? ctx.catalog.payerSplits.find((p) => p.responsibility === id) : undefined;
  if (!split || used.kind !== 'sourced') return [{ payer: 'operator' as const, value: valueOf(used)!, used, key: '' }];
  // The split's parts describe the same year as the card's total (checked by the catalog tests).
  return split.parts.map((p) => {
    const figure: Figure = { value: p.value, unit: 'NOK', year: used.figure.year, source: p.source, note: p.note };
    return { payer: p.payer, value: p.value, used: { kind: 'sourced', figure } as UsedFigure, key: `:${p.payer}` };
  });
}

/**
 * Splits one measure of a placed board into non-overlapping pieces by level, payer and year.
 * A card's share is taken out of its sector's total only when both are sourced for the same year
 * and one sector alone covers it; otherwise the sector keeps it and the board says so (`holding`).
 */
export function buildParts(ctx: Placed, measure: Measure): Parts {
  const parts: Part[] = [];
  const holding: Holding[] = [];
  const uncosted: string[] = [];
  const sectorHome = new Map(ctx.catalog.sectors.map((s) => [s.id, homeOf(ctx, s)] as const));
  const sectorsOf = new Map<string, Sector[]>();
  for (const s of ctx.catalog.sectors) for (const id of s.responsibilities) sectorsOf.set(id, [...(sectorsOf.get(id) ?? []), s]);
  const takenOut = new Map<string, number>();
  for (const { label, responsibility: id, used } of cardFigures(ctx, measure)) {
    const level = levelOfCard(ctx, id);
    const covering = sectorsOf.get(id) ?? [];
    // Inside means a sourced sector total on the card's own level already counts it; where that
    // total is missing (kommunehelse has no årsverk sum) the card's own figure is all there is.
    const inside = covering.some((s) => sectorHome.get(s.id)!.id === level.id && isSourced(figureOf(s, measure)));
    if (valueOf(used) === null) {
      uncosted.push(id);
      continue;
    }
    for (const piece of cardPieces(ctx, id, measure, used)) {
      // A sector statistic counts its level's own spending, so only the operator's piece is inside it.
      if (piece.payer === 'operator' && inside) continue;
      // Only sectors with a sourced total for this measure hold anything to take out.
      const totals = covering.filter((s) => isSourced(figureOf(s, measure)));
      if (piece.payer === 'operator' && totals.length > 0) {
        const sector = covering.length === 1 ? figureOf(totals[0]!, measure) : null;
        const sameYear = sector && isSourced(sector) && used.kind === 'sourced' && used.figure.year === sector.year;
        if (sameYear) takenOut.set(totals[0]!.id, (takenOut.get(totals[0]!.id) ?? 0) + piece.value);
        else for (const s of totals) holding.push({ sector: s.id, responsibility: id });
      }
      const year = piece.used.kind === 'sourced' ? piece.used.figure.year : null;
      const payer = piece.payer === 'operator' ? payerOf(ctx, level) : piece.payer;
      parts.push({ id: `card:${id}${piece.key}`, label, level, payer, year, value: piece.value, used: piece.used, operator: piece.payer === 'operator', responsibility: id });
    }
  }
  for (const s of ctx.catalog.sectors) {
    const total = figureOf(s, measure);
    if (!isSourced(total)) continue;
    const home = sectorHome.get(s.id)!;
    const value = total.value - (takenOut.get(s.id) ?? 0);
    parts.push({ id: `sector:${s.id}`, label: s.name.nb, level: home, payer: payerOf(ctx, home), year: total.year, value, used: { kind: 'sourced', figure: total }, operator: true, sector: s.id });
  }
  return { parts, holding, uncosted, sectorHome };
}

import type { Assumption } from '../allocation';
import type { Catalog, Figure, FigureOrMissing, Financing, Level, LevelKind, Responsibility, Source, Text, Unit } from '../catalog/schema';
import { isSourced } from '../catalog/schema';
import type { CustomCard } from '../custom-cards';

/** What an indicator used: a catalog figure, a board assumption, a gap, or a cited fact with no number. */
export type UsedFigure =
  | { kind: 'sourced'; figure: Figure }
  | { kind: 'assumption'; assumption: Assumption }
  | { kind: 'missing'; note: Text }
  | { kind: 'cited'; source: Source };

/** One line of "how is this computed": what was used, for which card or level. */
export type ExplanationInput = { label: string; responsibility?: string; level?: string; used: UsedFigure };

/** The rule an indicator applies, in both languages, and every input it used. */
export type Explanation = { rule: Text; inputs: ExplanationInput[] };

/**
 * A computed figure with its baseline ("Dagens ordning") value and the change against it.
 * `range` is set where a source gives a range rather than one number: `value` is then the low
 * end and `range.high` the high end, and a view shows both. `atLeast` marks a figure that is a
 * lower bound (cards without a sourced figure are left out of it).
 */
export type Indicator = {
  value: number;
  baseline: number;
  delta: number;
  unit: Unit | 'count';
  explanation: Explanation;
  range?: { high: number; baselineHigh: number };
  atLeast?: boolean;
  /** The year every figure summed into `value` describes; null for board assumptions. Unset where no year applies. */
  year?: number | null;
};

export type Measure = 'cost' | 'staff' | 'populationBase';

/** Lookups built once per catalog, so a recompute does no linear searches. */
export type CatalogIndex = {
  card: Map<string, Responsibility>;
  level: Map<LevelKind, Level>;
  basisOf: Map<string, Financing['basis']>;
};

const indexCache = new WeakMap<Catalog, CatalogIndex>();

/** Memoised lookups for a catalog object (the catalog is immutable once parsed). */
export function indexCatalog(catalog: Catalog): CatalogIndex {
  let index = indexCache.get(catalog);
  if (!index) {
    index = {
      card: new Map(catalog.responsibilities.map((r) => [r.id, r])),
      level: new Map(catalog.levels.map((l) => [l.kind, l])),
      basisOf: new Map(catalog.financing.map((f) => [f.id, f.basis])),
    };
    indexCache.set(catalog, index);
  }
  return index;
}

const fromCatalog = (f: FigureOrMissing): UsedFigure =>
  isSourced(f) ? { kind: 'sourced', figure: f } : { kind: 'missing', note: f.note };

/** The figure to use for a card's measure: a board assumption wins over the catalog. */
export function usedFigure(r: Responsibility, measure: Measure, assumptions: ReadonlyMap<string, Assumption>): UsedFigure {
  const assumed = assumptions.get(`${r.id}:${measure}`);
  if (assumed) return { kind: 'assumption', assumption: assumed };
  return fromCatalog(r.figures[measure]);
}

/** A custom card's figure: always its author's assumption, or a gap where none was entered. */
export function customFigure(card: CustomCard, measure: Measure): UsedFigure {
  const value = measure === 'populationBase' ? undefined : card[measure];
  if (value === undefined) return { kind: 'missing', note: { nb: 'Ikke oppgitt for dette egne kortet.', en: 'Not given for this custom card.' } };
  return { kind: 'assumption', assumption: { responsibility: card.id, measure, value, author: card.author, note: card.note } };
}

/** The number a used figure stands for, or null where there is none. */
export const valueOf = (u: UsedFigure): number | null =>
  u.kind === 'sourced' ? u.figure.value : u.kind === 'assumption' ? u.assumption.value : null;

/** Assumptions keyed by "card:measure"; a later entry for the same key replaces an earlier one. */
export const indexAssumptions = (list: readonly Assumption[]) =>
  new Map(list.map((a) => [`${a.responsibility}:${a.measure}`, a] as const));

export const indicator = (value: number, baseline: number, unit: Indicator['unit'], explanation: Explanation): Indicator => ({
  value,
  baseline,
  delta: value - baseline,
  unit,
  explanation,
});

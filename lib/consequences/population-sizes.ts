import type { MunicipalitySizes } from '../catalog/schema';

/** Municipalities and inhabitants below a threshold, read from the size table without interpolating. */
export type BelowThreshold = { municipalities: number; people: number; tableThreshold: number; exact: boolean };

/**
 * Looks a population up in the size table. Between two rows it answers the lower row, so
 * the count is a sourced lower bound ("at least"), never an interpolated estimate.
 */
export function municipalitiesBelow(sizes: MunicipalitySizes, population: number): BelowThreshold {
  let best = { municipalities: 0, people: 0, tableThreshold: 0, exact: false };
  for (const band of sizes.bands) {
    if (band.threshold <= population && band.threshold >= best.tableThreshold) {
      best = { municipalities: band.municipalitiesBelow, people: band.populationBelow, tableThreshold: band.threshold, exact: band.threshold === population };
    }
  }
  return best;
}

/**
 * The upper counterpart of `municipalitiesBelow`: the first row at or above the population, or
 * the whole country past the last row. The true count lies between the two answers.
 */
export function municipalitiesBelowAtMost(sizes: MunicipalitySizes, population: number): BelowThreshold {
  let best: BelowThreshold = { municipalities: sizes.municipalities, people: sizes.population, tableThreshold: Infinity, exact: false };
  for (const band of sizes.bands) {
    if (band.threshold >= population && band.threshold < best.tableThreshold) {
      best = { municipalities: band.municipalitiesBelow, people: band.populationBelow, tableThreshold: band.threshold, exact: band.threshold === population };
    }
  }
  return best;
}

/** A figure's low and high end; both are equal where it is one number. */
export type Span = { low: number; high: number };

/**
 * The size bands the board reports by, in inhabitants, `from` included and `to` not. Their edges
 * are rows of the size table, so a band's count is a difference of two sourced rows.
 */
export const SIZE_BANDS = [
  { id: 'under-5000', from: 0, to: 5_000 },
  { id: '5000-20000', from: 5_000, to: 20_000 },
  { id: '20000-50000', from: 20_000, to: 50_000 },
  { id: 'over-50000', from: 50_000, to: Infinity },
] as const;
export type SizeBand = (typeof SIZE_BANDS)[number]['id'];

/** Municipalities below a base in one size band. */
export type BandCount = { band: SizeBand; municipalities: Span };

/**
 * Everything below one base (or base range): municipalities and people, by band, and `units`,
 * the most cooperation units of at least the base those municipalities could form among themselves.
 */
export type BelowBase = { municipalities: Span; people: Span; bands: BandCount[]; units: Span };

function exactRow(sizes: MunicipalitySizes, threshold: number): number {
  if (threshold === 0) return 0;
  const row = sizes.bands.find((b) => b.threshold === threshold);
  if (!row) throw new Error(`invariant: the size table has no row at the band edge ${threshold}`);
  return row.municipalitiesBelow;
}

// A band's count below `base`: rows at the band's edges are exact, so only a base inside the band
// needs the table's lower or upper row, which makes `low` and `high` bounds of the true count.
function inBand(sizes: MunicipalitySizes, band: (typeof SIZE_BANDS)[number], base: Span): Span {
  const count = (base: number, lookup: typeof municipalitiesBelow) =>
    base <= band.from ? 0 : Math.max(0, lookup(sizes, Math.min(base, band.to)).municipalities - exactRow(sizes, band.from));
  return { low: count(base.low, municipalitiesBelow), high: count(base.high, municipalitiesBelowAtMost) };
}

// Every unit must reach the base, so the people below it can fill at most floor(people / base)
// units; the upper row's people keep that an upper bound when the base falls between rows.
const unitsAt = (sizes: MunicipalitySizes, base: number) => Math.floor(municipalitiesBelowAtMost(sizes, base).people / base);

/** Reads a base, or the two ends of a base range, off the size table: bounds, never interpolations. */
export function belowBase(sizes: MunicipalitySizes, base: Span): BelowBase {
  const low = municipalitiesBelow(sizes, base.low);
  const high = municipalitiesBelowAtMost(sizes, base.high);
  const units = [unitsAt(sizes, base.low), unitsAt(sizes, base.high)];
  return {
    municipalities: { low: low.municipalities, high: high.municipalities },
    people: { low: low.people, high: high.people },
    bands: SIZE_BANDS.map((band) => ({ band: band.id, municipalities: inBand(sizes, band, base) })),
    units: { low: Math.min(...units), high: Math.max(...units) },
  };
}

/** The larger of two spans at each end: municipalities below a lower base are below every higher one too. */
export const maxSpan = (a: Span, b: Span): Span => ({ low: Math.max(a.low, b.low), high: Math.max(a.high, b.high) });

/** Two spans added end to end. */
export const sumSpan = (a: Span, b: Span): Span => ({ low: a.low + b.low, high: a.high + b.high });

/** Nothing below any base. */
export const ZERO: Span = { low: 0, high: 0 };

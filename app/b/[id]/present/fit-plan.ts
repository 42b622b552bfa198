/**
 * How the presenter board splits its columns so that every card shows on one screen: each
 * level's cards fill sub-columns of at most `rows` cards, top to bottom, then left to right.
 * A level with no cards still shows one line (its "nothing here").
 */
export type FitPlan = { rows: number; columns: { rows: number; cols: number }[] };

/** The plans worth measuring: the fullest level in 1 to `maxSplit` sub-columns, each other level in as many as it then needs. */
export function fitPlans(counts: readonly number[], maxSplit = 6): FitPlan[] {
  const sizes = counts.map((n) => Math.max(1, Math.floor(n)));
  const fullest = Math.max(1, ...sizes);
  const plans: FitPlan[] = [];
  const tried = new Set<number>();
  for (let split = 1; split <= maxSplit; split++) {
    const rows = Math.ceil(fullest / split);
    if (tried.has(rows)) continue;
    tried.add(rows);
    // Balanced: 19 cards in two sub-columns are 10 and 9, not 18 and 1.
    const columns = sizes.map((n) => {
      const cols = Math.ceil(n / rows);
      return { rows: Math.ceil(n / cols), cols };
    });
    plans.push({ rows, columns });
  }
  return plans;
}

/**
 * The largest size in [min, max] for which `fits` holds, to within `step`, or null when even
 * `min` does not fit. Assumes what fits at one size fits at every smaller one.
 */
export function largestFitting(fits: (size: number) => boolean, min: number, max: number, step = 0.25): number | null {
  if (fits(max)) return max;
  if (!fits(min)) return null;
  let lo = min;
  let hi = max;
  while (hi - lo > step) {
    const mid = (lo + hi) / 2;
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

import { describe, expect, it } from 'vitest';
import { fitPlans, largestFitting } from './fit-plan';

describe('fitPlans', () => {
  it("splits the fullest level into 1 to 4 sub-columns when asked and the others as needed, balanced", () => {
    expect(fitPlans([19, 2, 17], 4)).toEqual([
      { rows: 19, columns: [{ rows: 19, cols: 1 }, { rows: 2, cols: 1 }, { rows: 17, cols: 1 }] },
      { rows: 10, columns: [{ rows: 10, cols: 2 }, { rows: 2, cols: 1 }, { rows: 9, cols: 2 }] },
      { rows: 7, columns: [{ rows: 7, cols: 3 }, { rows: 2, cols: 1 }, { rows: 6, cols: 3 }] },
      { rows: 5, columns: [{ rows: 5, cols: 4 }, { rows: 2, cols: 1 }, { rows: 5, cols: 4 }] },
    ]);
  });

  it('gives an empty level one line and tries each row count once', () => {
    expect(fitPlans([0, 2])).toEqual([
      { rows: 2, columns: [{ rows: 1, cols: 1 }, { rows: 2, cols: 1 }] },
      { rows: 1, columns: [{ rows: 1, cols: 1 }, { rows: 1, cols: 2 }] },
    ]);
    expect(fitPlans([])).toEqual([{ rows: 1, columns: [] }]);
  });
});

describe('largestFitting', () => {
  it('finds the largest size that fits, within the step', () => {
    const found = largestFitting((s) => s <= 17.3, 8, 32);
    expect(found).not.toBeNull();
    expect(found!).toBeLessThanOrEqual(17.3);
    expect(found!).toBeGreaterThan(17.3 - 0.25);
  });

  it('answers the maximum when it fits and null when nothing does', () => {
    expect(largestFitting(() => true, 8, 32)).toBe(32);
    expect(largestFitting(() => false, 8, 32)).toBeNull();
  });
});

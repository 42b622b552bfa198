import { describe, expect, it } from 'vitest';
import { formatDelta, formatNok, formatNumber } from './format';

// nb-NO groups with a no-break space and writes negatives with a true minus sign.
const NBSP = '\u00a0';

describe('formatNok', () => {
  it('uses the largest sensible unit in Bokmål by default', () => {
    expect(formatNok(14_234_000_000)).toBe('14,2 mrd. kr');
    expect(formatNok(813_400_000)).toBe('813 mill. kr');
    expect(formatNok(4951)).toBe(`4${NBSP}951 kr`);
    expect(formatNok(-2_500_000_000, 'nb')).toBe('−2,5 mrd. kr');
  });

  it('puts NOK first in English with en-GB grouping', () => {
    expect(formatNok(14_234_000_000, 'en')).toBe('NOK 14.2 bn');
    expect(formatNok(813_400_000, 'en')).toBe('NOK 813 m');
    expect(formatNok(4951, 'en')).toBe('NOK 4,951');
    expect(formatNok(1_234_000_000_000, 'en')).toBe('NOK 1,234 bn');
    expect(formatNok(-3_000_000, 'en')).toBe('-NOK 3 m');
    expect(formatNok(0, 'en')).toBe('NOK 0');
  });
});

describe('formatNumber', () => {
  it('groups and rounds per language', () => {
    expect(formatNumber(12345.678)).toBe(`12${NBSP}346`);
    expect(formatNumber(12345.678, 1)).toBe(`12${NBSP}345,7`);
    expect(formatNumber(12345.678, 1, 'en')).toBe('12,345.7');
    expect(formatNumber(3, 1, 'en')).toBe('3');
  });
});

describe('formatDelta', () => {
  it('signs the change and shows no change as ±0', () => {
    expect(formatDelta(0)).toBe('±0');
    expect(formatDelta(0, undefined, 'en')).toBe('±0');
    expect(formatDelta(2.25)).toBe('+2,3');
    expect(formatDelta(-1200)).toBe(`−1${NBSP}200`);
    expect(formatDelta(-1200, undefined, 'en')).toBe('−1,200');
  });

  it('formats the size with the given function', () => {
    expect(formatDelta(-813_400_000, (v) => formatNok(v, 'en'))).toBe('−NOK 813 m');
    expect(formatDelta(3, (v) => formatNumber(v))).toBe('+3');
  });
});

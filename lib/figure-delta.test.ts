import { describe, expect, it } from 'vitest';
import { describeDeltas, figureDelta, figureDeltas, formatFigureDelta, formatInUnit, type FigureReading } from './figure-delta';

const reading = (over: Partial<FigureReading> & Pick<FigureReading, 'value'>): FigureReading => ({ id: 'f', label: 'Figur', unit: 'count', announce: true, ...over });

describe('figureDelta', () => {
  it('gives the signed change of a plain figure', () => {
    expect(figureDelta(reading({ value: 13 }), reading({ value: 15 }))).toEqual({ id: 'f', label: 'Figur', unit: 'count', low: 2, announce: true });
    expect(figureDelta(reading({ value: 15 }), reading({ value: 13 }))?.low).toBe(-2);
  });

  it('gives nothing for an unchanged figure, nor for floating-point noise in a sum of money', () => {
    expect(figureDelta(reading({ value: 7 }), reading({ value: 7 }))).toBeNull();
    const sum = 0.1e9 + 0.2e9;
    expect(figureDelta(reading({ value: 0.3e9, unit: 'NOK' }), reading({ value: sum, unit: 'NOK' }))).toBeNull();
  });

  it('gives nothing where either side has no sourced figure, or the figure is new', () => {
    expect(figureDelta(reading({ value: null }), reading({ value: 4 }))).toBeNull();
    expect(figureDelta(reading({ value: 4 }), reading({ value: null }))).toBeNull();
    expect(figureDelta(undefined, reading({ value: 4 }))).toBeNull();
  });

  it('never subtracts figures of different units, or non-zero figures of different years', () => {
    expect(figureDelta(reading({ value: 4, unit: 'NOK' }), reading({ value: 9, unit: 'arsverk' }))).toBeNull();
    expect(figureDelta(reading({ value: 4e9, unit: 'NOK', year: 2022 }), reading({ value: 9e9, unit: 'NOK', year: 2023 }))).toBeNull();
    // Nothing moved has no year; the first money moved is its whole change.
    expect(figureDelta(reading({ value: 0, unit: 'NOK', year: null }), reading({ value: 3.648e9, unit: 'NOK', year: 2023 }))?.low).toBe(3.648e9);
  });

  it('keeps a range a range, on either side, even when both ends moved alike', () => {
    expect(figureDelta(reading({ value: 10, high: 20 }), reading({ value: 12, high: 25 }))).toMatchObject({ low: 2, high: 5 });
    expect(figureDelta(reading({ value: 10 }), reading({ value: 12, high: 25 }))).toMatchObject({ low: 2, high: 15 });
    expect(figureDelta(reading({ value: 10, high: 20 }), reading({ value: 13, high: 23 }))).toMatchObject({ low: 3, high: 3 });
    expect(figureDelta(reading({ value: 10, high: 20 }), reading({ value: 10, high: 21 }))).toMatchObject({ low: 0, high: 1 });
    expect(figureDelta(reading({ value: 10, high: 20 }), reading({ value: 10, high: 20 }))).toBeNull();
  });
});

describe('figureDeltas', () => {
  it('lists the changed figures in the order of the later reading, matched by id', () => {
    const before = [reading({ id: 'a', value: 1 }), reading({ id: 'b', value: 2 }), reading({ id: 'c', value: 3 })];
    const after = [reading({ id: 'c', value: 4 }), reading({ id: 'b', value: 2 }), reading({ id: 'a', value: 0 }), reading({ id: 'd', value: 9 })];
    expect(figureDeltas(before, after).map((d) => [d.id, d.low])).toEqual([
      ['c', 1],
      ['a', -1],
    ]);
    expect(figureDeltas(before, before)).toEqual([]);
  });
});

describe('formatFigureDelta', () => {
  it('writes each unit as the panel writes its figures, signed', () => {
    expect(formatFigureDelta({ unit: 'NOK', low: 1.2e9 }, 'nb')).toBe('+1,2 mrd. kr');
    expect(formatFigureDelta({ unit: 'NOK', low: -340e6 }, 'en')).toBe('−NOK 340 m');
    expect(formatFigureDelta({ unit: 'arsverk', low: -340 }, 'nb')).toBe('−340 årsverk');
    expect(formatFigureDelta({ unit: 'arsverk', low: 1200 }, 'en')).toBe('+1,200 FTE');
    expect(formatFigureDelta({ unit: 'count', low: 2 }, 'nb')).toBe('+2');
    expect(formatFigureDelta({ unit: 'percent', low: -1.25 }, 'nb')).toBe('−1,3 %');
    expect(formatFigureDelta({ unit: 'percent', low: 0.5 }, 'en')).toBe('+0.5%');
  });

  it('writes a range as a range, each end signed, the unit once unless money names it at each end', () => {
    expect(formatFigureDelta({ unit: 'arsverk', low: 10, high: 20 }, 'nb')).toBe('+10 – +20 årsverk');
    expect(formatFigureDelta({ unit: 'NOK', low: 1.2e9, high: 1.5e9 }, 'nb')).toBe('+1,2 mrd. kr – +1,5 mrd. kr');
    expect(formatFigureDelta({ unit: 'count', low: 3, high: 3 }, 'nb')).toBe('+3 – +3');
    expect(formatFigureDelta({ unit: 'count', low: 0, high: -1 }, 'nb')).toBe('±0 – −1');
  });

  it('uses the grouping of the language', () => {
    expect(formatInUnit(1234, 'count', 'nb')).toBe('1\u00a0234');
    expect(formatInUnit(1234, 'count', 'en')).toBe('1,234');
  });
});

describe('describeDeltas', () => {
  it('names every changed figure with its change in one sentence', () => {
    const deltas = figureDeltas(
      [reading({ id: 'm', label: 'Penger flyttet', unit: 'NOK', value: 0 }), reading({ id: 'h', label: 'Overganger', value: 13 })],
      [reading({ id: 'm', label: 'Penger flyttet', unit: 'NOK', value: 3.648e9 }), reading({ id: 'h', label: 'Overganger', value: 15 })],
    );
    expect(describeDeltas(deltas, 'nb')).toBe('Tallene er endret: Penger flyttet +3,6 mrd. kr; Overganger +2.');
    expect(describeDeltas([], 'nb')).toBe('');
  });
});

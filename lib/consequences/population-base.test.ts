import { describe, expect, it } from 'vitest';
import { baselineAllocation } from '../allocation';
import { catalog } from '../catalog';
import { populationBaseSchema, type LevelKind } from '../catalog/schema';
import { populationText } from '../i18n/population';
import { computeConsequences } from './engine';
import { belowBase, SIZE_BANDS } from './population-sizes';

const sizes = catalog.municipalitySizes;

describe('the size table', () => {
  it('has a row at every band edge, so band counts are differences of sourced rows', () => {
    for (const band of SIZE_BANDS) if (band.from > 0) expect(sizes.bands.some((b) => b.threshold === band.from), String(band.from)).toBe(true);
  });

  it('splits all 357 municipalities into the bands of research/municipality-sizes.md', () => {
    // 174 under 5 000; 291 − 174 = 117; 337 − 291 = 46; 357 − 337 = 20 (the derived table gives 20 at 50 000 and over).
    const all = belowBase(sizes, { low: 1e9, high: 1e9 });
    expect(all.bands.map((b) => b.municipalities.high)).toEqual([174, 117, 46, 20]);
    // Past the last row (200 000) the low end only knows the 354 below it.
    expect(all.municipalities).toEqual({ low: 354, high: 357 });
  });

  it('bounds a base between rows from both sides and never interpolates', () => {
    const b = belowBase(sizes, { low: 60_000, high: 60_000 });
    expect(b.municipalities).toEqual({ low: 337, high: 345 });
    expect(b.units).toEqual({ low: 56, high: 56 });
  });
});

describe('the population base schema', () => {
  const figure = { value: 20_000, unit: 'inhabitants', year: 2009, source: { ref: 'https://example.org', locator: 'p. 1' } };

  it('still takes a plain figure and a plain gap', () => {
    expect(populationBaseSchema.safeParse(figure).success).toBe(true);
    expect(populationBaseSchema.safeParse({ missing: 'no sourced figure', note: { nb: 'ingen', en: 'none' } }).success).toBe(true);
  });

  it('takes a range only with its high end above its low end', () => {
    expect(populationBaseSchema.safeParse({ ...figure, high: 30_000 }).success).toBe(true);
    expect(populationBaseSchema.safeParse({ ...figure, high: 20_000 }).success).toBe(false);
  });
});

describe('new cooperation', () => {
  it('is never required while no card with a base changes between municipal and other levels', () => {
    const others: LevelKind[] = ['spesialisthelsetjenesten', 'stat', 'region', 'fylkeskommune'];
    for (const kind of others) {
      const a = baselineAllocation(catalog);
      if (!a.levels.some((l) => l.id === kind)) a.levels.push({ id: kind, kind });
      a.placements = a.placements.map((p) => (catalog.responsibilities.find((r) => r.id === p.responsibility)?.baselineLevel === 'spesialisthelsetjenesten' ? { ...p, level: kind } : p));
      const r = computeConsequences(a, catalog);
      if (!r.ok) throw new Error(JSON.stringify(r.errors));
      expect(r.value.populationBase.municipalities.value, kind).toBe(0);
      expect(r.value.populationBase.units.value, kind).toBe(0);
    }
  });
});

describe('populationText', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it('uses the same placeholders in both languages', () => {
    for (const [key, nb] of Object.entries(populationText.nb)) expect(placeholders(populationText.en![key as keyof typeof populationText.nb]), key).toEqual(placeholders(nb));
  });
});

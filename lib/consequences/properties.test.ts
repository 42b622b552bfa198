import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate, allocationSchema, type Allocation } from '../allocation';
import { catalog } from '../catalog';
import { levelKindSchema } from '../catalog/schema';
import { computeConsequences, type Consequences } from './engine';
import type { LevelAmount, ResourceSummary } from './resources';

const kinds = levelKindSchema.options;
const cards = catalog.responsibilities.map((r) => r.id);

/** Any board: a non-empty set of level kinds and every card on one of them, in any order. */
const allocationArb: fc.Arbitrary<Allocation> = fc
  .uniqueArray(fc.constantFrom(...kinds), { minLength: 1, maxLength: kinds.length })
  .chain((levels) =>
    fc.tuple(fc.constant(levels), fc.array(fc.nat(levels.length - 1), { minLength: cards.length, maxLength: cards.length }), fc.array(fc.string({ maxLength: 6 }), { minLength: cards.length, maxLength: cards.length })),
  )
  .map(([levels, picks, orders]) => ({
    levels: levels.map((kind) => ({ id: kind, kind })),
    placements: cards.map((responsibility, i) => ({ responsibility, level: levels[picks[i]!]!, order: orders[i]! })),
  }));

function consequences(a: Allocation): Consequences {
  const result = computeConsequences(a, catalog);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

/** Per year (null for assumptions), the sum over all levels now minus today's. */
function changeByYear(rows: LevelAmount[]): Map<number | null, number> {
  const out = new Map<number | null, number>();
  const add = (year: number | null, d: number) => out.set(year, (out.get(year) ?? 0) + d);
  for (const r of rows) {
    if (r.year !== null) add(r.year, r.value - r.baseline);
    for (const o of r.otherYears) add(o.year, o.value - o.baseline);
  }
  return out;
}

/**
 * Per year, what a sector total still holds of cards placed elsewhere: each such card's own
 * figure is shown where it sits while its sector cannot give it up, so it counts twice, openly.
 */
function heldByYear(s: ResourceSummary, measure: 'cost' | 'staff'): Map<number | null, number> {
  const out = new Map<number | null, number>();
  for (const id of new Set(s.holding.map((h) => h.responsibility))) {
    const f = catalog.responsibilities.find((r) => r.id === id)!.figures[measure];
    if ('value' in f) out.set(f.year, (out.get(f.year) ?? 0) + f.value);
  }
  return out;
}

/** Money and staff are conserved year by year, up to what sectors openly still hold. */
function expectConserved(c: Consequences) {
  for (const [s, measure] of [[c.money, 'cost'], [c.staff, 'staff']] as const) {
    const change = changeByYear(s.byLevel);
    const held = heldByYear(s, measure);
    for (const year of new Set([...change.keys(), ...held.keys()])) expect(change.get(year) ?? 0).toBeCloseTo(held.get(year) ?? 0, 3);
    const flows = s.flows.reduce((t, f) => t + f.value, 0);
    const byYear = Object.values(s.byYear).flat().reduce((t, i) => t + i.value, 0);
    expect(flows).toBeCloseTo(byYear, 3);
  }
}

describe('engine properties', () => {
  it('conserves money and staff year by year across levels', () => {
    fc.assert(
      fc.property(allocationArb, (a) => {
        expectConserved(consequences(a));
      }),
    );
  });

  it('conserves money and staff with custom cards placed anywhere', () => {
    const custom = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^egen-[0-9a-z]{8}$/),
        name: fc.constant('Eget kort'),
        cost: fc.option(fc.nat(1e10), { nil: undefined }),
        staff: fc.option(fc.nat(1e5), { nil: undefined }),
        author: fc.constant('Kari'),
        note: fc.constant(''),
        baselineKind: fc.constantFrom(...kinds),
      }),
      { selector: (c) => c.id, maxLength: 8 },
    );
    fc.assert(
      fc.property(allocationArb, custom, fc.array(fc.nat(), { minLength: 8, maxLength: 8 }), (a, extra, picks) => {
        const placements = extra.map((c, i) => ({ responsibility: c.id, level: a.levels[picks[i]! % a.levels.length]!.id, order: 'b' }));
        const r = computeConsequences({ ...a, placements: [...a.placements, ...placements] }, catalog, [], { custom: extra });
        if (!r.ok) throw new Error(JSON.stringify(r.errors));
        const c = r.value;
        expectConserved(c);
        const unmoved = extra.filter((x, i) => a.levels[picks[i]! % a.levels.length]!.kind === x.baselineKind);
        expect(c.moves.filter((m) => unmoved.some((x) => x.id === m.responsibility))).toEqual([]);
      }),
    );
  });

  it('moving a card away and back restores every indicator', () => {
    fc.assert(
      fc.property(allocationArb, fc.nat(cards.length - 1), fc.nat(kinds.length - 1), (a, cardIndex, levelIndex) => {
        const before = consequences(a);
        const away = structuredClone(a);
        const target = a.levels[levelIndex % a.levels.length]!.id;
        const original = away.placements[cardIndex]!.level;
        away.placements[cardIndex]!.level = target;
        consequences(away);
        away.placements[cardIndex]!.level = original;
        expect(consequences(away)).toEqual(before);
      }),
    );
  });

  it('card order within a level changes no indicator', () => {
    fc.assert(
      fc.property(allocationArb, fc.array(fc.string({ maxLength: 8 }), { minLength: cards.length, maxLength: cards.length }), (a, orders) => {
        const shuffled = { ...a, placements: [...a.placements].reverse().map((p, i) => ({ ...p, order: orders[i]! })) };
        expect(consequences(shuffled)).toEqual(consequences(a));
      }),
    );
  });

  it('an allocation from a template round-trips through the schema', () => {
    fc.assert(
      fc.property(fc.constantFrom(...catalog.templates), (t) => {
        const a = allocationFromTemplate(t, catalog);
        expect(allocationSchema.parse(JSON.parse(JSON.stringify(a)))).toEqual(a);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(allocationArb, (a) => {
        expect(consequences(a)).toEqual(consequences(structuredClone(a)));
      }),
    );
  });
});

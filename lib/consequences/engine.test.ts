import { describe, expect, it } from 'vitest';
import { baselineAllocation, type Allocation } from '../allocation';
import { catalog } from '../catalog';
import { isSourced, type LevelKind } from '../catalog/schema';
import type { CustomCard } from '../custom-cards';
import { diffAllocations } from './diff';
import { computeConsequences, type Consequences } from './engine';
import { municipalitiesBelow } from './population-base';

/** Today's board with some cards moved to other levels (adding those levels when missing). */
function moved(moves: Record<string, LevelKind>): Allocation {
  const a = baselineAllocation(catalog);
  for (const kind of Object.values(moves)) if (!a.levels.some((l) => l.id === kind)) a.levels.push({ id: kind, kind });
  a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: moves[p.responsibility]! } : p));
  return a;
}

function compute(a: Allocation, assumptions = [] as Parameters<typeof computeConsequences>[2]): Consequences {
  const r = computeConsequences(a, catalog, assumptions);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

const card = (id: string) => catalog.responsibilities.find((r) => r.id === id)!;
const level = (c: Consequences, id: string) => c.money.byLevel.find((l) => l.level === id)!;
const pathway = (c: Consequences, id: string) => c.handoffs.perPathway.find((p) => p.pathway === id)!;
const position = (c: Consequences, id: string) => c.positions.results.find((p) => p.position === id)!;

describe('the baseline', () => {
  it('moves nothing and changes nothing', () => {
    const c = compute(baselineAllocation(catalog));
    expect(c.moves).toEqual([]);
    expect(c.money.moved.value).toBe(0);
    expect(c.handoffs.total.delta).toBe(0);
    expect(c.positions.contradicted.delta).toBe(0);
  });
});

describe('moving legevakt from kommune to spesialisthelsetjenesten', () => {
  const c = compute(moved({ legevakt: 'spesialisthelsetjenesten' }));

  it('moves its sourced cost and reports its missing staff figure', () => {
    // Legevakt's cost is SSB's 2023 total, "nær 4,8 mrd. kr": 4 800 000 000 NOK.
    const cost = card('legevakt').figures.cost;
    expect(isSourced(cost) && cost.value).toBe(4_800_000_000);
    expect(c.money.moved.value).toBe(4_800_000_000);
    expect(c.money.flows).toEqual([{ from: 'kommune', to: 'spesialisthelsetjenesten', toKind: 'spesialisthelsetjenesten', value: 4_800_000_000, responsibilities: ['legevakt'] }]);
    expect(level(c, 'kommune').delta).toBe(-4_800_000_000);
    expect(level(c, 'spesialisthelsetjenesten').delta).toBe(4_800_000_000);
    expect(level(c, 'fylkeskommune').delta).toBe(0);
    // No source reports legevakt årsverk, so no staff moves and the gap is counted.
    expect(isSourced(card('legevakt').figures.staff)).toBe(false);
    expect(c.staff.moved.value).toBe(0);
    expect(c.staff.unsourcedMoved.value).toBe(1);
    expect(c.money.moved.explanation.inputs.map((i) => i.responsibility)).toEqual(['legevakt']);
  });

  it('cuts one handoff on the acute pathway', () => {
    // akutt-distrikt: legevakt -> prehospitale -> sykehus -> dms -> hjemmetjenester.
    // Today K->S (1), S->S (0), S->K (1), K->K (0) = 2 handoffs.
    // With legevakt in S: S->S (0), S->S (0), S->K (1), K->K (0) = 1 handoff.
    const acute = pathway(c, 'akutt-distrikt');
    expect(acute.indicator.baseline).toBe(2);
    expect(acute.indicator.value).toBe(1);
    expect(acute.indicator.delta).toBe(-1);
    expect(acute.transitions.map((t) => t.label)).toEqual(['sykehus -> dms: spesialisthelsetjenesten -> kommune']);
    // skrope-eldre: hjemmetjenester -> legevakt -> sykehus -> sykehjem -> hjemmetjenester -> fastlege.
    // Today 0 + 1 + 1 + 0 + 0 = 2; with legevakt in S the K->S step moves earlier: 1 + 0 + 1 + 0 + 0 = 2.
    expect(pathway(c, 'skrope-eldre').indicator.value).toBe(2);
    expect(pathway(c, 'skrope-eldre').indicator.delta).toBe(0);
  });

  it("turns KS' position on legevakt from met to contradicted", () => {
    expect(position(c, 'ks-legevakt-kommune')).toMatchObject({ baseline: 'met', status: 'contradicted' });
    expect(c.positions.contradicted.delta).toBeGreaterThanOrEqual(1);
  });

  it('names the acts and the financing that must change', () => {
    // legevakt's duty is in hol; the specialist level is governed by sphl, which must take it.
    expect(c.law.changes).toEqual([
      { law: 'hol', responsibilities: ['legevakt'] },
      { law: 'sphl', responsibilities: ['legevakt'] },
    ]);
    // kommune is block-financed (ramme), the specialist service basis grant plus ISF (blandet).
    expect(c.financing.changes).toEqual([{ responsibility: 'legevakt', from: 'kommune', to: 'spesialisthelsetjenesten', fromBasis: 'ramme', toBasis: 'blandet' }]);
  });

  it('lowers the share of money under directly elected bodies by legevakt’s share', () => {
    const costs = catalog.responsibilities.map((r) => r.figures.cost).filter(isSourced);
    const total = costs.reduce((s, f) => s + f.value, 0);
    expect(c.democracy.directShare.delta).toBeCloseTo((-100 * 4_800_000_000) / total, 9);
  });
});

describe('population base', () => {
  it('reads the size table without interpolating', () => {
    expect(municipalitiesBelow(catalog.municipalitySizes, 30_000)).toEqual({ municipalities: 321, people: 2_295_718, tableThreshold: 30_000, exact: true });
    // 60 000 lies between the 50 000 and 75 000 rows: at least the 337 below 50 000.
    expect(municipalitiesBelow(catalog.municipalitySizes, 60_000)).toEqual({ municipalities: 337, people: 2_914_226, tableThreshold: 50_000, exact: false });
  });

  it('counts the municipalities too small for DPS when it moves to the kommune', () => {
    // Today the largest base on the kommune level is 20 000 (KAD, DMS, folkehelse): 291 kommuner.
    // DPS needs 30 000 (lower end of 30 000-75 000): 321 kommuner, 30 more.
    const c = compute(moved({ dps: 'kommune' }));
    expect(c.populationBase.municipalities.baseline).toBe(291);
    expect(c.populationBase.municipalities.value).toBe(321);
    expect(c.populationBase.municipalities.delta).toBe(30);
    expect(c.populationBase.people.delta).toBe(2_295_718 - 1_557_282);
  });

  it('does not count a pooled level against single municipalities', () => {
    const c = compute(moved({ dps: 'interkommunalt' }));
    expect(c.populationBase.municipalities.delta).toBe(0);
    expect(c.populationBase.cards.find((x) => x.responsibility === 'dps')?.status).toBe('pooled');
  });
});

describe('the delt rule for handoffs', () => {
  it('treats a joint kommune–hospital level as both sides', () => {
    // akutt-distrikt with sykehus in delt: K->S (1), S->delt (0), delt->K (0), K->K (0) = 1.
    const c = compute(moved({ sykehus: 'delt' }));
    expect(pathway(c, 'akutt-distrikt').indicator.value).toBe(1);
    // With prehospitale in fylkeskommune instead: K->F (1), F->S (1), S->K (1), K->K (0) = 3.
    expect(pathway(compute(moved({ prehospitale: 'fylkeskommune' })), 'akutt-distrikt').indicator.value).toBe(3);
  });
});

describe('assumptions', () => {
  it('fill a missing figure and are marked with their author', () => {
    expect(isSourced(card('bpa').figures.cost)).toBe(false);
    const c = compute(moved({ bpa: 'stat' }), [{ responsibility: 'bpa', measure: 'cost', value: 1_000_000_000, author: 'Kari (fasilitator)', note: '' }]);
    expect(c.money.moved.value).toBe(1_000_000_000);
    expect(c.money.moved.explanation.inputs[0]!.used).toMatchObject({ kind: 'assumption', assumption: { author: 'Kari (fasilitator)' } });
  });
});

describe('bad input', () => {
  it('reports unknown and missing entries as a Result', () => {
    const a = baselineAllocation(catalog);
    a.placements[0]!.responsibility = 'ukjent';
    const r = computeConsequences(a, catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toContainEqual({ kind: 'unknown-responsibility', responsibility: 'ukjent', index: 0 });
      expect(r.errors).toContainEqual({ kind: 'missing-responsibility', responsibility: catalog.responsibilities[0]!.id });
    }
  });
});

describe('diffAllocations', () => {
  it('lists exactly the cards that moved and the indicator deltas', () => {
    const a = baselineAllocation(catalog);
    const b = moved({ legevakt: 'spesialisthelsetjenesten', dps: 'kommune' });
    const r = diffAllocations(a, b, catalog);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.moved.map((m) => `${m.responsibility}:${m.from}>${m.to}`).sort()).toEqual(['dps:spesialisthelsetjenesten>kommune', 'legevakt:kommune>spesialisthelsetjenesten']);
    expect(r.value.indicators.find((i) => i.id === 'moneyMoved')).toEqual({ id: 'moneyMoved', a: 0, b: 4_800_000_000, delta: 4_800_000_000 });
    expect(r.value.indicators.find((i) => i.id === 'municipalitiesTooSmall')).toEqual({ id: 'municipalitiesTooSmall', a: 291, b: 321, delta: 30 });
    expect(r.value.positionsFlipped).toContainEqual({ position: 'ks-legevakt-kommune', a: 'met', b: 'contradicted' });
  });
});

describe('custom cards', () => {
  const skolehelse: CustomCard = { id: 'egen-skole123', name: 'Skolehelse for alle', cost: 100_000_000, author: 'Ola (KS)', note: 'Grovt anslag', baselineKind: 'kommune' };
  const withCustom = (level: string) => {
    const a = baselineAllocation(catalog);
    if (!a.levels.some((l) => l.id === level)) a.levels.push({ id: level, kind: level as LevelKind });
    a.placements.push({ responsibility: skolehelse.id, level, order: 'b' });
    const r = computeConsequences(a, catalog, [], { custom: [skolehelse] });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.value;
  };

  it('move exactly their assumed money when they leave the kind of level they were added on', () => {
    const c = withCustom('spesialisthelsetjenesten');
    expect(c.money.moved.value).toBe(100_000_000);
    expect(c.money.flows).toEqual([{ from: 'kommune', to: 'spesialisthelsetjenesten', toKind: 'spesialisthelsetjenesten', value: 100_000_000, responsibilities: [skolehelse.id] }]);
    expect(level(c, 'kommune').delta).toBe(-100_000_000);
    expect(level(c, 'spesialisthelsetjenesten').delta).toBe(100_000_000);
    expect(c.moves).toEqual([{ responsibility: skolehelse.id, from: 'kommune', to: { id: 'spesialisthelsetjenesten', kind: 'spesialisthelsetjenesten' } }]);
    const sum = (rows: { value: number; baseline: number }[], k: 'value' | 'baseline') => rows.reduce((s, r) => s + r[k], 0);
    expect(sum(c.money.byLevel, 'value')).toBe(sum(c.money.byLevel, 'baseline'));
  });

  it('are listed in the explanation as an assumption with their author', () => {
    const c = withCustom('spesialisthelsetjenesten');
    expect(c.money.moved.explanation.inputs).toEqual([
      {
        label: 'Skolehelse for alle',
        responsibility: skolehelse.id,
        level: 'spesialisthelsetjenesten',
        used: { kind: 'assumption', assumption: { responsibility: skolehelse.id, measure: 'cost', value: 100_000_000, author: 'Ola (KS)', note: 'Grovt anslag' } },
      },
    ]);
    // No staff figure was entered, so the move shows as a gap.
    expect(c.staff.unsourcedMoved.value).toBe(1);
  });

  it('change no moved figure while they stay where they were added', () => {
    const c = withCustom('kommune');
    expect(c.moves).toEqual([]);
    expect(c.money.moved.value).toBe(0);
    expect(level(c, 'kommune').value - level(c, 'kommune').baseline).toBe(0);
    expect(level(c, 'kommune').value).toBe(level(compute(baselineAllocation(catalog)), 'kommune').value + 100_000_000);
  });

  it('stay out of handoffs, positions, law, financing and population base', () => {
    const c = withCustom('stat');
    const today = compute(baselineAllocation(catalog));
    expect(c.handoffs.total.value).toBe(today.handoffs.total.value);
    expect(c.positions.met.value).toBe(today.positions.met.value);
    expect(c.law.count.value).toBe(0);
    expect(c.financing.count.value).toBe(0);
    expect(c.populationBase.municipalities.value).toBe(today.populationBase.municipalities.value);
  });

  it('must be passed to the engine when the allocation places them', () => {
    const a = baselineAllocation(catalog);
    a.placements.push({ responsibility: skolehelse.id, level: 'kommune', order: 'b' });
    const r = computeConsequences(a, catalog);
    expect(r.ok).toBe(false);
    const missing = computeConsequences(baselineAllocation(catalog), catalog, [], { custom: [skolehelse] });
    expect(!missing.ok && missing.errors).toEqual([{ kind: 'missing-responsibility', responsibility: skolehelse.id }]);
  });
});

import { describe, expect, it } from 'vitest';
import { baselineAllocation, type Allocation } from '../allocation';
import { catalog } from '../catalog';
import { isSourced, type LevelKind } from '../catalog/schema';
import type { CustomCard } from '../custom-cards';
import { diffAllocations } from './diff';
import { computeConsequences, type Consequences } from './engine';
import { municipalitiesBelow, municipalitiesBelowAtMost } from './population-base';

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

  it('moves its cost by payer, each part in its own year, and reports its missing staff figure', () => {
    // Legevakt's cost is SSB's 2023 total, "nær 4,8 mrd. kr", paid 76 % by the kommuner, just
    // over 18 % by the state and just over 5 % by patients (NTB quoting SSB).
    const cost = card('legevakt').figures.cost;
    expect(isSourced(cost) && cost.value).toBe(4_800_000_000);
    // Only the kommune's 76 % gets a new payer (the state, which runs specialist care).
    expect(c.money.moved).toMatchObject({ value: 3_648_000_000, year: 2023 });
    // The state's and the patients' parts follow the service but keep their payer; 48 mill. kr no source assigns.
    expect(c.money.byYear['within-payer'].map((i) => [i.year, i.value])).toEqual([[2023, 864_000_000 + 240_000_000 + 48_000_000]]);
    expect(c.money.flows.find((f) => f.kind === 'between-payers')).toMatchObject({ from: 'kommune', to: 'spesialisthelsetjenesten', year: 2023, value: 3_648_000_000, responsibilities: ['legevakt'] });
    // The kommune level's 2023 sum loses the whole service; the specialist level's own year is
    // 2022 (SSB's sector total), so the 2023 figure sits beside it, not added.
    expect(level(c, 'kommune')).toMatchObject({ year: 2023, delta: -4_800_000_000 });
    expect(level(c, 'spesialisthelsetjenesten')).toMatchObject({ year: 2022, delta: 0 });
    expect(level(c, 'spesialisthelsetjenesten').otherYears).toEqual([{ year: 2023, value: 4_800_000_000, baseline: 0, delta: 4_800_000_000 }]);
    expect(level(c, 'fylkeskommune').delta).toBe(0);
    // No source reports legevakt årsverk, so no staff moves and the gap is counted.
    expect(isSourced(card('legevakt').figures.staff)).toBe(false);
    expect(c.staff.moved.value).toBe(0);
    expect(c.staff.unsourcedMoved.value).toBe(1);
    expect(c.money.moved.explanation.inputs.map((i) => i.responsibility)).toEqual(['legevakt']);
  });

  it('moves the acute handoff to the fastlege instead of removing it', () => {
    // akutt-distrikt: fastlege -> legevakt -> prehospitale -> sykehus -> dms -> hjemmetjenester.
    // Today K->K (0), K->S (1), S->S (0), S->K (1), K->K (0) = 2 handoffs.
    // With legevakt in S: K->S (1), S->S (0), S->S (0), S->K (1), K->K (0) = 2 handoffs.
    const acute = pathway(c, 'akutt-distrikt');
    expect(acute.indicator.baseline).toBe(2);
    expect(acute.indicator.value).toBe(2);
    expect(acute.indicator.delta).toBe(0);
    expect(acute.transitions.map((t) => t.label)).toEqual(['fastlege -> legevakt: kommune -> spesialisthelsetjenesten', 'sykehus -> dms: spesialisthelsetjenesten -> kommune']);
    // skrope-eldre: hjemmetjenester -> fastlege -> legevakt -> kad -> sykehus -> sykehjem -> hjemmetjenester -> fastlege.
    // Today 0 + 0 + 0 + 1 + 1 + 0 + 0 = 2; with legevakt in S: 0 + 1 + 1 + 1 + 1 + 0 + 0 = 4.
    expect(pathway(c, 'skrope-eldre').indicator.value).toBe(4);
    expect(pathway(c, 'skrope-eldre').indicator.delta).toBe(2);
  });

  it("turns KS' position on legevakt from met to contradicted", () => {
    expect(position(c, 'ks-legevakt-kommune')).toMatchObject({ baseline: 'met', status: 'contradicted' });
    expect(c.positions.contradicted.delta).toBeGreaterThanOrEqual(1);
  });

  it('names the acts and the financing that must change', () => {
    // legevakt's duty is in hol, which names the kommune; sphl, where the RHFs' duties are, must take it.
    expect(c.law.changes.map((a) => [a.law, a.responsibilities])).toEqual([
      ['hol', ['legevakt']],
      ['sphl', ['legevakt']],
    ]);
    expect(c.law.count.value).toBe(2);
    expect(c.law.open).toEqual([]);
    // legevakt is paid like its level: kommune block grant (ramme) to the RHFs' basis grant plus ISF (blandet).
    expect(c.financing.changes).toEqual([
      { responsibility: 'legevakt', from: 'kommune', to: 'spesialisthelsetjenesten', fromFinancing: 'ramme-kommune', toFinancing: 'rhf-basis-isf', fromBasis: 'ramme', toBasis: 'blandet' },
    ]);
    expect(c.financing.open).toEqual([]);
  });

  it('lowers the share of money under directly elected bodies by legevakt’s share', () => {
    // The share is over the 2022 and 2023 figures only: SSB kommunehelse 32 612,972 and omsorg
    // 171 900 mill. kr (2023), the parts of fastlege and legevakt others pay (9 670 + 1 152, 2023)
    // and SSB's specialist total 180 590 (2022). Legevakt's 4 800 leaves the directly elected kommune.
    const total = 32_612_972_000 + 171_900_000_000 + 9_670_000_000 + 1_152_000_000 + 180_590_000_000;
    expect(c.democracy.directShare.delta).toBeCloseTo((-100 * 4_800_000_000) / total, 9);
  });
});

describe('population base', () => {
  it('reads the size table without interpolating', () => {
    expect(municipalitiesBelow(catalog.municipalitySizes, 30_000)).toEqual({ municipalities: 321, people: 2_295_718, tableThreshold: 30_000, exact: true });
    // 60 000 lies between the 50 000 and 75 000 rows: at least the 337 below 50 000.
    expect(municipalitiesBelow(catalog.municipalitySizes, 60_000)).toEqual({ municipalities: 337, people: 2_914_226, tableThreshold: 50_000, exact: false });
  });

  it('answers the row above as the upper bound between rows', () => {
    expect(municipalitiesBelowAtMost(catalog.municipalitySizes, 60_000)).toEqual({ municipalities: 345, people: 3_383_853, tableThreshold: 75_000, exact: false });
  });

  it('counts the municipalities needing new cooperation when DPS moves to the kommune', () => {
    // Today's small municipalities are today's arrangement, so the baseline requires no new
    // cooperation. DPS catchment 30 000-75 000 is a range: 321 below 30 000, 345 below 75 000.
    const c = compute(moved({ dps: 'kommune' }));
    expect(c.populationBase.municipalities).toMatchObject({ value: 321, baseline: 0, delta: 321, range: { high: 345, baselineHigh: 0 } });
    expect(c.populationBase.people).toMatchObject({ value: 2_295_718, delta: 2_295_718, range: { high: 3_383_853 } });
  });

  it('counts an inter-municipal level as cooperation the proposal names, new when the card was not municipal', () => {
    const c = compute(moved({ dps: 'interkommunalt' }));
    expect(c.populationBase.municipalities.value).toBe(321);
    expect(c.populationBase.cards.find((x) => x.responsibility === 'dps')?.status).toBe('new-explicit');
  });

  it('requires nothing new on today’s board', () => {
    const c = compute(baselineAllocation(catalog));
    expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
    expect(c.populationBase.people).toMatchObject({ value: 0, delta: 0 });
  });
});

describe('the delt rule for handoffs', () => {
  it('counts a joint kommune–hospital level as a level of its own', () => {
    // akutt-distrikt with sykehus in delt: K->K (0), K->S (1), S->delt (1), delt->K (1), K->K (0) = 3.
    const c = compute(moved({ sykehus: 'delt' }));
    expect(pathway(c, 'akutt-distrikt').indicator.value).toBe(3);
    // With sykehus and dms both in delt, the step between them is one arrangement: 0 + 1 + 1 + 0 + 1 = 3.
    expect(pathway(compute(moved({ sykehus: 'delt', dms: 'delt' })), 'akutt-distrikt').indicator.value).toBe(3);
    // With prehospitale in fylkeskommune instead: 0 + K->F (1), F->S (1), S->K (1), K->K (0) = 3.
    expect(pathway(compute(moved({ prehospitale: 'fylkeskommune' })), 'akutt-distrikt').indicator.value).toBe(3);
  });
});

describe('assumptions', () => {
  it('fill a missing figure and are marked with their author', () => {
    expect(isSourced(card('bpa').figures.cost)).toBe(false);
    const c = compute(moved({ bpa: 'stat' }), [{ responsibility: 'bpa', measure: 'cost', value: 1_000_000_000, author: 'Kari (fasilitator)', note: '' }]);
    // An assumption has no year, so it is its own figure and never joins a sourced year's sum.
    expect(c.money.moved).toMatchObject({ value: 1_000_000_000, year: null });
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
    // Legevakt's kommune part (2023) gets a new payer; DPS has no sourced cost, so no year of money moves with it.
    expect(r.value.indicators.find((i) => i.id === 'moneyMoved:2023')).toEqual({ id: 'moneyMoved:2023', a: 0, b: 3_648_000_000, delta: 3_648_000_000 });
    // Today requires no new cooperation; DPS on the kommune needs it for at least 321 (30 000 row).
    expect(r.value.indicators.find((i) => i.id === 'municipalitiesTooSmall')).toEqual({ id: 'municipalitiesTooSmall', a: 0, b: 321, delta: 321 });
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
    // An assumption has no year: it moves on a line of its own, never added to a sourced year.
    expect(c.money.moved).toMatchObject({ value: 100_000_000, year: null });
    expect(c.money.flows).toEqual([
      { from: 'kommune', to: 'spesialisthelsetjenesten', toKind: 'spesialisthelsetjenesten', year: null, kind: 'between-payers', value: 100_000_000, responsibilities: [skolehelse.id], sectors: [] },
    ]);
    const assumed = (id: string) => level(c, id).otherYears.find((o) => o.year === null)!;
    expect(assumed('kommune')).toMatchObject({ value: 0, baseline: 100_000_000, delta: -100_000_000 });
    expect(assumed('spesialisthelsetjenesten')).toMatchObject({ value: 100_000_000, baseline: 0, delta: 100_000_000 });
    // The sourced years are untouched.
    expect(level(c, 'kommune').delta).toBe(0);
    expect(level(c, 'spesialisthelsetjenesten').delta).toBe(0);
    expect(c.moves).toEqual([{ responsibility: skolehelse.id, from: 'kommune', to: { id: 'spesialisthelsetjenesten', kind: 'spesialisthelsetjenesten' } }]);
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
    expect(level(c, 'kommune').value).toBe(level(compute(baselineAllocation(catalog)), 'kommune').value);
    expect(level(c, 'kommune').otherYears.find((o) => o.year === null)).toEqual({ year: null, value: 100_000_000, baseline: 100_000_000, delta: 0 });
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

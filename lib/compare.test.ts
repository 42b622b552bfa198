import { describe, expect, it } from 'vitest';
import { baselineAllocation, type Allocation } from './allocation';
import { catalog } from './catalog';
import type { LevelKind } from './catalog/schema';
import { baselineContent, compareContents, type ComparableContent } from './compare';
import { inEngineOrder } from './consequences/diff';
import type { CustomCard } from './custom-cards';
import { headlineOf, type ProposalContent } from './proposals';

/** Today's board with the given cards moved onto levels of those kinds (added when missing). */
function withMoves(moves: Record<string, LevelKind>, base: Allocation = baselineAllocation(catalog)): Allocation {
  const a = structuredClone(base);
  for (const kind of Object.values(moves)) if (!a.levels.some((l) => l.id === kind)) a.levels.push({ id: kind, kind });
  a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: moves[p.responsibility]! } : p));
  return a;
}

const content = (allocation: Allocation, custom: CustomCard[] = []): ProposalContent => ({ catalogVersion: catalog.version, allocation, custom, assumptions: [] });

function compared(a: ComparableContent, b: ComparableContent) {
  const r = compareContents(a, b, catalog);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function headline(c: ProposalContent) {
  const h = headlineOf(c, catalog);
  if (!h.ok) throw new Error(h.errors.join('; '));
  return h.value;
}

const skolehelse: CustomCard = { id: 'egen-skole123', name: 'Skolehelse for alle', cost: 100_000_000, author: 'Ola (KS)', note: '', baselineKind: 'kommune' };
const withCustom = (allocation: Allocation, card: CustomCard, level: string): ProposalContent => {
  const a = structuredClone(allocation);
  a.placements.push({ responsibility: card.id, level, order: 'b' });
  return content(a, [card]);
};

describe('compareContents', () => {
  const a = content(withMoves({ fastlege: 'stat' }));
  const b = content(withMoves({ fastlege: 'stat', legevakt: 'spesialisthelsetjenesten', dps: 'kommune', tannhelse: 'kommune' }));

  it('lists exactly the three cards moved between two proposals, with their levels and kinds', () => {
    const r = compared(a, b);
    expect(r.moved).toEqual([
      { responsibility: 'legevakt', from: 'kommune', to: 'spesialisthelsetjenesten', fromKind: 'kommune', toKind: 'spesialisthelsetjenesten' },
      { responsibility: 'dps', from: 'spesialisthelsetjenesten', to: 'kommune', fromKind: 'spesialisthelsetjenesten', toKind: 'kommune' },
      { responsibility: 'tannhelse', from: 'fylkeskommune', to: 'kommune', fromKind: 'fylkeskommune', toKind: 'kommune' },
    ]);
    expect([r.added, r.removed]).toEqual([[], []]);
  });

  it('gives every headline indicator with deltas equal to the difference of the two headlines', () => {
    const r = compared(a, b);
    const [ha, hb] = [headline(a), headline(b)];
    // A yearly figure only one side holds is 0 on the other, so the ids are those of both headlines.
    expect(r.indicators.map((i) => i.id).sort()).toEqual([...new Set([...Object.keys(ha), ...Object.keys(hb)])].sort());
    for (const i of r.indicators) expect(i).toEqual({ id: i.id, a: ha[i.id] ?? 0, b: hb[i.id] ?? 0, delta: (hb[i.id] ?? 0) - (ha[i.id] ?? 0) });
    // Legevakt's kommune part (76 % of 4,8 mrd. kr, 2023) gets a new payer on b and not on a.
    expect(r.indicators.find((i) => i.id === 'moneyMoved:2023')!.delta).toBeGreaterThanOrEqual(3_648_000_000);
  });

  it('lists the indicators in the engine order even when only b has a yearly figure: money moved first', () => {
    const today = content(baselineAllocation(catalog));
    const r = compared(today, b);
    expect(headline(today)['moneyMoved:2023']).toBeUndefined();
    expect(r.indicators[0]!.id).toBe('moneyMoved:2023');
    // The keys both sides have keep the order each side gives them.
    const shared = Object.keys(headline(today));
    expect(r.indicators.map((i) => i.id).filter((id) => shared.includes(id))).toEqual(shared);
  });

  it('merges two key lists so each key comes once and the common keys keep their order', () => {
    expect(inEngineOrder(['x', 'y', 'z'], ['m:1', 'x', 'z', 'n:1'])).toEqual(['m:1', 'x', 'y', 'z', 'n:1']);
    expect(inEngineOrder(['m:1', 'x'], ['x'])).toEqual(['m:1', 'x']);
    expect(inEngineOrder([], ['a', 'b'])).toEqual(['a', 'b']);
  });

  it('names the positions whose status differs, both ways round', () => {
    const r = compared(a, b);
    expect(r.positionsFlipped).toContainEqual({ position: 'ks-legevakt-kommune', a: 'met', b: 'contradicted' });
    const back = compared(b, a);
    expect(back.positionsFlipped).toContainEqual({ position: 'ks-legevakt-kommune', a: 'contradicted', b: 'met' });
    expect(back.moved.map((m) => m.responsibility)).toEqual(['legevakt', 'dps', 'tannhelse']);
    for (const i of back.indicators) expect(i.delta + r.indicators.find((x) => x.id === i.id)!.delta).toBe(0);
  });

  it('compares with today: the baseline side moves nothing and has the baseline headline', () => {
    const r = compared(baselineContent(catalog), b);
    expect(r.moved.map((m) => m.responsibility)).toEqual(['fastlege', 'legevakt', 'dps', 'tannhelse']);
    const hb = headline(b);
    const base = headline(content(baselineAllocation(catalog)));
    for (const i of r.indicators) expect([i.a, i.b]).toEqual([base[i.id] ?? 0, hb[i.id] ?? 0]);
    expect(compared(baselineContent(catalog), baselineContent(catalog)).moved).toEqual([]);
  });

  it('computes each side with its own custom cards: one only b holds is added, not moved, and counts on b alone', () => {
    const plain = content(baselineAllocation(catalog));
    const extra = withCustom(baselineAllocation(catalog), skolehelse, 'spesialisthelsetjenesten');
    const r = compared(plain, extra);
    expect([r.added, r.removed, r.moved]).toEqual([[skolehelse.id], [], []]);
    // On b the card sits off the kind of level it was made on, so its assumed money (no year) has moved there.
    expect(r.indicators.filter((i) => i.id.startsWith('moneyMoved'))).toEqual([{ id: 'moneyMoved:antatt', a: 0, b: 100_000_000, delta: 100_000_000 }]);
    expect(compared(extra, plain).removed).toEqual([skolehelse.id]);
  });

  it('reports a custom card both sides hold as moved when its level differs', () => {
    const here = withCustom(baselineAllocation(catalog), skolehelse, 'kommune');
    const there = withCustom(withMoves({ stat: 'stat' }), skolehelse, 'stat');
    const r = compared(here, there);
    expect(r.moved).toEqual([{ responsibility: skolehelse.id, from: 'kommune', to: 'stat', fromKind: 'kommune', toKind: 'stat' }]);
    expect([r.added, r.removed]).toEqual([[], []]);
  });

  it('says which side does not fit the catalog', () => {
    const broken = content(baselineAllocation(catalog));
    broken.allocation.placements[0]!.responsibility = 'ukjent';
    const r = compareContents(a, broken, catalog);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.every((e) => e.side === 'b')).toBe(true);
    expect(r.errors.map((e) => e.issue)).toContainEqual({ kind: 'unknown-responsibility', responsibility: 'ukjent', index: 0 });
  });
});

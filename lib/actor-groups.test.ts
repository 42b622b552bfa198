import { describe, expect, it } from 'vitest';
import { groupPositionsByActor } from './actor-groups';
import { baselineAllocation } from './allocation';
import { catalog } from './catalog';
import { computeConsequences } from './consequences/engine';
import type { PositionResult, PositionStatus } from './consequences/positions';

const result = (position: string, stakeholder: string, status: PositionStatus): PositionResult => ({
  position,
  stakeholder,
  responsibility: 'legevakt',
  scope: 'care-level',
  status,
  baseline: status,
});

describe('groupPositionsByActor', () => {
  it('groups in the given order, counts by status and puts broken stances first', () => {
    const results = [result('p1', 'ks', 'met'), result('p2', 'kdf', 'contradicted'), result('p3', 'ks', 'not-applicable'), result('p4', 'ks', 'contradicted'), result('p5', 'ks', 'met')];
    const groups = groupPositionsByActor(results, ['ks', 'utvalget', 'kdf']);
    expect(groups.map((g) => [g.stakeholder, g.met, g.contradicted, g.notApplicable, g.total])).toEqual([
      ['ks', 2, 1, 1, 4],
      ['kdf', 0, 1, 0, 1],
    ]);
    expect(groups[0]!.positions.map((p) => p.position)).toEqual(['p4', 'p1', 'p5', 'p3']);
  });

  it('keeps an actor the order does not name, after the others, so no position is lost', () => {
    const groups = groupPositionsByActor([result('p1', 'ukjent', 'met'), result('p2', 'ks', 'met')], ['ks']);
    expect(groups.map((g) => g.stakeholder)).toEqual(['ks', 'ukjent']);
    expect(groups.flatMap((g) => g.positions)).toHaveLength(2);
  });

  it('agrees with the engine’s own count per actor on a real board', () => {
    const a = baselineAllocation(catalog);
    a.placements = a.placements.map((p) => (p.responsibility === 'legevakt' ? { ...p, level: 'spesialisthelsetjenesten' } : p));
    const r = computeConsequences(a, catalog);
    if (!r.ok) throw new Error('the board did not compute');
    const { results, byActor } = r.value.positions;
    const groups = groupPositionsByActor(results, catalog.stakeholders.map((s) => s.id));
    expect(groups.map(({ positions: _, ...summary }) => summary)).toEqual(byActor);
    expect(groups.reduce((n, g) => n + g.positions.length, 0)).toBe(results.length);
    expect(groups.reduce((n, g) => n + g.contradicted, 0)).toBe(r.value.positions.contradicted.value);
  });
});

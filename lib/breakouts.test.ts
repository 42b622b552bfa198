import { describe, expect, it } from 'vitest';
import { baselineAllocation, type Allocation } from './allocation';
import { adoptRequestSchema, compareBreakouts, groupBoardTitle, groupDifferences, groupNames, splitRequestSchema, type BreakoutBoard } from './breakouts';
import { catalog } from './catalog';
import type { CustomCard } from './custom-cards';
import { headlineOf } from './proposals';

/** Today's board with the given cards on the given (existing) levels. */
function moved(moves: Record<string, string>): Allocation {
  const a = baselineAllocation(catalog);
  a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: moves[p.responsibility]! } : p));
  return a;
}

const board = (boardId: string, allocation: Allocation, custom: CustomCard[] = []): BreakoutBoard => ({ boardId, name: `Tavle ${boardId}`, allocation, custom });
const withCard = (allocation: Allocation, card: CustomCard, level: string): Allocation => ({
  ...allocation,
  placements: [...allocation.placements, { responsibility: card.id, level, order: 'z' }],
});
const skolehelse: CustomCard = { id: 'egen-skole123', name: 'Skolehelse', cost: 1_000_000, author: 'Ola', note: '', baselineKind: 'kommune' };
const hagebruk: CustomCard = { id: 'egen-hage1234', name: 'Hagebruk', author: 'Kari', note: '', baselineKind: 'kommune' };

describe('split and adopt requests', () => {
  it('takes two to eight groups with at most one name each, and refuses anything else by field', () => {
    expect(splitRequestSchema.parse({ groups: 3, names: ['  Nord ', ''] })).toEqual({ groups: 3, names: ['Nord', ''] });
    expect(splitRequestSchema.parse({ groups: 2 })).toEqual({ groups: 2 });
    for (const bad of [{ groups: 1 }, { groups: 9 }, { groups: 2.5 }, { groups: '2' }, {}, { groups: 2, names: ['a', 'b', 'c'] }, { groups: 2, extra: true }, { groups: 2, names: ['x'.repeat(61)] }]) {
      expect(splitRequestSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
    const tooMany = splitRequestSchema.safeParse({ groups: 2, names: ['a', 'b', 'c'] });
    expect(tooMany.success ? [] : tooMany.error.issues.map((i) => i.path.join('.'))).toEqual(['names']);
  });

  it('names each group by the given name where it is not blank, else "Gruppe n", and titles its board after the main board', () => {
    expect(groupNames({ groups: 3, names: ['Nord', '  '] })).toEqual(['Nord', 'Gruppe 2', 'Gruppe 3']);
    expect(groupNames({ groups: 2 })).toEqual(['Gruppe 1', 'Gruppe 2']);
    expect(groupBoardTitle('Helsereformen', 'Gruppe 2')).toBe('Helsereformen – Gruppe 2');
  });

  it('adopts with an optional name and note, and nothing else', () => {
    expect(adoptRequestSchema.parse({})).toEqual({ note: '' });
    expect(adoptRequestSchema.parse({ name: ' Nord ', note: 'Fra gruppa' })).toEqual({ name: 'Nord', note: 'Fra gruppa' });
    expect(adoptRequestSchema.safeParse({ name: '' }).success).toBe(false);
    expect(adoptRequestSchema.safeParse({ author: 'x' }).success).toBe(false);
  });
});

describe('compareBreakouts', () => {
  const main = board('main01', moved({ fastlege: 'fylkeskommune' }));
  const one = { ...board('grp001', moved({ fastlege: 'fylkeskommune', legevakt: 'spesialisthelsetjenesten' })), group: 1 };
  const two = { ...board('grp002', moved({ fastlege: 'fylkeskommune', dps: 'kommune' })), group: 2 };

  it("compares each group with the main board as it is now: each group's own moves, deltas equal to the headlines' difference", () => {
    const r = compareBreakouts(main, [one, two], catalog);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.groups.map((g) => [g.boardId, g.group, g.name, g.comparison.moved.map((m) => `${m.responsibility}:${m.from}>${m.to}`)])).toEqual([
      ['grp001', 1, 'Tavle grp001', ['legevakt:kommune>spesialisthelsetjenesten']],
      ['grp002', 2, 'Tavle grp002', ['dps:spesialisthelsetjenesten>kommune']],
    ]);
    const content = (b: BreakoutBoard) => ({ catalogVersion: catalog.version, allocation: b.allocation, custom: b.custom, assumptions: [] });
    const headline = (b: BreakoutBoard) => {
      const h = headlineOf(content(b), catalog);
      if (!h.ok) throw new Error(h.errors.join('; '));
      return h.value;
    };
    expect(r.value.main).toEqual({ boardId: 'main01', name: 'Tavle main01', levels: main.allocation.levels, custom: [], headline: headline(main) });
    for (const [g, b] of [[r.value.groups[0]!, one], [r.value.groups[1]!, two]] as const) {
      for (const i of g.comparison.indicators) expect(i.delta).toBe((headline(b)[i.id] ?? 0) - (headline(main)[i.id] ?? 0));
    }
    // Legevakt carries a sourced cost, so the group that moved it moves money the other does not.
    expect(r.value.groups[0]!.comparison.indicators.find((i) => i.id === 'moneyMoved:2023')!.delta).toBeGreaterThan(0);
  });

  it('lists the cards the groups placed differently, with the main board\'s column and each group\'s', () => {
    const r = compareBreakouts(main, [one, two], catalog);
    if (!r.ok) throw new Error('not comparable');
    expect(r.value.differences).toEqual([
      { responsibility: 'legevakt', main: 'kommune', levels: { grp001: 'spesialisthelsetjenesten', grp002: 'kommune' } },
      { responsibility: 'dps', main: 'spesialisthelsetjenesten', levels: { grp001: 'spesialisthelsetjenesten', grp002: 'kommune' } },
    ].sort((a, b) => catalog.responsibilities.findIndex((x) => x.id === a.responsibility) - catalog.responsibilities.findIndex((x) => x.id === b.responsibility)));
    // A card both groups moved the same way is no difference between them.
    expect(r.value.differences.map((d) => d.responsibility)).not.toContain('fastlege');
  });

  it('answers the main board alone when there are no groups, and names a group that does not fit the catalog', () => {
    const alone = compareBreakouts(main, [], catalog);
    expect(alone.ok && [alone.value.groups, alone.value.differences]).toEqual([[], []]);
    const broken = { ...board('grp003', moved({ legevakt: 'nowhere' })), group: 3 };
    const r = compareBreakouts(main, [one, broken], catalog);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(new Set(r.errors.map((e) => e.boardId))).toEqual(new Set(['grp003']));
  });
});

describe('groupDifferences', () => {
  const base = baselineAllocation(catalog);

  it('counts an own card only when every group holds it, and compares it like any other', () => {
    const a = board('a00001', withCard(withCard(base, skolehelse, 'kommune'), hagebruk, 'kommune'), [skolehelse, hagebruk]);
    const b = board('b00001', withCard(base, skolehelse, 'spesialisthelsetjenesten'), [skolehelse]);
    expect(groupDifferences(board('m00001', base), [a, b], catalog)).toEqual([
      { responsibility: skolehelse.id, main: null, levels: { a00001: 'kommune', b00001: 'spesialisthelsetjenesten' } },
    ]);
  });

  it('finds nothing between identical groups or with fewer than two', () => {
    const a = board('a00001', moved({ legevakt: 'spesialisthelsetjenesten' }));
    expect(groupDifferences(board('m00001', base), [a, { ...a, boardId: 'b00001' }], catalog)).toEqual([]);
    expect(groupDifferences(board('m00001', base), [a], catalog)).toEqual([]);
  });
});

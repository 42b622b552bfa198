import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canOrderBetween,
  compareOrdered,
  FIRST_ORDER,
  isUsableOrder,
  MAX_ORDER_LENGTH,
  orderAfter,
  orderBefore,
  orderBetween,
  orderKeysBetween,
  planInsert,
  type Ordered,
} from './order';

const plainKey = fc.string({ unit: fc.constantFrom(...'0123456789abcdefghijklmnopqrstuvwxyz'), maxLength: 12 });
// Any UTF-16 code units, as a hostile document could hold, besides the keys made here.
const anyKey = fc.oneof(plainKey, fc.string({ unit: 'binary', maxLength: 8 }), fc.string({ unit: fc.constantFrom('\0', '\u0001', '0', '1', 'z', '~'), maxLength: 6 }));
const templateKey = fc.nat(36 ** 3 - 1).map((i) => `a${i.toString(36).padStart(3, '0')}`);

describe('orderBetween', () => {
  it('returns a key strictly between any two keys that have room between them', () => {
    fc.assert(
      fc.property(fc.option(anyKey), fc.option(anyKey), (a, b) => {
        fc.pre(canOrderBetween(a, b));
        const k = orderBetween(a, b);
        if (a !== null) expect(a < k).toBe(true);
        if (b !== null) expect(k < b).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('grows plain keys by at most one character', () => {
    fc.assert(
      fc.property(fc.option(plainKey), fc.option(plainKey), (a, b) => {
        fc.pre(canOrderBetween(a, b));
        const k = orderBetween(a, b);
        expect(isUsableOrder(k)).toBe(true);
        expect(k.length).toBeLessThanOrEqual(Math.max(a?.length ?? 0, b?.length ?? 0, 4) + 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('fits between the template keys and leaves them as they are', () => {
    expect(orderBetween('a000', 'a001')).toBe('a000i');
    expect(orderBetween('a0', 'a1')).toBe('a0i');
    expect(orderBetween(null, null)).toBe(FIRST_ORDER);
    expect(orderAfter('a00z')).toBe('a01');
    expect(orderBefore('a000')).toBe('9zzz');
  });

  it('keeps order when inserting again and again at one spot', () => {
    fc.assert(
      fc.property(fc.uniqueArray(templateKey, { minLength: 0, maxLength: 6 }), fc.nat(6), fc.integer({ min: 1, max: 60 }), (start, spot, times) => {
        const keys = [...start].sort();
        const at = Math.min(spot, keys.length);
        for (let i = 0; i < times; i++) keys.splice(at, 0, orderBetween(keys[at - 1] ?? null, keys[at] ?? null));
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!).toBe(true);
      }),
    );
  });

  it('refuses where no key exists, since nothing sorts between a key and the same key plus NUL', () => {
    expect(() => orderBetween('b', 'a')).toThrow(RangeError);
    expect(() => orderBetween('a', 'a')).toThrow(RangeError);
    expect(() => orderBetween('a', 'a\0')).toThrow(RangeError);
    expect(() => orderBefore('')).toThrow(RangeError);
    expect(canOrderBetween('a', 'a\0\0')).toBe(true);
  });
});

describe('orderAfter and orderBefore', () => {
  it('append and prepend thousands of times at the width of the template keys', () => {
    let last = 'a000';
    let first = 'a000';
    for (let i = 0; i < 5000; i++) {
      const next = orderAfter(last);
      const prev = orderBefore(first);
      expect(last < next && prev < first).toBe(true);
      last = next;
      first = prev;
    }
    expect(last.length).toBeLessThanOrEqual(4);
    expect(first.length).toBeLessThanOrEqual(4);
  });

  it('stay strictly after and before any key', () => {
    fc.assert(
      fc.property(anyKey, (k) => {
        expect(k < orderAfter(k)).toBe(true);
        if (canOrderBetween(null, k)) expect(orderBefore(k) < k).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('orderKeysBetween', () => {
  it('still gives n keys below a key at the bottom of the digits', () => {
    for (const after of ['0', '00', '0001']) {
      const keys = orderKeysBetween(null, after, 11);
      expect(keys).toHaveLength(11);
      expect([...keys].sort()).toEqual(keys);
      expect(new Set(keys).size).toBe(11);
      expect(keys.every((k) => k !== '' && k < after && isUsableOrder(k))).toBe(true);
    }
  });

  it('gives n increasing keys inside the range', () => {
    fc.assert(
      fc.property(fc.option(plainKey), fc.option(plainKey), fc.nat(80), (a, b, n) => {
        fc.pre(canOrderBetween(a, b));
        const keys = [a ?? '', ...orderKeysBetween(a, b, n)];
        expect(keys).toHaveLength(n + 1);
        for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]! || (i === 1 && a === null)).toBe(true);
        if (b !== null && n > 0) expect(keys.at(-1)! < b).toBe(true);
      }),
    );
  });
});

const entries: fc.Arbitrary<Ordered[]> = fc
  .uniqueArray(fc.stringMatching(/^[a-z]{1,4}$/), { maxLength: 12 })
  .chain((ids) => fc.tuple(fc.constant(ids), fc.array(fc.oneof(anyKey, fc.constant('a000'), fc.constant('x'.repeat(MAX_ORDER_LENGTH))), { minLength: ids.length, maxLength: ids.length })))
  .map(([ids, orders]) => ids.map((id, i) => ({ id, order: orders[i]! })).sort(compareOrdered));

describe('planInsert', () => {
  it('puts the new entry at the index asked for and keeps the others in their order', () => {
    fc.assert(
      fc.property(entries, fc.nat(14), (list, index) => {
        const plan = planInsert(list, index);
        const rewritten = new Map(plan.respaced.map((r) => [r.id, r.order]));
        const after = [...list.map((e) => ({ id: e.id, order: rewritten.get(e.id) ?? e.order })), { id: '~new', order: plan.order }].sort(compareOrdered);
        const at = Math.min(index, list.length);
        expect(after.findIndex((e) => e.id === '~new')).toBe(at);
        expect(after.filter((e) => e.id !== '~new').map((e) => e.id)).toEqual(list.map((e) => e.id));
        for (const k of [plan.order, ...rewritten.values()]) expect(isUsableOrder(k)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('writes one key when there is room, and re-spaces tied neighbours', () => {
    expect(planInsert([{ id: 'a', order: 'a000' }, { id: 'b', order: 'a001' }], 1)).toEqual({ order: 'a000i', respaced: [] });
    const tied = planInsert([{ id: 'a', order: 'k' }, { id: 'b', order: 'k' }], 1);
    expect(tied.respaced.map((r) => r.id)).toEqual(['a', 'b']);
    expect(tied.respaced[0]!.order < tied.order && tied.order < tied.respaced[1]!.order).toBe(true);
  });

  it('keeps keys within the schema bound however often one spot is used', () => {
    let list: Ordered[] = [{ id: 'first', order: 'a000' }, { id: 'last', order: 'a001' }];
    for (let i = 0; i < 2000; i++) {
      const plan = planInsert(list, 1);
      const rewritten = new Map(plan.respaced.map((r) => [r.id, r.order]));
      list = [...list.map((e) => ({ ...e, order: rewritten.get(e.id) ?? e.order })), { id: `n${i}`, order: plan.order }].sort(compareOrdered);
      expect(list[1]!.id).toBe(`n${i}`);
    }
    expect(Math.max(...list.map((e) => e.order.length))).toBeLessThanOrEqual(MAX_ORDER_LENGTH);
  });
});

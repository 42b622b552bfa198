import * as decoding from 'lib0/decoding';
import { describe, expect, it } from 'vitest';
import { awarenessUpdate as update } from '../../tests/integration/presence-frames';
import { PresenceGate } from './presence-gate';

const identity = { role: 'editor' as const, participantId: 'p1', name: 'Kari', organisation: 'KS' };

function read(u: Uint8Array | null): [number, number, unknown][] {
  if (!u) return [];
  const d = decoding.createDecoder(u);
  return Array.from({ length: decoding.readVarUint(d) }, () => [decoding.readVarUint(d), decoding.readVarUint(d), JSON.parse(decoding.readVarString(d))]);
}

function gate(opts: { taken?: Set<number>; clocks?: Map<number, number>; perSecond?: number } = {}) {
  const taken = opts.taken ?? new Set<number>();
  const clocks = opts.clocks ?? new Map<number, number>();
  let dropped = 0;
  let echoed = 0;
  const g = new PresenceGate(
    { presencePerSecond: opts.perSecond ?? 20, maxPresenceBytes: 2048 },
    { ownsOrFree: (id) => !taken.has(id), clockOf: (id) => clocks.get(id) },
    { dropped: () => dropped++, echoed: () => echoed++ },
  );
  const verdict = (entries: [number, number, unknown][]) => g.filter(update(entries), identity);
  return {
    pass: (entries: [number, number, unknown][]) => read(verdict(entries).update),
    originated: (entries: [number, number, unknown][]) => verdict(entries).originated,
    dropped: () => dropped,
    echoed: () => echoed,
    taken,
    clocks,
  };
}

describe('PresenceGate', () => {
  it('makes the first id with a state its own and drops every other', () => {
    const g = gate();
    expect(g.pass([[1, 0, null], [2, 1, { a: 1 }], [3, 1, { a: 2 }]]).map((e) => e[0])).toEqual([2]);
    expect(g.pass([[3, 2, { a: 3 }]])).toEqual([]);
    expect(g.pass([[2, 2, { a: 4 }]])).toEqual([[2, 2, { a: 4, user: { name: 'Kari', organisation: 'KS', role: 'editor', participantId: 'p1' } }]]);
    // Id 1 at clock 0 would change nothing anywhere: an echo, not a drop.
    expect(g.dropped()).toBe(2);
    expect(g.echoed()).toBe(1);
  });

  it('claims no id another peer holds, and takes a clock the room has seen for an echo', () => {
    const g = gate({ taken: new Set([5]), clocks: new Map([[6, 4], [7, 0]]) });
    expect(g.pass([[5, 9, { a: 1 }], [6, 4, { a: 1 }], [7, 0, { a: 1 }]])).toEqual([]);
    expect(g.dropped()).toBe(1);
    expect(g.echoed()).toBe(2);
    expect(g.pass([[6, 5, { a: 1 }]]).map((e) => e[0])).toEqual([6]);
    // Taken by someone else after it was freed: refused from then on.
    g.taken.add(6);
    expect(g.pass([[6, 7, null]])).toEqual([]);
    expect(g.dropped()).toBe(2);
  });

  it('says a message originated only when it carries the own id or a first claim', () => {
    const g = gate({ clocks: new Map([[8, 3], [9, 5]]) });
    // Echoes of others before the connection has an id of its own.
    expect(g.originated([[8, 3, { a: 1 }], [9, 2, { a: 1 }]])).toBe(false);
    // A removal never claims an id.
    expect(g.originated([[8, 4, null]])).toBe(false);
    // A first claim counts, whether or not it passes.
    expect(g.originated([[1, 1, { a: 1 }]])).toBe(true);
    g.clocks.set(1, 1);
    // Once the connection has its id, another id is never its own doing: an echo or a foreign claim.
    expect(g.originated([[8, 3, { a: 1 }], [2, 1, { a: 1 }]])).toBe(false);
    expect(g.originated([[8, 3, { a: 1 }], [1, 2, { a: 2 }]])).toBe(true);
    // Its own state counts even when the size cap drops it.
    expect(g.originated([[1, 3, { big: 'x'.repeat(4096) }]])).toBe(true);
    expect(g.echoed()).toBe(4);
    expect(g.dropped()).toBe(3);
  });

  it('drops a state over the size cap without closing anything', () => {
    const g = gate();
    expect(g.pass([[1, 1, { big: 'x'.repeat(4096) }]])).toEqual([]);
    expect(g.pass([[1, 2, { small: true }]]).length).toBe(1);
    expect(g.pass([[1, 3, { big: 'x'.repeat(4096) }]])).toEqual([]);
    expect(g.dropped()).toBe(2);
  });

  it('passes at most a second of the rate at once, one own entry per message, and every removal', () => {
    const g = gate({ perSecond: 20 });
    let passed = 0;
    for (let clock = 1; clock <= 100; clock++) passed += g.pass([[1, clock, { clock }], [1, clock, { again: true }]]).length;
    expect(passed).toBeGreaterThanOrEqual(20);
    expect(passed).toBeLessThanOrEqual(21);
    expect(g.pass([[1, 101, null]])).toEqual([[1, 101, null]]);
  });

  it('still throws on a state that is not an object, for the caller to close on', () => {
    expect(() => gate().pass([[1, 1, [1, 2]]])).toThrow();
  });
});

import { expect, it } from 'vitest';
import * as Y from 'yjs';
import type { StoredDoc } from '@/server/storage/document-log';
import type { StoresHarness } from './stores.contract';

const bytes = (...values: number[]) => new Uint8Array(values);
// Compared as plain arrays so a Buffer and a Uint8Array with equal bytes count as equal.
const plain = (u: Uint8Array | null) => (u ? Array.from(u) : null);
const plainAll = (us: Uint8Array[]) => us.map((u) => Array.from(u));

/** A fold that keeps every byte: the state, then each update, in order. */
export const concat = (stored: StoredDoc) => new Uint8Array([...(stored.state ?? []), ...stored.updates.flatMap((u) => Array.from(u))]);

/**
 * The DocumentLog contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made. Only the log is used: a board's first
 * state is stored as a compaction that covers no update.
 */
export function documentLogContract(harness: () => StoresHarness): void {
  const start = (boardId: string, state: Uint8Array) => harness().stores.log.compact(boardId, state, 0);
  const count = async (boardId: string) => (await harness().stores.log.load(boardId)).updates.length;

  it('loads appended updates in order and counts them', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    for (let i = 1; i <= 3; i++) await log.append('a', bytes(i, i));
    const doc = await log.load('a');
    expect(plain(doc.state)).toEqual([0]);
    expect(plainAll(doc.updates)).toEqual([[1, 1], [2, 2], [3, 3]]);
    expect(await count('a')).toBe(3);
    expect(await log.load('missing')).toEqual({ state: null, updates: [] });
  });

  it('persists 200 concurrent appends across 3 boards in per-board call order', async () => {
    const { log } = harness().stores;
    const ids = ['x', 'y', 'z'];
    for (const id of ids) await start(id, bytes());
    const expected = new Map<string, number[][]>(ids.map((id) => [id, []]));
    const calls: Promise<void>[] = [];
    for (let i = 0; i < 200; i++) {
      const id = ids[i % 3] as string;
      const update = [i >> 8, i & 0xff];
      expected.get(id)?.push(update);
      calls.push(log.append(id, bytes(...update)));
    }
    await Promise.all(calls);
    for (const id of ids) {
      expect(plainAll((await log.load(id)).updates)).toEqual(expected.get(id));
      expect(await count(id)).toBe(expected.get(id)?.length);
    }
  });

  it('compaction drops only the covered updates', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    for (let i = 1; i <= 5; i++) await log.append('a', bytes(i));
    await log.compact('a', bytes(42), 3);
    const doc = await log.load('a');
    expect(plain(doc.state)).toEqual([42]);
    expect(plainAll(doc.updates)).toEqual([[4], [5]]);
    expect(await count('a')).toBe(2);
  });

  it('an append made at once lands after the appends called before it', async (ctx) => {
    const { log } = harness().stores;
    if (!log.appendNow) return ctx.skip('this log appends through append only');
    await start('a', bytes(0));
    await log.append('a', bytes(1));
    // Called, not awaited: still queued when the immediate append comes.
    const queued = log.append('a', bytes(2));
    log.appendNow('a', bytes(3));
    await queued;
    expect(plainAll((await log.load('a')).updates)).toEqual([[1], [2], [3]]);
    expect(await count('a')).toBe(3);
  });

  it('keeps an append that is still in flight when compaction starts', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    for (let i = 1; i <= 5; i++) await log.append('a', bytes(i));
    const late = log.append('a', bytes(6));
    await log.compact('a', bytes(42), 5);
    await late;
    expect(plainAll((await log.load('a')).updates)).toEqual([[6]]);
  });

  it('fold folds the state and every stored update into one state', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    await start('b', bytes(9));
    for (let i = 1; i <= 3; i++) await log.append('a', bytes(i, i));
    await log.append('b', bytes(8));
    const given: StoredDoc[] = [];
    expect(await log.fold('a', (stored) => (given.push(stored), concat(stored)))).toBe(true);
    expect(given.map((g) => [plain(g.state), plainAll(g.updates)])).toEqual([[[0], [[1, 1], [2, 2], [3, 3]]]]);
    expect(plain((await log.load('a')).state)).toEqual([0, 1, 1, 2, 2, 3, 3]);
    expect(await count('a')).toBe(0);
    expect(plainAll((await log.load('b')).updates)).toEqual([[8]]);
  });

  it('fold keeps an update appended while the fold runs, after the folded state', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    for (let i = 1; i <= 2; i++) await log.append('a', bytes(i));
    let late: Promise<void> | undefined;
    const folded = await log.fold('a', (stored) => {
      late = log.append('a', bytes(7));
      return concat(stored);
    });
    await late;
    expect(folded).toBe(true);
    const doc = await log.load('a');
    expect(plain(doc.state)).toEqual([0, 1, 2]);
    expect(plainAll(doc.updates)).toEqual([[7]]);
  });

  it('fold run twice at once loses no update and leaves one state', async () => {
    const { log } = harness().stores;
    await start('a', bytes(0));
    for (let i = 1; i <= 4; i++) await log.append('a', bytes(i));
    const given: StoredDoc[] = [];
    const fold = (stored: StoredDoc) => (given.push(stored), concat(stored));
    const answers = await Promise.all([log.fold('a', fold), log.fold('a', fold)]);
    expect(answers).toContain(true);
    // A fold answering false was given nothing; one that ran after another was given its result.
    expect(given).toHaveLength(answers.filter(Boolean).length);
    expect(given.map((g) => [plain(g.state), plainAll(g.updates)])).toEqual([[[0], [[1], [2], [3], [4]]], ...given.slice(1).map(() => [[0, 1, 2, 3, 4], []])]);
    const doc = await log.load('a');
    expect(plain(doc.state)).toEqual([0, 1, 2, 3, 4]);
    expect(doc.updates).toEqual([]);
  });

  it('round-trips real Yjs updates, before and after compaction', async () => {
    const { log } = harness().stores;
    const original = new Y.Doc();
    await start('a', Y.encodeStateAsUpdate(original));
    const writes: Promise<void>[] = [];
    original.on('update', (u: Uint8Array) => writes.push(log.append('a', u)));
    original.getText('notes').insert(0, 'Fastlege');
    original.getMap('cells').set('r1', 'kommune');
    await Promise.all(writes);

    const restore = async () => {
      const { state, updates } = await log.load('a');
      const fresh = new Y.Doc();
      if (state) Y.applyUpdate(fresh, state);
      for (const u of updates) Y.applyUpdate(fresh, u);
      return fresh;
    };
    // A Y.Doc only lists shared types it was asked for, so name them explicitly.
    const content = (doc: Y.Doc) => ({ notes: doc.getText('notes').toString(), cells: doc.getMap('cells').toJSON() });
    expect(writes).toHaveLength(2);
    expect(content(await restore())).toEqual({ notes: 'Fastlege', cells: { r1: 'kommune' } });

    await log.compact('a', Y.encodeStateAsUpdate(original), await count('a'));
    expect(await count('a')).toBe(0);
    expect(content(await restore())).toEqual(content(original));
  });

  it('keeps states and updates across close and reopen when durable, an append called before the close included', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    const { log } = h.stores;
    await start('a', bytes(0));
    await start('b', bytes(0));
    for (let i = 1; i <= 4; i++) await log.append('a', bytes(i));
    await log.compact('a', bytes(42), 2);
    const unawaited = log.append('b', bytes(7));
    await h.stores.close();
    await unawaited;

    const again = (await h.reopen()).log;
    const a = await again.load('a');
    expect(plain(a.state)).toEqual([42]);
    expect(plainAll(a.updates)).toEqual([[3], [4]]);
    expect(plainAll((await again.load('b')).updates)).toEqual([[7]]);
  });
}

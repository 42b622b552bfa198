import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { BoardRecord, DocStore, StoredDoc } from '@/server/storage/doc-store';
import { breakoutStoreContract } from './breakout-store.contract';
import { commentStoreContract } from './comment-store.contract';
import { controlStoreContract } from './control-store.contract';
import { proposalStoreContract } from './proposal-store.contract';
import { ratingStoreContract } from './rating-store.contract';

/**
 * What a contract run needs: a fresh empty store; `reopen`, when the store is durable, opens
 * the same storage again after the suite closed `store`; `cleanup` closes whatever is still
 * open and removes what the run created.
 */
export type DocStoreHarness = { store: DocStore; reopen?: () => Promise<DocStore>; cleanup: () => Promise<void> };

const board = (id: string, createdAt: string): BoardRecord => ({
  id,
  title: `Board ${id}`,
  template: 'standard',
  keyVersion: 1,
  roleKeys: { facilitator: 1, editor: 1, commenter: 1, viewer: 1 },
  createdAt,
});

const bytes = (...values: number[]) => new Uint8Array(values);
// Compared as plain arrays so a Buffer and a Uint8Array with equal bytes count as equal.
const plain = (u: Uint8Array | null) => (u ? Array.from(u) : null);
const plainAll = (us: Uint8Array[]) => us.map((u) => Array.from(u));

/** A fold for foldLog that keeps every byte: the state, then each update, in order. */
export const concat = (stored: StoredDoc) => new Uint8Array([...(stored.state ?? []), ...stored.updates.flatMap((u) => Array.from(u))]);

/** Registers the DocStore semantics every implementation must satisfy as one describe block. */
export function docStoreContract(name: string, make: () => Promise<DocStoreHarness>): void {
  describe(name, () => {
    let h: DocStoreHarness;
    let store: DocStore;

    beforeEach(async () => {
      h = await make();
      store = h.store;
    });
    afterEach(async () => h.cleanup());

    it('creates, gets and lists boards in creation-time order', async () => {
      await store.createBoard(board('b', '2025-01-02T00:00:00.000Z'), bytes(2));
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
      expect(await store.getBoard('b')).toEqual(board('b', '2025-01-02T00:00:00.000Z'));
      expect(await store.getBoard('missing')).toBeNull();
      expect((await store.listBoards()).map((b) => b.id)).toEqual(['a', 'b']);
      expect(plain((await store.load('a')).state)).toEqual([1]);
    });

    it('rejects a duplicate board id and keeps the original', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
      await expect(store.createBoard({ ...board('a', '2025-02-01T00:00:00.000Z'), title: 'x' }, bytes(9))).rejects.toThrow();
      expect((await store.getBoard('a'))?.title).toBe('Board a');
      expect(plain((await store.load('a')).state)).toEqual([1]);
    });

    it('rotateKey bumps the key version, and answers null for an unknown board', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes());
      expect((await store.rotateKey('a'))?.keyVersion).toBe(2);
      expect((await store.rotateKey('a'))?.keyVersion).toBe(3);
      expect((await store.getBoard('a'))?.keyVersion).toBe(3);
      expect(await store.rotateKey('missing')).toBeNull();
    });

    it('loads appended updates in order and counts them', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 3; i++) await store.appendUpdate('a', bytes(i, i));
      const doc = await store.load('a');
      expect(plain(doc.state)).toEqual([0]);
      expect(plainAll(doc.updates)).toEqual([[1, 1], [2, 2], [3, 3]]);
      expect(await store.updateCount('a')).toBe(3);
      expect(await store.load('missing')).toEqual({ state: null, updates: [] });
    });

    it('persists 200 concurrent appends across 3 boards in per-board call order', async () => {
      const ids = ['x', 'y', 'z'];
      for (const id of ids) await store.createBoard(board(id, '2025-01-01T00:00:00.000Z'), bytes());
      const expected = new Map<string, number[][]>(ids.map((id) => [id, []]));
      const calls: Promise<void>[] = [];
      for (let i = 0; i < 200; i++) {
        const id = ids[i % 3] as string;
        const update = [i >> 8, i & 0xff];
        expected.get(id)?.push(update);
        calls.push(store.appendUpdate(id, bytes(...update)));
      }
      await Promise.all(calls);
      for (const id of ids) {
        expect(plainAll((await store.load(id)).updates)).toEqual(expected.get(id));
        expect(await store.updateCount(id)).toBe(expected.get(id)?.length);
      }
    });

    it('compaction drops only the covered updates', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 5; i++) await store.appendUpdate('a', bytes(i));
      await store.compact('a', bytes(42), 3);
      const doc = await store.load('a');
      expect(plain(doc.state)).toEqual([42]);
      expect(plainAll(doc.updates)).toEqual([[4], [5]]);
      expect(await store.updateCount('a')).toBe(2);
    });

    it('an append made at once lands after the appends called before it', async (ctx) => {
      if (!store.appendUpdateNow) return ctx.skip('this store appends through appendUpdate only');
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await store.appendUpdate('a', bytes(1));
      // Called, not awaited: still queued when the immediate append comes.
      const queued = store.appendUpdate('a', bytes(2));
      store.appendUpdateNow('a', bytes(3));
      await queued;
      expect(plainAll((await store.load('a')).updates)).toEqual([[1], [2], [3]]);
      expect(await store.updateCount('a')).toBe(3);
    });

    it('keeps an append that is still in flight when compaction starts', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 5; i++) await store.appendUpdate('a', bytes(i));
      const late = store.appendUpdate('a', bytes(6));
      await store.compact('a', bytes(42), 5);
      await late;
      expect(plainAll((await store.load('a')).updates)).toEqual([[6]]);
    });

    it('foldLog folds the state and every stored update into one state', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await store.createBoard(board('b', '2025-01-01T00:00:00.000Z'), bytes(9));
      for (let i = 1; i <= 3; i++) await store.appendUpdate('a', bytes(i, i));
      await store.appendUpdate('b', bytes(8));
      const given: StoredDoc[] = [];
      expect(await store.foldLog('a', (stored) => (given.push(stored), concat(stored)))).toBe(true);
      expect(given.map((g) => [plain(g.state), plainAll(g.updates)])).toEqual([[[0], [[1, 1], [2, 2], [3, 3]]]]);
      expect(plain((await store.load('a')).state)).toEqual([0, 1, 1, 2, 2, 3, 3]);
      expect(await store.updateCount('a')).toBe(0);
      expect(plainAll((await store.load('b')).updates)).toEqual([[8]]);
    });

    it('foldLog keeps an update appended while the fold runs, after the folded state', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 2; i++) await store.appendUpdate('a', bytes(i));
      let late: Promise<void> | undefined;
      const folded = await store.foldLog('a', (stored) => {
        late = store.appendUpdate('a', bytes(7));
        return concat(stored);
      });
      await late;
      expect(folded).toBe(true);
      const doc = await store.load('a');
      expect(plain(doc.state)).toEqual([0, 1, 2]);
      expect(plainAll(doc.updates)).toEqual([[7]]);
    });

    it('foldLog run twice at once loses no update and leaves one state', async () => {
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 4; i++) await store.appendUpdate('a', bytes(i));
      const given: StoredDoc[] = [];
      const fold = (stored: StoredDoc) => (given.push(stored), concat(stored));
      const answers = await Promise.all([store.foldLog('a', fold), store.foldLog('a', fold)]);
      expect(answers).toContain(true);
      // A fold answering false was given nothing; one that ran after another was given its result.
      expect(given).toHaveLength(answers.filter(Boolean).length);
      expect(given.map((g) => [plain(g.state), plainAll(g.updates)])).toEqual([[[0], [[1], [2], [3], [4]]], ...given.slice(1).map(() => [[0, 1, 2, 3, 4], []])]);
      const doc = await store.load('a');
      expect(plain(doc.state)).toEqual([0, 1, 2, 3, 4]);
      expect(doc.updates).toEqual([]);
    });

    it('round-trips real Yjs updates, before and after compaction', async () => {
      const original = new Y.Doc();
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), Y.encodeStateAsUpdate(original));
      const writes: Promise<void>[] = [];
      original.on('update', (u: Uint8Array) => writes.push(store.appendUpdate('a', u)));
      original.getText('notes').insert(0, 'Fastlege');
      original.getMap('cells').set('r1', 'kommune');
      await Promise.all(writes);

      const restore = async () => {
        const { state, updates } = await store.load('a');
        const fresh = new Y.Doc();
        if (state) Y.applyUpdate(fresh, state);
        for (const u of updates) Y.applyUpdate(fresh, u);
        return fresh;
      };
      // A Y.Doc only lists shared types it was asked for, so name them explicitly.
      const content = (doc: Y.Doc) => ({ notes: doc.getText('notes').toString(), cells: doc.getMap('cells').toJSON() });
      expect(writes).toHaveLength(2);
      expect(content(await restore())).toEqual({ notes: 'Fastlege', cells: { r1: 'kommune' } });

      await store.compact('a', Y.encodeStateAsUpdate(original), await store.updateCount('a'));
      expect(await store.updateCount('a')).toBe(0);
      expect(content(await restore())).toEqual(content(original));
    });

    it('stores settings', async () => {
      expect(await store.getSetting('demoBoard')).toBeNull();
      await store.setSetting('demoBoard', 'a');
      await store.setSetting('demoBoard', 'b');
      expect(await store.getSetting('demoBoard')).toBe('b');
    });

    it('answers ping', async () => {
      expect(await store.ping()).toBe(true);
    });

    it('keeps everything across close and reopen when durable', async (ctx) => {
      if (!h.reopen) return ctx.skip();
      await store.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
      await store.createBoard(board('b', '2025-01-02T00:00:00.000Z'), bytes(0));
      for (let i = 1; i <= 4; i++) await store.appendUpdate('a', bytes(i));
      await store.compact('a', bytes(42), 2);
      await store.rotateKey('b');
      await store.setSetting('demoBoard', 'a');
      const unawaited = store.appendUpdate('b', bytes(7));
      await store.close();
      await unawaited;

      const again = await h.reopen();
      expect((await again.listBoards()).map((b) => [b.id, b.keyVersion])).toEqual([['a', 1], ['b', 2]]);
      const a = await again.load('a');
      expect(plain(a.state)).toEqual([42]);
      expect(plainAll(a.updates)).toEqual([[3], [4]]);
      expect(plainAll((await again.load('b')).updates)).toEqual([[7]]);
      expect(await again.getSetting('demoBoard')).toBe('a');
      expect(await again.ping()).toBe(true);
    });

    describe('comments', () => commentStoreContract(() => h));
    describe('proposals and history', () => proposalStoreContract(() => h));
    describe('breakout groups', () => breakoutStoreContract(() => h));
    describe('role keys and controls', () => controlStoreContract(() => h));
    describe('rating rounds', () => ratingStoreContract(() => h));
  });
}

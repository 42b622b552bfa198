import { expect, it } from 'vitest';
import type { BoardRecord } from '@/server/storage/board-store';
import type { StoresHarness } from './stores.contract';

const board = (id: string, createdAt: string): BoardRecord => ({
  id,
  title: `Board ${id}`,
  template: 'standard',
  keyVersion: 1,
  roleKeys: { facilitator: 1, editor: 1, commenter: 1, viewer: 1 },
  createdAt,
});
const created = { title: 'Verksted', template: 'standard', createdAt: '2025-03-01T10:00:00.000Z' };

const bytes = (...values: number[]) => new Uint8Array(values);
// Compared as plain arrays so a Buffer and a Uint8Array with equal bytes count as equal.
const plain = (u: Uint8Array | null) => (u ? Array.from(u) : null);

/**
 * The BoardStore contract (records, their first document state, and role keys), registered
 * inside storesContract so that every backend runs it; `harness` answers the fresh stores its
 * beforeEach made.
 */
export function boardStoreContract(harness: () => StoresHarness): void {
  it('creates, gets and lists boards in creation-time order, each with its first state in the log', async () => {
    const { boards, log } = harness().stores;
    await boards.createBoard(board('b', '2025-01-02T00:00:00.000Z'), bytes(2));
    await boards.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
    expect(await boards.getBoard('b')).toEqual(board('b', '2025-01-02T00:00:00.000Z'));
    expect(await boards.getBoard('missing')).toBeNull();
    expect((await boards.listBoards()).map((b) => b.id)).toEqual(['a', 'b']);
    expect(plain((await log.load('a')).state)).toEqual([1]);
  });

  it('rejects a duplicate board id and keeps the original', async () => {
    const { boards, log } = harness().stores;
    await boards.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(1));
    await expect(boards.createBoard({ ...board('a', '2025-02-01T00:00:00.000Z'), title: 'x' }, bytes(9))).rejects.toThrow();
    expect((await boards.getBoard('a'))?.title).toBe('Board a');
    expect(plain((await log.load('a')).state)).toEqual([1]);
  });

  it('rotateKey bumps the key version, and answers null for an unknown board', async () => {
    const { boards } = harness().stores;
    await boards.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes());
    expect((await boards.rotateKey('a'))?.keyVersion).toBe(2);
    expect((await boards.rotateKey('a'))?.keyVersion).toBe(3);
    expect((await boards.getBoard('a'))?.keyVersion).toBe(3);
    expect(await boards.rotateKey('missing')).toBeNull();
  });

  it('starts every role at the key version a board is created with', async () => {
    const { boards } = harness().stores;
    await boards.createBoard({ id: 'a', ...created, keyVersion: 3 }, new Uint8Array());
    expect((await boards.getBoard('a'))?.roleKeys).toEqual({ facilitator: 3, editor: 3, commenter: 3, viewer: 3 });
  });

  it('keeps role keys given at creation, with keyVersion the highest of them', async () => {
    const { boards } = harness().stores;
    const roleKeys = { facilitator: 1, editor: 4, commenter: 2, viewer: 1 };
    await boards.createBoard({ id: 'a', ...created, keyVersion: 1, roleKeys }, new Uint8Array());
    expect(await boards.getBoard('a')).toMatchObject({ keyVersion: 4, roleKeys });
  });

  it('rotates one role to a version no role had before, leaving the others', async () => {
    const { boards } = harness().stores;
    await boards.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    const first = await boards.rotateRoleKey('a', 'editor');
    expect(first).toMatchObject({ keyVersion: 2, roleKeys: { facilitator: 1, editor: 2, commenter: 1, viewer: 1 } });
    const second = await boards.rotateRoleKey('a', 'viewer');
    expect(second).toMatchObject({ keyVersion: 3, roleKeys: { facilitator: 1, editor: 2, commenter: 1, viewer: 3 } });
    expect(await boards.getBoard('a')).toEqual(second);
    expect(await boards.rotateRoleKey('missing', 'editor')).toBeNull();
  });

  it('rotates every role at once to the next version after a single role was rotated', async () => {
    const { boards } = harness().stores;
    await boards.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    await boards.rotateRoleKey('a', 'commenter');
    expect(await boards.rotateKey('a')).toMatchObject({ keyVersion: 3, roleKeys: { facilitator: 3, editor: 3, commenter: 3, viewer: 3 } });
  });

  it('hands out copies of board records, so a caller changing one cannot change what is stored', async () => {
    const { boards } = harness().stores;
    await boards.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    const record = (await boards.getBoard('a'))!;
    record.roleKeys.editor = 99;
    expect((await boards.getBoard('a'))?.roleKeys.editor).toBe(1);
  });

  it('keeps boards, their key versions and role keys across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    const { boards } = h.stores;
    await boards.createBoard(board('a', '2025-01-01T00:00:00.000Z'), bytes(0));
    await boards.createBoard(board('b', '2025-01-02T00:00:00.000Z'), bytes(0));
    await boards.createBoard({ id: 'c', ...created, keyVersion: 1 }, new Uint8Array());
    await boards.rotateKey('b');
    await boards.rotateRoleKey('c', 'editor');
    await h.stores.close();

    const again = (await h.reopen()).boards;
    expect((await again.listBoards()).map((b) => [b.id, b.keyVersion])).toEqual([['a', 1], ['b', 2], ['c', 2]]);
    expect((await again.getBoard('c'))?.roleKeys).toEqual({ facilitator: 1, editor: 2, commenter: 1, viewer: 1 });
  });
}

import { expect, it } from 'vitest';
import { INITIAL_CONTROL, type ControlRecord } from '@/lib/control';
import type { DocStoreHarness } from './doc-store.contract';

const created = { title: 'Verksted', template: 'standard', createdAt: '2025-03-01T10:00:00.000Z' };
const running: ControlRecord = {
  locked: true,
  lockedBy: 'Kari «fasilitator» 🙂',
  timer: { status: 'running', durationMs: 600_000, remainingMs: 600_000, endsAt: 1_750_000_600_000 },
  follow: { participantId: 'kari-0001', name: 'Kari' },
};

/** Per-role key versions and the control record, for every DocStore implementation. */
export function controlStoreContract(harness: () => DocStoreHarness): void {
  it('starts every role at the key version a board is created with', async () => {
    const { store } = harness();
    await store.createBoard({ id: 'a', ...created, keyVersion: 3 }, new Uint8Array());
    expect((await store.getBoard('a'))?.roleKeys).toEqual({ facilitator: 3, editor: 3, commenter: 3, viewer: 3 });
  });

  it('keeps role keys given at creation, with keyVersion the highest of them', async () => {
    const { store } = harness();
    const roleKeys = { facilitator: 1, editor: 4, commenter: 2, viewer: 1 };
    await store.createBoard({ id: 'a', ...created, keyVersion: 1, roleKeys }, new Uint8Array());
    expect(await store.getBoard('a')).toMatchObject({ keyVersion: 4, roleKeys });
  });

  it('rotates one role to a version no role had before, leaving the others', async () => {
    const { store } = harness();
    await store.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    const first = await store.rotateRoleKey('a', 'editor');
    expect(first).toMatchObject({ keyVersion: 2, roleKeys: { facilitator: 1, editor: 2, commenter: 1, viewer: 1 } });
    const second = await store.rotateRoleKey('a', 'viewer');
    expect(second).toMatchObject({ keyVersion: 3, roleKeys: { facilitator: 1, editor: 2, commenter: 1, viewer: 3 } });
    expect(await store.getBoard('a')).toEqual(second);
    expect(await store.rotateRoleKey('missing', 'editor')).toBeNull();
  });

  it('rotates every role at once to the next version after a single role was rotated', async () => {
    const { store } = harness();
    await store.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    await store.rotateRoleKey('a', 'commenter');
    expect(await store.rotateKey('a')).toMatchObject({ keyVersion: 3, roleKeys: { facilitator: 3, editor: 3, commenter: 3, viewer: 3 } });
  });

  it('hands out copies of board records, so a caller changing one cannot change what is stored', async () => {
    const { store } = harness();
    await store.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    const record = (await store.getBoard('a'))!;
    record.roleKeys.editor = 99;
    expect((await store.getBoard('a'))?.roleKeys.editor).toBe(1);
  });

  it('answers null before any control is stored, and the last record stored after, per board', async () => {
    const { store } = harness();
    expect(await store.getControl('a')).toBeNull();
    await store.setControl('a', INITIAL_CONTROL);
    await store.setControl('a', running);
    await store.setControl('b', INITIAL_CONTROL);
    expect(await store.getControl('a')).toEqual(running);
    expect(await store.getControl('b')).toEqual(INITIAL_CONTROL);
  });

  it('refuses a control record that breaks the schema and keeps the one before', async () => {
    const { store } = harness();
    await store.setControl('a', running);
    const broken = { ...running, timer: { ...running.timer, status: 'stopped' } } as unknown as ControlRecord;
    await expect(store.setControl('a', broken)).rejects.toThrow();
    expect(await store.getControl('a')).toEqual(running);
  });

  it('keeps role keys and controls across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.store.createBoard({ id: 'a', ...created, keyVersion: 1 }, new Uint8Array());
    await h.store.rotateRoleKey('a', 'editor');
    await h.store.setControl('a', running);
    await h.store.close();
    const again = await h.reopen();
    expect((await again.getBoard('a'))?.roleKeys).toEqual({ facilitator: 1, editor: 2, commenter: 1, viewer: 1 });
    expect(await again.getControl('a')).toEqual(running);
  });
}

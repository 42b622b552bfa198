import { describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/protocol';
import { keyScopeOf, type KeyScope } from '@/lib/roles';
import { boardRecordOf } from '../storage/board-store';
import { memoryStores } from '../storage/memory-stores';
import type { Stores } from '../storage/stores';
import { authorise } from './access';
import { createPresenterGrants, presenterKey, presenterToken, PRESENTER_TTL_SECONDS, rotatePresenterKey } from './presenter-grant';
import { checkTokenFor, linkToken, signToken, verifyToken } from './tokens';

const secret = 'a-test-secret-that-is-long-enough-1234';
const SIGN_IN_OFF = { on: false };
const now = 1_750_000_000;
const board = { id: 'board-abc123', keyVersion: 1, roleKeys: { facilitator: 1, editor: 1, commenter: 1, viewer: 1 } };

async function storeWithBoard(id = board.id) {
  const stores = memoryStores();
  await stores.boards.createBoard(boardRecordOf({ id, title: 'Tavle', template: 'dagens-ordning', keyVersion: 1, createdAt: new Date(0).toISOString() }), new Uint8Array([0, 0]));
  return stores;
}

/** A server's grants over `stores`, recording which sockets and feeds it was told to close. */
function grantsOver(stores: Stores) {
  const closed: { sockets: [string, number][]; feeds: [string, KeyScope][] } = { sockets: [], feeds: [] };
  const grants = createPresenterGrants({
    stores,
    secret,
    log: () => {},
    closeSockets: (boardId, k) => closed.sockets.push([boardId, k]),
    feed: { closeRole: (boardId, scope) => closed.feeds.push([boardId, scope]) },
  });
  return { grants, closed };
}

describe('presenter tokens', () => {
  it('are read-only, scoped to the presenter key and expire after a week', () => {
    const payload = presenterToken(board.id, 3, now);
    expect(payload).toEqual({ v: 1, b: board.id, r: 'viewer', k: 3, s: 'presenter', iat: now, exp: now + PRESENTER_TTL_SECONDS });
    expect(keyScopeOf(payload)).toBe('presenter');
    expect(verifyToken(signToken(payload, secret), secret, { now })).toEqual({ ok: true, value: payload });
    expect(verifyToken(signToken(payload, secret), secret, { now: now + PRESENTER_TTL_SECONDS }).ok).toBe(false);
  });

  it('check against the presenter key, not the viewer link: rotating the viewer link leaves them valid', () => {
    const payload = presenterToken(board.id, 1, now);
    expect(checkTokenFor(payload, { ...board, presenterKey: 1 }).ok).toBe(true);
    const viewerRotated = { ...board, keyVersion: 2, roleKeys: { ...board.roleKeys, viewer: 2 }, presenterKey: 1 };
    expect(checkTokenFor(payload, viewerRotated).ok).toBe(true);
    // Every participant role rotated at once still leaves the grant alone.
    const allRotated = { id: board.id, roleKeys: { facilitator: 5, editor: 6, commenter: 7, viewer: 8 }, presenterKey: 1 };
    expect(checkTokenFor(payload, allRotated).ok).toBe(true);
  });

  it('are revoked by their own rotation, and by a board record that names no presenter key', () => {
    const payload = presenterToken(board.id, 1, now);
    expect(checkTokenFor(payload, { ...board, presenterKey: 2 })).toEqual({ ok: false, errors: [{ kind: 'revoked', message: 'token was revoked by a key rotation' }] });
    // Without the presenter key the viewer key must not stand in for it, even when the numbers agree.
    expect(checkTokenFor(payload, board).ok).toBe(false);
  });

  it('leave the viewer link to its own key', () => {
    const viewer = linkToken(board.id, 'viewer', 1, now);
    expect(checkTokenFor(viewer, { ...board, presenterKey: 9 }).ok).toBe(true);
    expect(checkTokenFor(viewer, { ...board, roleKeys: { ...board.roleKeys, viewer: 2 }, presenterKey: 1 }).ok).toBe(false);
  });

  it('refuse another board', () => {
    const payload = presenterToken('board-other1', 1, now);
    expect(checkTokenFor(payload, { ...board, presenterKey: 1 })).toEqual({ ok: false, errors: [{ kind: 'wrong-board', message: 'token is for another board' }] });
  });
});

describe('the presenter key', () => {
  it('starts at 1 and moves on with each rotation, per board', async () => {
    const stores = await storeWithBoard();
    expect(await presenterKey(stores.settings, board.id)).toBe(1);
    expect(await rotatePresenterKey(stores.settings, board.id)).toBe(2);
    expect(await rotatePresenterKey(stores.settings, board.id)).toBe(3);
    expect(await presenterKey(stores.settings, board.id)).toBe(3);
    expect(await presenterKey(stores.settings, 'board-other1')).toBe(1);
  });

  it('refuses to guess from a garbled setting', async () => {
    const stores = await storeWithBoard();
    await stores.settings.setSetting(`presenter-key:${board.id}`, 'zero');
    await expect(presenterKey(stores.settings, board.id)).rejects.toThrow();
  });
});

describe('presenter grants through authorise', () => {
  it('open the board as a viewer, outlive a viewer link rotation, and end with their own rotation', async () => {
    const stores = await storeWithBoard();
    const { grants, closed } = grantsOver(stores);
    const before = Date.now();
    const first = await grants.mint(board.id);
    expect(first.link).toBe(`/b/${board.id}/present#t=${encodeURIComponent(first.token)}`);
    const expires = Date.parse(first.expiresAt) - PRESENTER_TTL_SECONDS * 1000;
    expect(expires).toBeGreaterThanOrEqual(before - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now());

    const opened = await authorise(first.token, board.id, stores, secret, SIGN_IN_OFF);
    expect(opened.ok && [opened.value.payload.r, opened.value.payload.s]).toEqual(['viewer', 'presenter']);

    await stores.boards.rotateRoleKey(board.id, 'viewer');
    expect((await authorise(first.token, board.id, stores, secret, SIGN_IN_OFF)).ok).toBe(true);
    expect(closed).toEqual({ sockets: [], feeds: [] });

    const second = await grants.rotate(board.id);
    expect(closed).toEqual({ sockets: [[board.id, 2]], feeds: [[board.id, 'presenter']] });
    expect(await authorise(first.token, board.id, stores, secret, SIGN_IN_OFF)).toMatchObject({ ok: false, errors: [{ status: 401, code: CLOSE.unauthorized }] });
    expect(await authorise(second.token, board.id, stores, secret, SIGN_IN_OFF)).toMatchObject({ ok: true, value: { payload: { k: 2, s: 'presenter' } } });
    // A grant minted after the rotation is for the new key as well.
    expect(await authorise((await grants.mint(board.id)).token, board.id, stores, secret, SIGN_IN_OFF)).toMatchObject({ ok: true });
  });

  it('refuses a grant on another board with 403', async () => {
    const stores = await storeWithBoard();
    await stores.boards.createBoard(boardRecordOf({ id: 'board-other1', title: 'Annen', template: 'dagens-ordning', keyVersion: 1, createdAt: new Date(0).toISOString() }), new Uint8Array([0, 0]));
    const { grants } = grantsOver(stores);
    const other = await grants.mint('board-other1');
    expect(await authorise(other.token, board.id, stores, secret, SIGN_IN_OFF)).toMatchObject({ ok: false, errors: [{ status: 403, code: CLOSE.forbidden }] });
    expect((await authorise(other.token, 'board-other1', stores, secret, SIGN_IN_OFF)).ok).toBe(true);
  });
});

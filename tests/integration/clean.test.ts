import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoardDoc, ROOT } from '@/lib/board-doc';
import { liveItems } from '@/lib/doc-depth';
import { CLOSE, MESSAGE, SYNC } from '@/lib/protocol';
import { MAX_STRING_LENGTH } from '@/server/sync/update-guard';
import { valueOf } from '@/server/metrics';
import { call } from './comment-client';
import { controlCall, controlOf } from './control-client';
import { cardLevel, connect, eventually, rawSocket, startServer, storedDoc, synced, type TestServer } from './harness';

/** A sync update frame around `update`, as a client of its own sends it. */
const updateFrame = (update: Uint8Array) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, SYNC.update);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

/** Sends updates on a fresh socket; answers the close it gets, or 'open' when none comes within `ms`. */
async function sendUpdates(server: TestServer, boardId: string, token: string, updates: Uint8Array[], ms = 1500) {
  const s = rawSocket(`${server.ws}/${boardId}?token=${token}`);
  await s.opened;
  for (const u of updates) if (s.ws.readyState === s.ws.OPEN) s.ws.send(updateFrame(u));
  const result = await Promise.race([s.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
  s.ws.terminate();
  return result;
}

/** A copy of the board as stored, and a way to take the changes made to it since as one update. */
async function editStored(server: TestServer, boardId: string) {
  const doc = await storedDoc(server.stores, boardId);
  const before = Y.encodeStateVector(doc);
  return { doc, since: () => Y.encodeStateAsUpdate(doc, before) };
}

const clean = (server: TestServer, boardId: string, token?: string) => call(server, 'POST', `/api/boards/${boardId}/clean`, { token });

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ MESSAGES_PER_SECOND: '1000' });
});
afterAll(async () => {
  await server.stop();
});

describe('cleaning a board', () => {
  it('removes what no reader uses from the live board; everyone sees it go and the stored board reads clean', async () => {
    const board = await server.board();
    // What an older version let in: a root the page never reads, a stray meta key, an unknown card.
    const old = await editStored(server, board.id);
    old.doc.transact(() => {
      for (let i = 0; i < 20; i++) old.doc.getMap('junk').set(`k${i}`, 'x'.repeat(1000));
      old.doc.getMap(ROOT.meta).set('søppel', 'x'.repeat(2000));
      const ghost = new Y.Map<unknown>();
      old.doc.getMap(ROOT.cards).set('ukjent-kort', ghost);
      ghost.set('level', 'kommune');
    });
    await server.stores.log.append(board.id, old.since());
    const viewer = connect(server.ws, board.id, board.tokens.viewer);
    await synced(viewer);
    expect(viewer.doc.getMap(ROOT.cards).has('ukjent-kort')).toBe(true);

    const r = await clean(server, board.id, board.tokens.facilitator);
    expect(r.status).toBe(200);
    expect(r.json.removed).toEqual(['card ukjent-kort', ...Array.from({ length: 20 }, (_, i) => `junk k${i}`).sort(), 'meta søppel']);
    expect(r.json.removedCount).toBe(22);
    expect(r.json.bytesAfter as number).toBeLessThan((r.json.bytesBefore as number) - 20_000);

    await eventually(() => {
      expect(viewer.doc.getMap(ROOT.cards).has('ukjent-kort')).toBe(false);
      expect(viewer.doc.getMap(ROOT.meta).has('søppel')).toBe(false);
    });
    const stored = await storedDoc(server.stores, board.id);
    expect(readBoardDoc(stored).skipped).toEqual([]);
    expect(liveItems(stored.share.get('junk')!)).toEqual([]);
    // A clean board cleans to nothing.
    expect((await clean(server, board.id, board.tokens.facilitator)).json).toMatchObject({ removed: [], removedCount: 0 });
    viewer.destroy();
  });

  it('is for facilitators only, and takes POST only', async () => {
    const board = await server.board();
    for (const role of ['editor', 'commenter', 'viewer'] as const) expect((await clean(server, board.id, board.tokens[role])).status, role).toBe(403);
    expect((await clean(server, board.id)).status).toBe(401);
    expect((await call(server, 'GET', `/api/boards/${board.id}/clean`, { token: board.tokens.facilitator })).status).toBe(405);
  });

  it('cleans a locked board', async () => {
    const board = await server.board();
    const old = await editStored(server, board.id);
    old.doc.getMap(ROOT.meta).set('søppel', 1);
    await server.stores.log.append(board.id, old.since());
    expect(controlOf(await controlCall(server, 'POST', board.id, 'control/lock', board.tokens.facilitator, { locked: true })).locked).toBe(true);
    expect((await clean(server, board.id, board.tokens.facilitator)).json.removed).toEqual(['meta søppel']);
    expect((await storedDoc(server.stores, board.id)).getMap(ROOT.meta).has('søppel')).toBe(false);
  });

  it('removes a card an older version stored 12 000 maps deep while a client watches, and the board then loads clean', async () => {
    const board = await server.board();
    const old = await editStored(server, board.id);
    old.doc.transact(() => {
      let m = old.doc.getMap(ROOT.cards).set('tsb', new Y.Map<unknown>());
      for (let i = 0; i < 12_000; i++) m = m.set('x', new Y.Map<unknown>());
    });
    await server.stores.log.append(board.id, old.since());
    const viewer = connect(server.ws, board.id, board.tokens.viewer);
    await synced(viewer, 20_000);
    expect(readBoardDoc(viewer.doc).skipped).toEqual(['card tsb']);

    const r = await clean(server, board.id, board.tokens.facilitator);
    expect(r.status).toBe(200);
    expect(r.json.removed).toEqual(['card tsb']);
    expect(r.json.bytesAfter as number).toBeLessThan(20_000);
    await eventually(() => expect(readBoardDoc(viewer.doc).skipped).toEqual([]), 10_000);
    viewer.destroy();
    const fresh = connect(server.ws, board.id, board.tokens.viewer);
    await synced(fresh);
    expect(readBoardDoc(fresh.doc).skipped).toEqual([]);
    expect(cardLevel(fresh.doc, 'tsb')).toBeUndefined();
    fresh.destroy();
  }, 60_000);
});

describe('updates the board refuses', () => {
  it('closes with 4422 on a card nested 12 000 maps deep or a root the board does not have, storing nothing; others go on', async () => {
    const board = await server.board();
    const bystander = connect(server.ws, board.id, board.tokens.editor);
    await synced(bystander);
    const before = Y.encodeStateAsUpdate(await storedDoc(server.stores, board.id));
    const refused = await valueOf(server.metrics.refusedUpdates);

    const deep = new Y.Doc();
    deep.transact(() => {
      let m = deep.getMap(ROOT.cards).set('tsb', new Y.Map<unknown>());
      for (let i = 0; i < 12_000; i++) m = m.set('x', new Y.Map<unknown>());
    });
    const junk = new Y.Doc();
    junk.getMap('junk').set('k', 1);
    for (const update of [Y.encodeStateAsUpdate(deep), Y.encodeStateAsUpdate(junk)]) {
      const closed = await sendUpdates(server, board.id, board.tokens.editor, [update], 5000);
      expect(closed).toMatchObject({ code: CLOSE.badContent });
    }
    expect((await valueOf(server.metrics.refusedUpdates)) - refused).toBe(2);
    expect(Y.encodeStateAsUpdate(await storedDoc(server.stores, board.id))).toEqual(before);
    (bystander.doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'tsb')).toBe('kommune'));
    bystander.destroy();
  }, 30_000);

  describe('on a board at its size limit', () => {
    let small: TestServer;
    beforeAll(async () => {
      small = await startServer({ MAX_DOC_BYTES: String(96 * 1024), MESSAGES_PER_SECOND: '1000' });
    });
    afterAll(async () => {
      await small.stop();
    });

    it('refuses growth with 4413 but takes deletions, and a clean makes room again', async () => {
      const board = await small.board();
      // Kept on the board throughout, so the room stays loaded and counts every update it stored.
      const bystander = connect(small.ws, board.id, board.tokens.viewer);
      await synced(bystander);
      let n = 0;
      /** A client with the board as stored, and an edit of it as one update. */
      const clientOfStored = async () => {
        const client = new Y.Doc();
        Y.applyUpdate(client, Y.encodeStateAsUpdate(await storedDoc(small.stores, board.id)));
        return (change: (d: Y.Doc) => void) => {
          const before = Y.encodeStateVector(client);
          client.transact(() => change(client));
          return Y.encodeStateAsUpdate(client, before);
        };
      };
      // Filled in ever smaller steps until even a small change does not fit; each step starts from
      // the board as stored, since the update refused last is not on it.
      for (const size of [MAX_STRING_LENGTH, 200, 1]) {
        const edit = await clientOfStored();
        const junk = Array.from({ length: 120 }, () => edit((d) => d.getMap(ROOT.meta).set(`junk-${n++}`, 'x'.repeat(size))));
        expect(await sendUpdates(small, board.id, board.tokens.editor, junk), `step of ${size}`).toMatchObject({ code: CLOSE.tooLarge });
      }
      const edit = await clientOfStored();
      const title = edit((d) => d.getMap(ROOT.meta).set('title', 'Verksted, andre runde'));
      expect(await sendUpdates(small, board.id, board.tokens.facilitator, [title])).toMatchObject({ code: CLOSE.tooLarge });
      const held = await storedDoc(small.stores, board.id);
      const stray = [...held.getMap(ROOT.meta).keys()].filter((k) => k.startsWith('junk-'));
      const deletion = (await clientOfStored())((d) => d.getMap(ROOT.meta).delete(stray[0]!));
      expect(await sendUpdates(small, board.id, board.tokens.editor, [deletion])).toBe('open');
      expect((await storedDoc(small.stores, board.id)).getMap(ROOT.meta).has(stray[0]!)).toBe(false);

      const r = await clean(small, board.id, board.tokens.facilitator);
      expect(r.status).toBe(200);
      expect(r.json.removed).toEqual(stray.slice(1).map((k) => `meta ${k}`).sort());
      expect(r.json.bytesAfter as number).toBeLessThan((r.json.bytesBefore as number) / 4);
      await eventually(() => expect([...bystander.doc.getMap(ROOT.meta).keys()].filter((k) => k.startsWith('junk-'))).toEqual([]));
      const mover = connect(small.ws, board.id, board.tokens.editor);
      await synced(mover);
      (mover.doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>).set('level', 'kommune');
      await eventually(async () => expect(cardLevel(await storedDoc(small.stores, board.id), 'tsb')).toBe('kommune'));
      mover.destroy();
      bystander.destroy();
    }, 30_000);
  });
});

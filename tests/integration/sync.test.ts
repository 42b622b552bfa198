import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '@/server/metrics';
import { cardLevel, connect, eventually, startServer, storedDoc, synced, type Client, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const cards = (doc: Y.Doc) => doc.getMap('cards');
const levels = ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'];

describe('sync with the stock y-websocket client', () => {
  it('ten editors making random concurrent edits converge, and storage holds the same state', async () => {
    const board = await server.board();
    const clients: Client[] = Array.from({ length: 10 }, () => connect(server.ws, board.id, board.tokens.editor));
    await Promise.all(clients.map((c) => synced(c)));
    const ids = [...cards(clients[0]!.doc).keys()];
    expect(ids.length).toBeGreaterThanOrEqual(30);
    // Deterministic pseudo-random edits so a failure can be replayed.
    let seed = 42;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let round = 0; round < 20; round++) {
      for (const c of clients) {
        const card = cards(c.doc).get(ids[rand(ids.length)]!) as Y.Map<unknown>;
        c.doc.transact(() => {
          card.set('level', levels[rand(levels.length)]!);
          card.set('order', `a${rand(1000)}`);
        });
      }
      await new Promise((r) => setTimeout(r, rand(5)));
    }
    const reference = () => JSON.stringify(cards(clients[0]!.doc).toJSON());
    await eventually(() => {
      for (const c of clients) expect(JSON.stringify(cards(c.doc).toJSON())).toBe(reference());
    }, 10_000);
    const stored = await storedDoc(server.stores, board.id);
    expect(JSON.stringify(cards(stored).toJSON())).toBe(reference());
    clients.forEach((c) => c.destroy());
  });

  it('viewer and commenter edits reach neither other clients nor storage, while they receive edits live', async () => {
    const board = await server.board();
    const editor = connect(server.ws, board.id, board.tokens.editor);
    const viewer = connect(server.ws, board.id, board.tokens.viewer);
    const commenter = connect(server.ws, board.id, board.tokens.commenter);
    const observer = connect(server.ws, board.id, board.tokens.editor);
    await Promise.all([editor, viewer, commenter, observer].map((c) => synced(c)));
    const dropsBefore = await valueOf(server.metrics.droppedWrites);

    (cards(viewer.doc).get('legevakt') as Y.Map<unknown>).set('level', 'fylkeskommune');
    (cards(commenter.doc).get('dps') as Y.Map<unknown>).set('level', 'kommune');
    (cards(editor.doc).get('bup') as Y.Map<unknown>).set('level', 'kommune');

    // The editor's move arrives everywhere, the read-only roles included.
    await eventually(() => {
      for (const c of [viewer, commenter, observer]) expect(cardLevel(c.doc, 'bup')).toBe('kommune');
    });
    await eventually(async () => expect(await valueOf(server.metrics.droppedWrites)).toBeGreaterThanOrEqual(dropsBefore + 2));
    expect(cardLevel(observer.doc, 'legevakt')).toBe('kommune');
    expect(cardLevel(observer.doc, 'dps')).toBe('spesialisthelsetjenesten');
    const stored = await storedDoc(server.stores, board.id);
    expect(cardLevel(stored, 'legevakt')).toBe('kommune');
    expect(cardLevel(stored, 'dps')).toBe('spesialisthelsetjenesten');
    expect(cardLevel(stored, 'bup')).toBe('kommune');
    [editor, viewer, commenter, observer].forEach((c) => c.destroy());
  });

  it('stamps presence with the identity from the token, not the one the client claims', async () => {
    const board = await server.board();
    const join = await fetch(`${server.http}/api/boards/${board.id}/join`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.tokens.commenter}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Kari', organisation: 'KS' }),
    }).then((r) => r.json() as Promise<{ token: string }>);
    const kari = connect(server.ws, board.id, join.token);
    const other = connect(server.ws, board.id, board.tokens.viewer);
    await Promise.all([synced(kari), synced(other)]);
    kari.provider.awareness.setLocalStateField('user', { name: 'Statsministeren', organisation: 'Regjeringen', role: 'facilitator', colour: '#ff0000' });
    await eventually(() => {
      const state = other.provider.awareness.getStates().get(kari.doc.clientID) as { user?: Record<string, unknown> } | undefined;
      expect(state?.user).toMatchObject({ name: 'Kari', organisation: 'KS', role: 'commenter', colour: '#ff0000' });
    });
    kari.destroy();
    other.destroy();
  });

  it('relays updates of every frame length intact, each framed once for all peers', async () => {
    const board = await server.board();
    const editor = connect(server.ws, board.id, board.tokens.editor);
    const viewers = [connect(server.ws, board.id, board.tokens.viewer), connect(server.ws, board.id, board.tokens.viewer)];
    await Promise.all([editor, ...viewers].map((c) => synced(c)));
    // Updates of 10 B to 200 kB, as meta texts within the board's text bound, one transaction
    // per size: relayed frames with 7-, 16- and 64-bit lengths.
    const sizes = [10, 100, 1_000, 70_000, 200_000];
    const meta = editor.doc.getMap('meta');
    for (const [i, n] of sizes.entries()) {
      editor.doc.transact(() => {
        for (let k = 0; k * 4000 < n; k++) meta.set(`n${i}-${k}`, String.fromCharCode(97 + i).repeat(Math.min(4000, n - k * 4000)));
      });
    }
    const expected = JSON.stringify(meta.toJSON());
    await eventually(() => {
      for (const v of viewers) expect(JSON.stringify(v.doc.getMap('meta').toJSON())).toBe(expected);
    });
    [editor, ...viewers].forEach((c) => c.destroy());
  });

  it('relays an update whose immediate write failed once a retry stored it, and keeps later updates behind it', async () => {
    const board = await server.board();
    const editor = connect(server.ws, board.id, board.tokens.editor);
    const viewer = connect(server.ws, board.id, board.tokens.viewer);
    await Promise.all([synced(editor), synced(viewer)]);
    const { log } = server.stores;
    const writeNow = log.appendNow!.bind(log);
    let calls = 0;
    log.appendNow = (boardId, update) => {
      if (++calls === 1) throw new Error('disk busy');
      writeNow(boardId, update);
    };
    const seen: string[] = [];
    cards(viewer.doc).observeDeep(() => seen.push(`${cardLevel(viewer.doc, 'legevakt')} ${cardLevel(viewer.doc, 'dps')}`));
    try {
      (cards(editor.doc).get('legevakt') as Y.Map<unknown>).set('level', 'fylkeskommune');
      (cards(editor.doc).get('dps') as Y.Map<unknown>).set('level', 'kommune');
      await eventually(() => expect(cardLevel(viewer.doc, 'dps')).toBe('kommune'));
    } finally {
      // The instance's own property goes; the log's method is back.
      delete (log as Partial<typeof log>).appendNow;
    }
    expect(calls).toBeGreaterThanOrEqual(1);
    expect(seen).toEqual(['fylkeskommune spesialisthelsetjenesten', 'fylkeskommune kommune']);
    const stored = await storedDoc(server.stores, board.id);
    expect([cardLevel(stored, 'legevakt'), cardLevel(stored, 'dps')]).toEqual(['fylkeskommune', 'kommune']);
    [editor, viewer].forEach((c) => c.destroy());
  });
});

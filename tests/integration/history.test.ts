import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveCard } from '@/lib/board-ops';
import { historyEntrySchema, type HistoryEntry } from '@/lib/history';
import { valueOf } from '@/server/metrics';
import { call, join } from './comment-client';
import { cardLevel, connect, eventually, startServer, storedDoc, synced, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const LOCAL = Symbol('local edit');
const historyPath = (boardId: string, query = '') => `/api/boards/${boardId}/history${query}`;

/** The board's history as the API answers it, each entry checked against the shared schema. */
async function history(s: TestServer, boardId: string, token: string, query = ''): Promise<HistoryEntry[]> {
  const r = await call(s, 'GET', historyPath(boardId, query), { token });
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return (r.json.entries as unknown[]).map((e) => historyEntrySchema.parse(e));
}

const levelOf = (entry: HistoryEntry | undefined, card: string) => entry?.allocation.placements.find((p) => p.responsibility === card)?.level;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('GET /api/boards/<id>/history', () => {
  it('starts with the board as it was, then records an editor’s move naming who made it', async () => {
    const board = await server.board();
    const edith = await join(server, board.id, board.tokens.editor, 'Edith', 'Helse Nord');
    const client = connect(server.ws, board.id, edith.token);
    await synced(client);
    const [start, ...rest] = await history(server, board.id, board.tokens.viewer);
    expect(rest).toEqual([]);
    expect(start).toMatchObject({ seq: 1, actors: [], changes: [], custom: [] });
    expect(levelOf(start, 'legevakt')).toBe('kommune');

    expect(moveCard(client.doc, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, LOCAL).ok).toBe(true);
    await eventually(async () => expect(await history(server, board.id, edith.token)).toHaveLength(2));
    const [, moved] = await history(server, board.id, board.tokens.commenter);
    expect(moved).toMatchObject({
      seq: 2,
      actors: [{ participantId: edith.id, name: 'Edith', organisation: 'Helse Nord', role: 'editor' }],
      changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }],
    });
    expect(levelOf(moved, 'legevakt')).toBe('fylkeskommune');
    expect(Date.parse(moved!.at)).toBeGreaterThanOrEqual(Date.parse(start!.at));
    client.destroy();
  });

  it('adds nothing for a viewer’s forced local edit, and names only the editor in the next entry', async () => {
    const board = await server.board();
    const vera = await join(server, board.id, board.tokens.viewer, 'Vera');
    const edith = await join(server, board.id, board.tokens.editor, 'Edith');
    const viewer = connect(server.ws, board.id, vera.token);
    const editor = connect(server.ws, board.id, edith.token);
    await Promise.all([synced(viewer), synced(editor)]);
    const dropped = await valueOf(server.metrics.droppedWrites);

    expect(moveCard(viewer.doc, { card: 'dps', toLevel: 'kommune', index: 0 }, LOCAL).ok).toBe(true);
    await eventually(async () => expect(await valueOf(server.metrics.droppedWrites)).toBeGreaterThan(dropped));
    // Longer than the recorder waits for quiet, so an entry would have been written by now.
    await sleep(1000);
    expect(await history(server, board.id, vera.token)).toHaveLength(1);

    moveCard(editor.doc, { card: 'bup', toLevel: 'kommune', index: 0 }, LOCAL);
    await eventually(async () => expect(await history(server, board.id, vera.token)).toHaveLength(2));
    const [, entry] = await history(server, board.id, vera.token);
    expect(entry!.actors).toEqual([{ participantId: edith.id, name: 'Edith', organisation: 'Bodø kommune', role: 'editor' }]);
    expect(entry!.changes).toEqual([{ kind: 'move', card: 'bup', from: 'spesialisthelsetjenesten', to: 'kommune' }]);
    expect(levelOf(entry, 'dps')).toBe('spesialisthelsetjenesten');
    viewer.destroy();
    editor.destroy();
  });

  it('pages with after and limit, and refuses a bad query with 400 and the field at fault', async () => {
    const board = await server.board();
    const client = connect(server.ws, board.id, board.tokens.editor);
    await synced(client);
    const cards = ['legevakt', 'fastlege', 'kad'];
    for (const [i, card] of cards.entries()) {
      moveCard(client.doc, { card, toLevel: 'spesialisthelsetjenesten', index: 0 }, LOCAL);
      await eventually(async () => expect(await history(server, board.id, board.tokens.viewer)).toHaveLength(i + 2));
    }
    const token = board.tokens.viewer;
    // A link token names no participant: the entry names the link's role and its guest name.
    expect((await history(server, board.id, token))[1]!.actors).toEqual([{ participantId: null, name: 'Gjest', organisation: '', role: 'editor' }]);
    expect((await history(server, board.id, token, '?after=1&limit=2')).map((e) => e.seq)).toEqual([2, 3]);
    expect((await history(server, board.id, token, '?after=3')).map((e) => e.changes)).toEqual([[{ kind: 'move', card: 'kad', from: 'kommune', to: 'spesialisthelsetjenesten' }]]);
    expect((await history(server, board.id, token, '?after=&limit=')).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    for (const [query, field] of [['?limit=0', 'limit'], ['?limit=1001', 'limit'], ['?limit=2.5', 'limit'], ['?after=-1', 'after'], ['?after=tre', 'after']] as const) {
      const r = await call(server, 'GET', historyPath(board.id, query), { token });
      expect([r.status, r.json.error], query).toEqual([400, 'invalid query']);
      expect(Object.keys(r.json.fields ?? {}), query).toEqual([field]);
    }
    client.destroy();
  });

  it('answers 401 without a valid token, 403 for another board’s token, 404 for an unknown board and 405 for other methods', async () => {
    const board = await server.board();
    const other = await server.board();
    expect((await call(server, 'GET', historyPath(board.id))).status).toBe(401);
    expect((await call(server, 'GET', historyPath(board.id), { token: 'not-a-token' })).status).toBe(401);
    expect((await call(server, 'GET', historyPath(board.id), { token: other.tokens.facilitator })).status).toBe(403);
    expect((await call(server, 'GET', historyPath('ukjent-brett-0000'), { token: board.tokens.viewer })).status).toBe(404);
    const post = await call(server, 'POST', historyPath(board.id), { token: board.tokens.facilitator, body: {} });
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET']);
  });
});

describe('history across a restart', () => {
  it('keeps every entry, records an edit still pending at shutdown, and starts no second history', async () => {
    const first = await startServer();
    const board = await first.board();
    const edith = await join(first, board.id, board.tokens.editor, 'Edith');
    const client = connect(first.ws, board.id, edith.token);
    await synced(client);
    moveCard(client.doc, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, LOCAL);
    await eventually(async () => expect(await history(first, board.id, edith.token)).toHaveLength(2));
    // Stored, but closed well within the recorder's quiet time: the shutdown must write it.
    moveCard(client.doc, { card: 'fastlege', toLevel: 'spesialisthelsetjenesten', index: 0 }, LOCAL);
    await eventually(async () => expect(cardLevel(await storedDoc(first.stores, board.id), 'fastlege')).toBe('spesialisthelsetjenesten'));
    client.destroy();
    await first.close();

    const second = await startServer({}, { dataDir: first.dataDir });
    try {
      const entries = await history(second, board.id, edith.token);
      expect(entries.map((e) => [e.seq, e.actors.map((a) => a.name), e.changes.map((c) => c.kind === 'move' && c.card)])).toEqual([
        [1, [], []],
        [2, ['Edith'], ['legevakt']],
        [3, ['Edith'], ['fastlege']],
      ]);
      const again = connect(second.ws, board.id, edith.token);
      await synced(again);
      await sleep(600);
      expect(await history(second, board.id, edith.token)).toEqual(entries);
      again.destroy();
    } finally {
      await second.stop();
    }
  });
});

import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, SYNC_SUBPROTOCOL } from '@/lib/protocol';
import { valueOf } from '@/server/metrics';
import { cardLevel, connect, eventually, rawSocket, startServer, storedDoc, synced, type TestServer } from './harness';

const ALLOWED = 'https://allowed.example';
const logged: { event: string; fields: Record<string, unknown> }[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ ALLOWED_ORIGINS: ALLOWED }, { log: (event, fields = {}) => logged.push({ event, fields }) });
});
afterAll(async () => {
  await server.stop();
});

/** A socket to the sync endpoint with ws client options, resolving with how it opened and closed. */
function socket(url: string, protocols: string[] = [], options: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(url, protocols, options);
  const opened = new Promise<string>((resolve) => ws.on('open', () => resolve(ws.protocol)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  ws.on('error', () => {});
  return { ws, opened, closed };
}

/** The stock provider as the page runs it: the token offered as a subprotocol, none in the URL. */
function connectWithProtocol(boardId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.ws, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    protocols: [SYNC_SUBPROTOCOL, token],
    disableBc: true,
    maxBackoffTime: 60_000,
  });
  return { doc, provider, destroy: () => provider.destroy() };
}

describe('origin check on the sync upgrade', () => {
  it('refuses a browser on another origin with 4403 and counts it', async () => {
    const board = await server.board();
    const refused = await valueOf(server.metrics.refusedRequests);
    const evil = socket(`${server.ws}/${board.id}?token=${board.tokens.editor}`, [], { origin: 'https://evil.example' });
    expect(await evil.closed).toEqual({ code: CLOSE.forbidden, reason: 'origin not allowed' });
    expect((await valueOf(server.metrics.refusedRequests)) - refused).toBe(1);
    expect(server.rooms.resident(board.id)).toBeUndefined();
  });

  it('lets in the server’s own origin, an allowed one and a client without an Origin', async () => {
    const board = await server.board();
    const url = `${server.ws}/${board.id}?token=${board.tokens.viewer}`;
    const sockets = [socket(url, [], { origin: ALLOWED }), socket(url, [], { origin: new URL(server.http).origin }), socket(url)];
    await Promise.all(sockets.map((s) => s.opened));
    const room = await server.rooms.resident(board.id)!;
    await eventually(() => expect(room.peers.size).toBe(3));
    sockets.forEach((s) => s.ws.close());
  });
});

describe('token as a subprotocol', () => {
  it('syncs and edits with the token offered after the subprotocol, answering with the subprotocol', async () => {
    const board = await server.board();
    const editor = connectWithProtocol(board.id, board.tokens.editor);
    await synced(editor);
    expect(editor.provider.ws?.protocol).toBe(SYNC_SUBPROTOCOL);
    expect(editor.provider.ws?.url).not.toContain(board.tokens.editor);
    (editor.doc.getMap('cards').get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'tsb')).toBe('kommune'));
    editor.destroy();
  });

  it('takes the role from the offered token, so a viewer’s edits are dropped', async () => {
    const board = await server.board();
    const viewer = connectWithProtocol(board.id, board.tokens.viewer);
    await synced(viewer);
    const dropped = await valueOf(server.metrics.droppedWrites);
    (viewer.doc.getMap('cards').get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(async () => expect(await valueOf(server.metrics.droppedWrites)).toBeGreaterThan(dropped));
    expect(cardLevel(await storedDoc(server.stores, board.id), 'tsb')).not.toBe('kommune');
    viewer.destroy();
  });

  it('refuses a bad offered token with a close code a browser can read, and keeps it out of the log', async () => {
    const board = await server.board();
    const other = await server.board();
    const bad = socket(`${server.ws}/${board.id}`, [SYNC_SUBPROTOCOL, 'not.a-token']);
    // The handshake names the subprotocol, or a browser would fail it before the close code arrived.
    expect(await bad.opened).toBe(SYNC_SUBPROTOCOL);
    expect((await bad.closed).code).toBe(CLOSE.unauthorized);
    const foreign = socket(`${server.ws}/${board.id}`, [SYNC_SUBPROTOCOL, other.tokens.editor]);
    expect((await foreign.closed).code).toBe(CLOSE.forbidden);
    expect(JSON.stringify(logged)).not.toContain(other.tokens.editor);
  });

  it('still takes ?token= from tools that cannot set subprotocols', async () => {
    const board = await server.board();
    const tool = connect(server.ws, board.id, board.tokens.viewer);
    await synced(tool);
    tool.destroy();
  });
});

describe('a board that cannot be loaded', () => {
  it('closes with 4500 and holds nothing, and the next try loads it', async () => {
    const board = await server.board();
    const { log } = server.stores;
    log.load = () => Promise.reject(new Error('database down'));
    try {
      const s = rawSocket(`${server.ws}/${board.id}?token=${board.tokens.editor}`);
      expect(await s.closed).toEqual({ code: CLOSE.loadFailed, reason: 'board could not be loaded; try again' });
    } finally {
      delete (log as Partial<typeof log>).load;
    }
    expect(logged.some((l) => l.event === 'board-load-failed' && l.fields.board === board.id)).toBe(true);
    expect(server.rooms.resident(board.id)).toBeUndefined();
    const again = connect(server.ws, board.id, board.tokens.editor);
    await synced(again);
    again.destroy();
  });

  it('closes with 4500 when the board record cannot be read either', async () => {
    const board = await server.board();
    const { boards } = server.stores;
    boards.getBoard = () => Promise.reject(new Error('database down'));
    try {
      const s = rawSocket(`${server.ws}/${board.id}?token=${board.tokens.editor}`);
      expect((await s.closed).code).toBe(CLOSE.loadFailed);
    } finally {
      delete (boards as Partial<typeof boards>).getBoard;
    }
  });
});

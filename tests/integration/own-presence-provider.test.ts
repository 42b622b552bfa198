import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE } from '@/lib/protocol';
import { OwnPresenceProvider, OWN_PRESENCE_MS } from '@/app/b/[id]/own-presence-provider';
import { connect, eventually, startServer, synced, type Client, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

type Entry = { clientId: number; state: unknown };

/** The socket class a provider is given: the real `ws` client, keeping a copy of every frame it sends. */
function recordingSocket(sent: Uint8Array[]) {
  return class RecordingSocket extends WebSocket {
    override send(data: Uint8Array): void {
      sent.push(new Uint8Array(data));
      super.send(data);
    }
  } as unknown as typeof globalThis.WebSocket;
}

/** The presence entries in the awareness frames among `frames`, in the order they were sent. */
function presenceSent(frames: readonly Uint8Array[]): Entry[] {
  const entries: Entry[] = [];
  for (const frame of frames) {
    const d = decoding.createDecoder(frame);
    if (decoding.readVarUint(d) !== MESSAGE.awareness) continue;
    entries.push(...entriesOf(decoding.readVarUint8Array(d)));
  }
  return entries;
}

function entriesOf(update: Uint8Array): Entry[] {
  const u = decoding.createDecoder(update);
  const entries: Entry[] = [];
  for (let n = decoding.readVarUint(u); n > 0; n--) {
    const clientId = decoding.readVarUint(u);
    decoding.readVarUint(u);
    entries.push({ clientId, state: JSON.parse(decoding.readVarString(u)) as unknown });
  }
  return entries;
}

/** A provider of the given kind whose sent frames are recorded. */
function recorded(Kind: typeof WebsocketProvider, boardId: string, token: string) {
  const frames: Uint8Array[] = [];
  const doc = new Y.Doc();
  const provider = new Kind(server.ws, boardId, doc, { WebSocketPolyfill: recordingSocket(frames), params: { token }, disableBc: true });
  return { doc, provider, frames, destroy: () => provider.destroy() } satisfies Client & { frames: Uint8Array[] };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dragOf = (client: Client, clientId: number) => (client.provider.awareness.getStates().get(clientId) as { drag?: { card: string } } | undefined)?.drag?.card;

describe('OwnPresenceProvider', () => {
  it('sends only its own presence, while a stock provider beside it echoes everyone it hears', async () => {
    const board = await server.board();
    const remotes = [connect(server.ws, board.id, board.tokens.editor), connect(server.ws, board.id, board.tokens.editor)];
    const own = recorded(OwnPresenceProvider, board.id, board.tokens.editor);
    const stock = recorded(WebsocketProvider, board.id, board.tokens.editor);
    const everyone = [...remotes, own, stock];
    try {
      await Promise.all(everyone.map((c) => synced(c)));
      for (const c of everyone) c.provider.awareness.setLocalStateField('drag', null);
      // Remote drags, spaced under the server's presence rate so none of them is dropped there.
      for (let i = 1; i <= 15; i++) {
        for (const r of remotes) r.provider.awareness.setLocalStateField('drag', { card: `card-${i}`, level: null });
        await pause(60);
      }
      for (const listener of [own, stock]) {
        await eventually(() => expect(remotes.map((r) => dragOf(listener, r.doc.clientID))).toEqual(['card-15', 'card-15']));
      }
      own.provider.awareness.setLocalStateField('drag', { card: 'legevakt', level: 'kommune' });
      await eventually(() => expect(dragOf(remotes[0]!, own.doc.clientID)).toBe('legevakt'));

      const ownSent = presenceSent(own.frames);
      expect(ownSent.filter((e) => e.clientId !== own.doc.clientID)).toEqual([]);
      expect(ownSent.some((e) => (e.state as { drag?: { card: string } } | null)?.drag?.card === 'legevakt')).toBe(true);
      // The same traffic makes the stock provider send the remote states back, at least once per remote change it heard.
      const echoes = presenceSent(stock.frames).filter((e) => e.clientId !== stock.doc.clientID);
      expect(new Set(echoes.map((e) => e.clientId))).toEqual(new Set([...remotes, own].map((c) => c.doc.clientID)));
      expect(echoes.length).toBeGreaterThanOrEqual(15);

      // Asked for presence, it answers with its own state, not the board's.
      const encoder = encoding.createEncoder();
      own.provider.messageHandlers[MESSAGE.queryAwareness]!(encoder, decoding.createDecoder(new Uint8Array()), own.provider, false, MESSAGE.queryAwareness);
      const answer = decoding.createDecoder(encoding.toUint8Array(encoder));
      expect(decoding.readVarUint(answer)).toBe(MESSAGE.awareness);
      expect(entriesOf(decoding.readVarUint8Array(answer)).map((e) => e.clientId)).toEqual([own.doc.clientID]);
    } finally {
      for (const c of everyone) c.destroy();
    }
  });

  it('sends at most one own state per budget window, ending with the latest', async () => {
    const board = await server.board();
    const remote = connect(server.ws, board.id, board.tokens.editor);
    const own = recorded(OwnPresenceProvider, board.id, board.tokens.editor);
    try {
      await Promise.all([synced(remote), synced(own)]);
      own.frames.length = 0;
      const started = Date.now();
      // A drag at pointer speed: a change every 5 ms for a second.
      for (let i = 1; i <= 200; i++) {
        own.provider.awareness.setLocalStateField('drag', { card: `card-${i}`, level: null });
        await pause(5);
      }
      const elapsed = Date.now() - started;
      await pause(OWN_PRESENCE_MS * 2);
      const sent = presenceSent(own.frames);
      expect(sent.length).toBeGreaterThan(3);
      expect(sent.length).toBeLessThanOrEqual(Math.ceil(elapsed / OWN_PRESENCE_MS) + 1);
      expect((sent.at(-1)!.state as { drag: { card: string } }).drag.card).toBe('card-200');
      await eventually(() => expect(dragOf(remote, own.doc.clientID)).toBe('card-200'));
    } finally {
      remote.destroy();
      own.destroy();
    }
  });

  it('sends its removal at once when the process exits and when it is destroyed', async () => {
    const board = await server.board();
    const remote = connect(server.ws, board.id, board.tokens.editor);
    const leaving = recorded(OwnPresenceProvider, board.id, board.tokens.editor);
    const destroyed = recorded(OwnPresenceProvider, board.id, board.tokens.editor);
    try {
      await Promise.all([remote, leaving, destroyed].map((c) => synced(c)));
      for (const c of [leaving, destroyed]) c.provider.awareness.setLocalStateField('drag', { card: 'legevakt', level: null });
      await eventually(() => expect([leaving, destroyed].map((c) => dragOf(remote, c.doc.clientID))).toEqual(['legevakt', 'legevakt']));

      // Within the budget window of the last change, so only an immediate send gets it out now.
      leaving.provider.awareness.setLocalStateField('drag', { card: 'fastlege', level: null });
      leaving.provider._exitHandler();
      expect(presenceSent(leaving.frames).at(-1)).toEqual({ clientId: leaving.doc.clientID, state: null });
      await eventually(() => expect(remote.provider.awareness.getStates().has(leaving.doc.clientID)).toBe(false));

      destroyed.provider.destroy();
      expect(presenceSent(destroyed.frames).at(-1)).toEqual({ clientId: destroyed.doc.clientID, state: null });
      await eventually(() => expect(remote.provider.awareness.getStates().has(destroyed.doc.clientID)).toBe(false));
    } finally {
      for (const c of [remote, leaving, destroyed]) c.destroy();
    }
  });
});

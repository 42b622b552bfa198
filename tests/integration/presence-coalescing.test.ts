import { Redis } from 'ioredis';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { CLOSE, SYNC_PATH } from '@/lib/protocol';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import { RedisFanout } from '@/server/fanout/redis-fanout';
import { silentLogger } from '@/server/log';
import { memoryStores } from '@/server/storage/memory-stores';
import { valueOf } from '@/server/metrics';
import { connect, eventually, SECRET, startServer, synced, type Client, type TestServer } from './harness';
import { presenceEntries as entriesOf, presenceFrame, type PresenceEntry as Entry } from './presence-frames';
import { shared } from './services/shared-store';
import { suiteTitle } from './services/skip';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';

/** One awareness frame as a socket received it: when, and the entries it held (null states for removals). */
type Seen = { at: number; entries: Entry[] };

/** A raw editor or viewer socket that records every awareness frame it receives and every close. */
async function rawPeer(wsBase: string, boardId: string, token: string) {
  const ws = new WebSocket(`${wsBase}/${boardId}?token=${token}`);
  const frames: Seen[] = [];
  let close: { code: number } | null = null;
  const closed = new Promise<{ code: number }>((resolve) => ws.on('close', (code) => resolve((close = { code }))));
  ws.on('message', (data: Buffer) => {
    const entries = entriesOf(data);
    if (entries) frames.push({ at: performance.now(), entries });
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    frames,
    closed,
    close: () => close,
    send: (entries: Entry[]) => ws.send(presenceFrame(entries)),
    /** Awareness frames received since `since` (a performance.now() time). */
    framesSince: (since: number) => frames.filter((f) => f.at >= since),
  };
}

type RawPeer = Awaited<ReturnType<typeof rawPeer>>;

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const statesIn = (frame: Seen) => frame.entries.filter(([, , state]) => state !== null).map(([id]) => id);
/** The client ids with a state in any of `frames`, each once, in order. */
const idsIn = (frames: Seen[]) => [...new Set(frames.flatMap(statesIn))].sort((x, y) => x - y);
const closeAll = (peers: RawPeer[]) => peers.forEach((p) => p.ws.close());

describe('presence coalesced per board', () => {
  const TICK_MS = 150;
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ PRESENCE_TICK_MS: String(TICK_MS) });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('sends several peers’ changes within one tick to a watcher as one frame holding all their states', async () => {
    const board = await server.board();
    const watcher = await rawPeer(server.ws, board.id, board.tokens.viewer);
    const peers = await Promise.all(Array.from({ length: 5 }, () => rawPeer(server.ws, board.id, board.tokens.editor)));
    const since = performance.now();
    peers.forEach((p, i) => p.send([[6000 + i, 1, { cursor: i }]]));
    await eventually(() => expect(idsIn(watcher.framesSince(since))).toEqual([6000, 6001, 6002, 6003, 6004]));
    await pause(2 * TICK_MS);
    const frames = watcher.framesSince(since);
    expect(frames).toHaveLength(1);
    expect(frames[0]!.entries).toHaveLength(5);
    // Each sender gets the same one frame, its own state included.
    for (const p of peers) expect(p.framesSince(since)).toHaveLength(1);
    // A joiner gets every current state at once, in its greeting.
    const joiner = await rawPeer(server.ws, board.id, board.tokens.viewer);
    await eventually(() => expect(joiner.frames.length).toBeGreaterThan(0));
    expect(statesIn(joiner.frames[0]!).sort()).toEqual([6000, 6001, 6002, 6003, 6004]);
    closeAll([watcher, joiner, ...peers]);
  });

  it('sends every peer at most one presence frame a tick while several people drag', async () => {
    const board = await server.board();
    const watcher = await rawPeer(server.ws, board.id, board.tokens.viewer);
    const peers = await Promise.all(Array.from({ length: 5 }, () => rawPeer(server.ws, board.id, board.tokens.editor)));
    const since = performance.now();
    // Five people dragging at 10 Hz for a second and a half: 75 changes.
    for (let clock = 1; clock <= 15; clock++) {
      peers.forEach((p, i) => p.send([[7000 + i, clock, { drag: { card: 'tsb', x: clock } }]]));
      await pause(100);
    }
    await eventually(() => expect(watcher.frames.at(-1)?.entries.filter(([, clock]) => clock === 15)).toHaveLength(5));
    await pause(2 * TICK_MS);
    const elapsed = performance.now() - since;
    // A tick starts with the first change after a quiet one, so there are at most elapsed / tick of them.
    const ticks = Math.floor(elapsed / TICK_MS) + 1;
    for (const socket of [watcher, ...peers]) {
      const frames = socket.framesSince(since);
      expect(frames.length).toBeGreaterThan(2);
      expect(frames.length).toBeLessThanOrEqual(ticks);
    }
    // Far fewer frames than changes: each carried several people's states.
    const frames = watcher.framesSince(since);
    expect(frames.reduce((n, f) => n + f.entries.length, 0) / frames.length).toBeGreaterThan(2);
    closeAll([watcher, ...peers]);
  });

  it('never counts echoes toward the message rate: 300 echo messages a second for two seconds keep the socket, and count as echoes', async () => {
    const board = await server.board();
    const peers = await Promise.all(Array.from({ length: 3 }, () => rawPeer(server.ws, board.id, board.tokens.editor)));
    peers.forEach((p, i) => p.send([[8000 + i, 1, { cursor: i }]]));
    const echoer = await rawPeer(server.ws, board.id, board.tokens.editor);
    // What the stock provider does with what it hears: sends it back, here the greeting's states.
    await eventually(() => expect(idsIn(echoer.frames)).toEqual([8000, 8001, 8002]));
    const heard = echoer.frames.flatMap((f) => f.entries);
    // The tick that carried the peers' states has passed before the watcher joins.
    await pause(2 * TICK_MS);
    const [presenceEchoes, presenceDropped] = [await valueOf(server.metrics.presenceEchoes), await valueOf(server.metrics.presenceDropped)];
    const watcher = await rawPeer(server.ws, board.id, board.tokens.viewer);
    let own = 0;
    for (let round = 0; round < 20; round++) {
      for (let i = 0; i < 30; i++) echoer.send(heard);
      // Its own presence, at 10 Hz, still goes out.
      echoer.send([[8100, ++own, { cursor: own }]]);
      await pause(100);
    }
    await eventually(async () => expect((await valueOf(server.metrics.presenceEchoes)) - presenceEchoes).toBe(600 * heard.length));
    await eventually(() => expect(watcher.frames.flatMap((f) => f.entries).some(([id, clock]) => id === 8100 && clock === 20)).toBe(true));
    expect((await valueOf(server.metrics.presenceDropped)) - presenceDropped).toBe(0);
    await pause(100);
    expect(echoer.close()).toBeNull();
    expect(echoer.ws.readyState).toBe(WebSocket.OPEN);
    // Echoes never reached anyone: the watcher saw no frame holding only the echoed ids.
    expect(watcher.frames.filter((f) => !f.entries.some(([id]) => id === 8100))).toEqual(watcher.frames.slice(0, 1));
    closeAll([echoer, watcher, ...peers]);
  });

  it('closes a client that floods its own presence with 4429', async () => {
    const board = await server.board();
    const flooder = await rawPeer(server.ws, board.id, board.tokens.editor);
    // Over the default 200 messages a second, all at once.
    for (let clock = 1; clock <= 500; clock++) flooder.send([[8500, clock, { drag: { card: 'tsb', x: clock } }]]);
    expect((await flooder.closed).code).toBe(CLOSE.rateLimited);
  });
});

describe('document updates beside a long presence tick', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer({ PRESENCE_TICK_MS: '1000' });
  });
  afterAll(async () => {
    await server.stop();
  });

  it('relays a document update at once while presence waits for its tick', async () => {
    const board = await server.board();
    const writer = connect(server.ws, board.id, board.tokens.editor);
    const reader = connect(server.ws, board.id, board.tokens.viewer);
    try {
      await Promise.all([synced(writer), synced(reader)]);
      let docAt = 0;
      let presenceAt = 0;
      reader.doc.on('update', () => (docAt ||= performance.now()));
      reader.provider.awareness.on('change', () => {
        if ((reader.provider.awareness.getStates().get(writer.doc.clientID) as { cursor?: string } | undefined)?.cursor === 'here') presenceAt ||= performance.now();
      });
      const sent = performance.now();
      writer.provider.awareness.setLocalStateField('cursor', 'here');
      writer.doc.getMap('meta').set('note', 'moved');
      await eventually(() => expect(docAt).toBeGreaterThan(0));
      expect(docAt - sent).toBeLessThan(500);
      expect(presenceAt).toBe(0);
      await eventually(() => expect(presenceAt).toBeGreaterThan(0), 3000);
      expect(presenceAt - sent).toBeGreaterThanOrEqual(500);
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });
});

const skip = redisUnavailable();

describe.skipIf(skip)(suiteTitle('presence coalesced across instances through Redis', skip), () => {
  const TICK_MS = 150;
  const PREFIX = 'presence-coalescing:';
  let redis: RedisServer;
  let reader: Redis;
  const stores = memoryStores();
  const instances: { ws: string; close(): Promise<void> }[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    reader = new Redis(redis.url);
    const config = loadConfig({ UNLOAD_AFTER_MS: '0', PRESENCE_TICK_MS: String(TICK_MS) }, process.cwd());
    for (let i = 0; i < 2; i++) {
      const fanout = await RedisFanout.connect({ url: redis.url, log: silentLogger, prefix: PREFIX });
      const server = createBoardServer({ config, stores: shared(stores), catalog, secret: SECRET, log: silentLogger, fanout });
      const port = await server.listen(0);
      instances.push({ ws: `ws://127.0.0.1:${port}${SYNC_PATH}`, close: () => server.close() });
    }
  });

  afterAll(async () => {
    for (const i of instances) await i.close();
    reader?.disconnect();
    await stores.close();
    await redis?.destroy();
  });

  /** How many presence messages the instances published on a board so far. */
  const presencePublished = async (boardId: string) => {
    const entries = await reader.xrange(`${PREFIX}board:${boardId}`, '-', '+');
    return entries.filter(([, fields]) => fields[fields.indexOf('k') + 1] === 'a').length;
  };

  it('publishes one tick’s changes on one instance as one message, and the other sends them to its peers as one frame', async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Presence', template: 'dagens-ordning' });
    const board = { ...record, ...boardLinks(record, SECRET) };
    const [a, b] = instances as [(typeof instances)[0], (typeof instances)[0]];
    const peers = await Promise.all(Array.from({ length: 4 }, () => rawPeer(a.ws, board.id, board.tokens.editor)));
    const watcher = await rawPeer(b.ws, board.id, board.tokens.viewer);
    // Let the second instance's hello, and any answer to it, pass before counting.
    await pause(300);
    const published = await presencePublished(board.id);
    const since = performance.now();
    peers.forEach((p, i) => p.send([[9000 + i, 1, { cursor: i, user: { colour: '#123456' } }]]));
    await eventually(() => expect(idsIn(watcher.framesSince(since))).toEqual([9000, 9001, 9002, 9003]), 5000);
    await pause(2 * TICK_MS);
    const frames = watcher.framesSince(since);
    expect(frames).toHaveLength(1);
    // Stamped on the instance the peers are on, and carried whole.
    expect(frames[0]!.entries[0]![2]).toMatchObject({ user: { role: 'editor', colour: '#123456' } });
    expect((await presencePublished(board.id)) - published).toBe(1);

    // Leaving is told across too: one peer, then the rest together as the room on the first instance unloads.
    peers[0]!.ws.close();
    await eventually(() => expect(watcher.frames.flatMap((f) => f.entries).some(([id, , state]) => id === 9000 && state === null)).toBe(true), 5000);
    const left = performance.now();
    closeAll(peers.slice(1));
    await eventually(() => expect(watcher.framesSince(left).flatMap((f) => f.entries.filter(([, , s]) => s === null).map(([id]) => id)).sort()).toEqual([9001, 9002, 9003]), 5000);
    watcher.ws.close();
  });

  it('shows a state set by a stock client on one instance to a stock client on the other', async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Presence', template: 'dagens-ordning' });
    const board = { ...record, ...boardLinks(record, SECRET) };
    const clients: Client[] = [connect(instances[0]!.ws, board.id, board.tokens.editor), connect(instances[1]!.ws, board.id, board.tokens.viewer)];
    try {
      await Promise.all(clients.map((c) => synced(c)));
      const [here, there] = clients as [Client, Client];
      here.provider.awareness.setLocalStateField('focus', 'legevakt');
      await eventually(() => expect(there.provider.awareness.getStates().get(here.doc.clientID)).toMatchObject({ focus: 'legevakt', user: { role: 'editor' } }), 5000);
    } finally {
      clients.forEach((c) => c.destroy());
    }
  });
});

import type WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, MESSAGE } from '@/lib/protocol';
import { valueOf } from '@/server/metrics';
import { connect, eventually, rawSocket, startServer, synced, type Client, type TestServer } from './harness';
import { presenceEntries, presenceFrame, type PresenceEntry as Entry } from './presence-frames';

const PRESENCE_PER_SECOND = 20;
const MESSAGES_PER_SECOND = 40;
let server: TestServer;
beforeAll(async () => {
  // A low message rate, which echoes must never spend; no presence tick, so every change a peer
  // makes is relayed on its own and these tests count what the gate lets through (coalescing has
  // its own tests in presence-coalescing.test.ts).
  server = await startServer({
    PRESENCE_PER_SECOND: String(PRESENCE_PER_SECOND),
    MAX_PRESENCE_BYTES: '2048',
    MESSAGES_PER_SECOND: String(MESSAGES_PER_SECOND),
    PRESENCE_TICK_MS: '0',
  });
});
afterAll(async () => {
  await server.stop();
});

/** The client ids with a state in an awareness frame; null for any other frame. */
const statesIn = (data: Buffer): number[] | null => presenceEntries(data)?.filter(([, , state]) => state !== null).map(([id]) => id) ?? null;

/** A raw editor socket, open, with every close it gets recorded. */
async function rawPeer(boardId: string, token: string) {
  const s = rawSocket(`${server.ws}/${boardId}?token=${token}`);
  await s.opened;
  let closed: { code: number } | null = null;
  void s.closed.then((c) => (closed = c));
  return { ws: s.ws, send: (entries: Entry[]) => s.ws.send(presenceFrame(entries)), closed: () => closed };
}

/** Counts, per client id, the presence updates a stock client receives. */
function countUpdates(client: Client) {
  const counts = new Map<number, number>();
  client.provider.awareness.on('update', ({ added, updated }: { added: number[]; updated: number[] }) => {
    for (const id of [...added, ...updated]) counts.set(id, (counts.get(id) ?? 0) + 1);
  });
  return counts;
}

const room = (boardId: string) => server.rooms.resident(boardId)!;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('presence limits', () => {
  it('takes one client id per connection and drops entries for any other', async () => {
    const board = await server.board();
    const observer = connect(server.ws, board.id, board.tokens.viewer);
    await synced(observer);
    // The stock provider's first state has clock 0, which an awareness never applies: the id is the observer's from its first change.
    observer.provider.awareness.setLocalStateField('cursor', 'mine');
    const r = await room(board.id);
    await eventually(() => expect(r.awareness.getStates().get(observer.doc.clientID)).toMatchObject({ cursor: 'mine' }));
    const seen = countUpdates(observer);
    const dropped = await valueOf(server.metrics.presenceDropped);
    const a = await rawPeer(board.id, board.tokens.editor);
    // Another peer's id is never taken, however new the clock.
    a.send([[observer.doc.clientID, 999, { cursor: 'stolen' }]]);
    a.send(Array.from({ length: 50 }, (_, i): Entry => [1000 + i, 1, { cursor: i }]));
    for (let i = 1; i < 50; i++) a.send([[2000 + i, 1, { cursor: i }]]);
    // A removal of an id it does not own removes nothing.
    a.send([[observer.doc.clientID, 1000, null]]);
    await eventually(async () => expect((await valueOf(server.metrics.presenceDropped)) - dropped).toBeGreaterThanOrEqual(1 + 49 + 49 + 1));
    await eventually(() => expect(seen.get(1000)).toBe(1));
    await pause(200);
    expect([...seen.keys()].filter((id) => id !== observer.doc.clientID)).toEqual([1000]);
    expect([...r.awareness.getStates().keys()].sort()).toEqual([1000, observer.doc.clientID].sort());
    expect(r.awareness.getStates().get(observer.doc.clientID)).toMatchObject({ cursor: 'mine' });

    // A joiner is greeted with one state per connection.
    const joiner = rawSocket(`${server.ws}/${board.id}?token=${board.tokens.viewer}`);
    const greeting = new Promise<number[]>((resolve) => joiner.ws.on('message', (data: Buffer) => statesIn(data) && resolve(statesIn(data)!)));
    expect((await greeting).sort()).toEqual([1000, observer.doc.clientID].sort());
    expect(a.closed()).toBeNull();
    joiner.ws.close();
    a.ws.close();
    observer.destroy();
  });

  it('drops a state over the size cap and keeps the socket', async () => {
    const board = await server.board();
    const observer = connect(server.ws, board.id, board.tokens.viewer);
    await synced(observer);
    const sizes: number[] = [];
    observer.provider.awareness.on('update', () => {
      const state = observer.provider.awareness.getStates().get(3000);
      if (state) sizes.push(JSON.stringify(state).length);
    });
    const a = await rawPeer(board.id, board.tokens.editor);
    a.send([[3000, 1, { cursor: 'small' }]]);
    await eventually(() => expect(sizes.length).toBe(1));
    const dropped = await valueOf(server.metrics.presenceDropped);
    a.send([[3000, 2, { cursor: 'x'.repeat(100 * 1024) }]]);
    await eventually(async () => expect(await valueOf(server.metrics.presenceDropped)).toBeGreaterThan(dropped));
    a.send([[3000, 3, { cursor: 'after' }]]);
    await eventually(() => expect(observer.provider.awareness.getStates().get(3000)).toMatchObject({ cursor: 'after' }));
    // The large one never reached the observer (it would have arrived before the last).
    expect(Math.max(...sizes)).toBeLessThan(2048);
    expect(a.ws.readyState).toBe(a.ws.OPEN);
    expect(a.closed()).toBeNull();
    a.ws.close();
    observer.destroy();
  });

  it('relays at most the presence rate, drops the rest and keeps the socket; leaving always passes', async () => {
    const board = await server.board();
    const observer = connect(server.ws, board.id, board.tokens.viewer);
    await synced(observer);
    const seen = countUpdates(observer);
    const dropped = await valueOf(server.metrics.presenceDropped);
    const a = await rawPeer(board.id, board.tokens.editor);
    let clock = 0;
    const started = performance.now();
    // Bursts above the presence rate but within the message rate (which own states do spend):
    // 25 at a time, twice a second, against 20 a second.
    for (let burst = 0; burst < 3; burst++) {
      if (burst > 0) await pause(500);
      for (let i = 0; i < 25; i++) a.send([[4000, ++clock, { cursor: clock }]]);
    }
    const elapsed = (performance.now() - started) / 1000;
    // Left at once, with the bucket empty.
    a.send([[4000, ++clock, null]]);
    await eventually(() => expect(observer.provider.awareness.getStates().has(4000)).toBe(false));
    const relayed = seen.get(4000) ?? 0;
    // The burst plus the refill over the time it took, plus the removal.
    expect(relayed).toBeLessThanOrEqual(Math.ceil(PRESENCE_PER_SECOND * (1 + elapsed)) + 1);
    expect(relayed).toBeGreaterThanOrEqual(PRESENCE_PER_SECOND);
    expect((await valueOf(server.metrics.presenceDropped)) - dropped).toBeGreaterThanOrEqual(75 - relayed);
    expect(a.ws.readyState).toBe(a.ws.OPEN);
    expect(a.closed()).toBeNull();
    a.ws.close();
    observer.destroy();
  });

  it('never closes a client for echoing the presence of others', async () => {
    const board = await server.board();
    const listener = connect(server.ws, board.id, board.tokens.viewer);
    const other = connect(server.ws, board.id, board.tokens.viewer);
    await Promise.all([synced(listener), synced(other)]);
    const closes: number[] = [];
    listener.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    const peers = await Promise.all(Array.from({ length: 8 }, () => rawPeer(board.id, board.tokens.editor)));
    const dropped = await valueOf(server.metrics.presenceDropped);
    const echoes = await valueOf(server.metrics.presenceEchoes);
    // Eight peers at 20 Hz each: the listener echoes about 160 frames a second, four times the message rate.
    for (let tick = 1; tick <= 30; tick++) {
      peers.forEach((p, i) => p.send([[5000 + i, tick, { cursor: tick }]]));
      await pause(50);
    }
    await eventually(() => expect(listener.provider.awareness.getStates().get(5007)).toMatchObject({ cursor: 30 }));
    // The listener's echoes were ignored as echoes, neither held against it nor counted as drops.
    await eventually(async () => expect((await valueOf(server.metrics.presenceEchoes)) - echoes).toBeGreaterThan(8 * 30));
    expect((await valueOf(server.metrics.presenceDropped)) - dropped).toBe(0);
    listener.provider.awareness.setLocalStateField('cursor', 'still here');
    await eventually(() => expect(other.provider.awareness.getStates().get(listener.doc.clientID)).toMatchObject({ cursor: 'still here' }));
    expect(closes).not.toContain(CLOSE.rateLimited);
    expect(closes).toEqual([]);
    expect(listener.provider.wsconnected).toBe(true);
    peers.forEach((p) => expect(p.closed()).toBeNull());
    peers.forEach((p) => p.ws.close());
    listener.destroy();
    other.destroy();
  });

  it('still closes a client that floods document messages', async () => {
    const board = await server.board();
    const a = await rawPeer(board.id, board.tokens.editor);
    const query = new Uint8Array([MESSAGE.queryAwareness]);
    for (let i = 0; i < 2 * MESSAGES_PER_SECOND; i++) (a.ws as WebSocket).send(query);
    await eventually(() => expect(a.closed()).toMatchObject({ code: CLOSE.rateLimited }));
  });
});

import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE, MESSAGE } from '@/lib/protocol';
import { eventually } from '../harness';
import { presenceEntries, presenceFrame } from '../presence-frames';
import { MEMORY_BOUND_MIB, rawClient, startAttackServer, survives, type AttackServer } from './attack-server';

/**
 * Attacks through presence and idle sockets, against a real server process with a short
 * heartbeat so a dead socket is found within the test's time.
 */
const HEARTBEAT_MS = 300;
let server: AttackServer;
beforeAll(async () => {
  server = await startAttackServer({ HEARTBEAT_MS: String(HEARTBEAT_MS), MAX_PEERS_PER_BOARD: '4' });
}, 30_000);
afterAll(() => server?.stop());

/** The client ids, and the largest state (as JSON), in every awareness frame a socket received. */
function presenceSeen(frames: Buffer[]): { ids: Set<number>; largest: number } {
  const ids = new Set<number>();
  let largest = 0;
  for (const [id, , state] of frames.flatMap((f) => presenceEntries(f) ?? [])) {
    if (state !== null) ids.add(id);
    largest = Math.max(largest, JSON.stringify(state).length);
  }
  return { ids, largest };
}

const metric = async (name: string) => Number(new RegExp(`^${name} (\\d+)$`, 'm').exec((await server.request('GET', '/metrics')).text)?.[1] ?? NaN);

describe('hostile presence and sockets', () => {
  it('one socket cannot register many client ids or large states: they are dropped, not relayed, and cost no memory', async () => {
    const board = await server.board();
    const watcher = rawClient(server, board.id, board.tokens.viewer);
    await watcher.opened;
    const attacker = rawClient(server, board.id, board.tokens.viewer);
    await attacker.opened;
    const rss = server.rss();
    const dropped = await metric('ansvarstavla_presence_dropped_total');
    const big = { user: { colour: '#123456' }, junk: 'x'.repeat(500_000) };
    // 120 client ids with half a megabyte each, then a small honest state.
    // Sent with pauses, so this test process itself keeps answering the server's short heartbeat.
    for (let i = 0; i < 120; i++) {
      attacker.ws.send(presenceFrame([[1000 + i, 1, big]]));
      if (i % 10 === 9) await new Promise((r) => setTimeout(r, 50));
    }
    attacker.ws.send(presenceFrame([[5000, 1, { user: { colour: '#abcdef' } }], [5001, 1, { user: {} }], [5002, 1, { user: {} }]]));
    await eventually(async () => expect(await metric('ansvarstavla_presence_dropped_total')).toBeGreaterThanOrEqual(dropped + 120), 10_000);
    expect(attacker.ws.readyState).toBe(WebSocket.OPEN);
    await new Promise((r) => setTimeout(r, 300));
    const seen = presenceSeen(watcher.frames);
    expect(seen.largest).toBeLessThan(2048 + 200);
    expect(seen.ids.size).toBeLessThanOrEqual(1);
    // A joiner is sent at most one state per connection.
    const joiner = rawClient(server, board.id, board.tokens.viewer);
    await joiner.opened;
    await new Promise((r) => setTimeout(r, 300));
    expect(presenceSeen(joiner.frames).ids.size).toBeLessThanOrEqual(1);
    expect(server.rss() - rss).toBeLessThan(MEMORY_BOUND_MIB);
    for (const c of [watcher, attacker, joiner]) c.ws.terminate();
    await survives(server, board, rss);
  }, 60_000);

  it('own presence beyond the rate cap is dropped without closing, while a flood of it is closed with 4429', async () => {
    const board = await server.board();
    const rss = server.rss();
    const watcher = rawClient(server, board.id, board.tokens.viewer);
    await watcher.opened;
    const sender = rawClient(server, board.id, board.tokens.editor);
    await sender.opened;
    const dropped = await metric('ansvarstavla_presence_dropped_total');
    // 60 own states over a second: three times the default presence rate of 20 a second (with a
    // burst of as many), well within the default 200 messages a second.
    for (let clock = 1; clock <= 60; clock++) {
      sender.ws.send(presenceFrame([[7777, clock, { user: {}, drag: { card: 'tsb', x: clock, y: 0 } }]]));
      if (clock % 6 === 0) await new Promise((r) => setTimeout(r, 100));
    }
    await eventually(async () => expect(await metric('ansvarstavla_presence_dropped_total')).toBeGreaterThanOrEqual(dropped + 10));
    await new Promise((r) => setTimeout(r, 300));
    expect(sender.ws.readyState).toBe(WebSocket.OPEN);
    const relayed = watcher.frames.filter((f) => f[0] === MESSAGE.awareness).length;
    // What passed went out at most once a presence tick, never once per message.
    expect(relayed).toBeGreaterThan(0);
    expect(relayed).toBeLessThan(60);
    // Presence the client originates counts toward the message rate: 500 at once is a flood.
    const flooder = rawClient(server, board.id, board.tokens.editor);
    await flooder.opened;
    for (let clock = 1; clock <= 500; clock++) flooder.ws.send(presenceFrame([[8888, clock, { user: {}, drag: { card: 'tsb', x: clock, y: 0 } }]]));
    expect((await flooder.closed).code).toBe(CLOSE.rateLimited);
    expect(sender.ws.readyState).toBe(WebSocket.OPEN);
    for (const c of [watcher, sender, flooder]) c.ws.terminate();
    await survives(server, board, rss);
  }, 30_000);

  it('a socket that stops answering pings is closed within two heartbeats and frees its place', async () => {
    const board = await server.board();
    const rss = server.rss();
    const dead = await metric('ansvarstavla_dead_sockets_total');
    // Four places on this server's boards: three silent sockets and one that answers.
    const silent = [0, 1, 2].map(() => rawClient(server, board.id, board.tokens.viewer, { autoPong: false }));
    const alive = rawClient(server, board.id, board.tokens.viewer);
    await Promise.all([...silent, alive].map((c) => c.opened));
    const start = performance.now();
    await Promise.all(silent.map((c) => c.closed));
    expect(performance.now() - start).toBeLessThan(2 * HEARTBEAT_MS + 1000);
    expect(await metric('ansvarstavla_dead_sockets_total')).toBe(dead + 3);
    expect(alive.ws.readyState).toBe(WebSocket.OPEN);
    // Their places are free again: three more can join.
    const more = [0, 1, 2].map(() => rawClient(server, board.id, board.tokens.viewer));
    await Promise.all(more.map((c) => c.opened));
    await new Promise((r) => setTimeout(r, 200));
    expect(more.every((c) => c.ws.readyState === WebSocket.OPEN)).toBe(true);
    for (const c of [alive, ...more]) c.ws.terminate();
    await survives(server, board, rss);
  }, 30_000);
});

import { randomBytes } from 'node:crypto';
import net from 'node:net';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueOf } from '@/server/metrics';
import { connect, eventually, startServer, synced, type TestServer } from './harness';
import { presenceFrame } from './presence-frames';

const HEARTBEAT_MS = 200;
let server: TestServer;
beforeAll(async () => {
  server = await startServer({ HEARTBEAT_MS: String(HEARTBEAT_MS) });
});
afterAll(async () => {
  await server.stop();
});

const room = (boardId: string) => server.rooms.resident(boardId)!;

/** A client that completes the handshake by hand and then never reads or answers anything: a peer that vanished. */
function halfOpen(boardId: string, token: string) {
  const { port } = new URL(server.http);
  const socket = net.connect(Number(port), '127.0.0.1');
  const closed = new Promise<void>((resolve) => socket.on('close', () => resolve()));
  const upgraded = new Promise<number>((resolve, reject) => {
    socket.once('data', (data) => {
      // Nothing is read from here on, so nothing is answered.
      socket.pause();
      if (data.toString().startsWith('HTTP/1.1 101')) resolve(performance.now());
      else reject(new Error(data.toString()));
    });
    socket.on('error', () => {});
  });
  socket.write(
    [
      `GET /sync/${boardId}?token=${token} HTTP/1.1`,
      `Host: 127.0.0.1:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  );
  return { upgraded, closed, resume: () => socket.resume() };
}

describe('heartbeat', () => {
  it('ends a socket that stops answering pings within two intervals, freeing its slot and presence; a live client stays', async () => {
    const board = await server.board();
    const live = connect(server.ws, board.id, board.tokens.editor);
    await synced(live);
    const r = await room(board.id);
    const dead = await valueOf(server.metrics.deadSockets);

    // A stock client whose pongs never come: it still sends presence, so it holds a place in the room.
    const mute = new WebSocket(`${server.ws}/${board.id}?token=${board.tokens.editor}`, { autoPong: false });
    const muteOpened = new Promise<void>((resolve) => mute.on('open', () => resolve()));
    const muteClosed = new Promise<number>((resolve) => mute.on('close', () => resolve(performance.now())));
    await muteOpened;
    mute.send(presenceFrame([[9001, 1, { cursor: 'ghost' }]]));
    // A message is a sign of life as good as a pong: the bound runs from the last one.
    const lastSent = performance.now();
    await eventually(() => expect(live.provider.awareness.getStates().has(9001)).toBe(true));
    expect(r.peers.size).toBe(2);

    const raw = halfOpen(board.id, board.tokens.viewer);
    const rawOpened = await raw.upgraded;

    // Two intervals, plus what a busy test machine may add to a timer.
    const bound = 2 * HEARTBEAT_MS + 150;
    expect((await muteClosed) - lastSent).toBeLessThan(bound);
    // The raw client reads nothing, so it sees no end of stream either: the server's side tells.
    await eventually(() => expect(r.peers.size).toBe(1));
    expect(performance.now() - rawOpened).toBeLessThan(bound + 50);
    raw.resume();
    await raw.closed;
    await eventually(() => expect(live.provider.awareness.getStates().has(9001)).toBe(false));
    expect((await valueOf(server.metrics.deadSockets)) - dead).toBe(2);

    // Many intervals later the client that answers is still there.
    await new Promise((resolve) => setTimeout(resolve, 5 * HEARTBEAT_MS));
    expect(live.provider.wsconnected).toBe(true);
    expect(r.peers.size).toBe(1);
    expect((await valueOf(server.metrics.deadSockets)) - dead).toBe(2);
    live.destroy();
  });
});


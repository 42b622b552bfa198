import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { expect } from 'vitest';
import { readBoardDoc } from '@/lib/board-doc';
import { MESSAGE, SYNC } from '@/lib/protocol';
import type { Role } from '@/lib/roles';
import { rssMiB, startServerProcess } from '../../bench/processes';
import { connect, eventually, synced } from '../harness';

export const ATTACK_SECRET = 'adversarial-test-secret-0123456789abcdef';

export type Board = { id: string; tokens: Record<Role, string> };

/**
 * The real server as its own process (API and sync, SQLite in a temp dir), as an attacker
 * meets it: every attack test runs against one, so a crash shows as a dead process, not a
 * failed assertion inside the test runner.
 */
export async function startAttackServer(env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-attack-'));
  let output = '';
  let current: { child: ChildProcess; port: number };
  const start = async () => {
    current = await startServerProcess({ DATA_DIR: dataDir, BOARD_SECRET: ATTACK_SECRET, UNLOAD_AFTER_MS: '0', ...env });
    const collect = (chunk: Buffer) => (output += chunk.toString());
    current.child.stdout!.on('data', collect);
    current.child.stderr!.on('data', collect);
  };
  await start();
  const server = {
    dataDir,
    /** Boards this test process created through the API, which count toward the per-address limit. */
    boardsCreated: 0,
    get child() {
      return current.child;
    },
    get http() {
      return `http://127.0.0.1:${current.port}`;
    },
    get ws() {
      return `ws://127.0.0.1:${current.port}/sync`;
    },
    /** Everything the process wrote to stdout and stderr so far. */
    output: () => output,
    alive: () => current.child.exitCode === null && current.child.signalCode === null,
    rss: () => rssMiB(current.child.pid!),
    async request(method: string, rest: string, opts: { token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      const res = await fetch(`${server.http}${rest}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
      const text = await res.text();
      let json: Record<string, unknown> = {};
      try {
        json = JSON.parse(text) as Record<string, unknown>;
      } catch {
        // Not every answer is JSON (metrics, pages); the text is there for those.
      }
      return { status: res.status, headers: res.headers, json, text };
    },
    async board(template = 'dagens-ordning'): Promise<Board> {
      const r = await server.request('POST', '/api/boards', { body: { title: 'Angrep', template } });
      if (r.status !== 201) throw new Error(`board not created: ${r.status} ${r.text}`);
      server.boardsCreated++;
      return r.json as unknown as Board;
    },
    /** Stops the process (SIGTERM, or SIGKILL when `hard`) and starts it again on the same data. */
    async restart(hard = false) {
      if (server.alive()) {
        const exited = new Promise((resolve) => current.child.once('exit', resolve));
        current.child.kill(hard ? 'SIGKILL' : 'SIGTERM');
        await exited;
      }
      await start();
    },
    async stop() {
      current.child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export type AttackServer = Awaited<ReturnType<typeof startAttackServer>>;

/** A y-websocket sync-update frame around `update`, as a hostile client would send it. */
export function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE.sync);
  encoding.writeVarUint(e, SYNC.update);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** A raw socket on a board, with the close it gets and the frames it receives. */
export function rawClient(server: AttackServer, boardId: string, token: string, opts: WebSocket.ClientOptions = {}) {
  const ws = new WebSocket(`${server.ws}/${boardId}?token=${token}`, opts);
  const frames: Buffer[] = [];
  ws.on('message', (data: Buffer) => frames.push(data));
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, frames, closed, opened };
}

/** Sends updates on a fresh socket and answers the close the server gives it (or 'open' if none within `ms`). */
export async function sendUpdates(server: AttackServer, boardId: string, token: string, updates: Uint8Array[], ms = 10_000) {
  const c = rawClient(server, boardId, token);
  await c.opened;
  for (const u of updates) if (c.ws.readyState === WebSocket.OPEN) c.ws.send(updateFrame(u));
  const timeout = new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms));
  const result = await Promise.race([c.closed, timeout]);
  c.ws.terminate();
  return result;
}

/**
 * Asserts the server still serves a board that was not attacked: a move made by one client
 * reaches another within two seconds, and answers how long it took.
 */
export async function stillServing(server: AttackServer): Promise<number> {
  expect(server.alive(), 'server process alive').toBe(true);
  const other = await server.board();
  const writer = connect(server.ws, other.id, other.tokens.editor);
  const reader = connect(server.ws, other.id, other.tokens.viewer);
  try {
    await Promise.all([synced(writer), synced(reader)]);
    const start = performance.now();
    (writer.doc.getMap('cards').get('tsb') as Y.Map<unknown>).set('level', 'kommune');
    await eventually(() => expect((reader.doc.getMap('cards').get('tsb') as Y.Map<unknown>).get('level')).toBe('kommune'), 2000);
    return performance.now() - start;
  } finally {
    writer.destroy();
    reader.destroy();
  }
}

/**
 * A fresh client loads the board: it syncs, the page's reader reads it, and the board's
 * API answers 200. Answers the document as that client received it.
 */
export async function loadsFresh(server: AttackServer, board: Board): Promise<Y.Doc> {
  const fresh = connect(server.ws, board.id, board.tokens.viewer);
  try {
    await synced(fresh, 10_000);
    expect(() => readBoardDoc(fresh.doc)).not.toThrow();
    const api = await server.request('GET', `/api/boards/${board.id}`, { token: board.tokens.viewer });
    expect(api.status).toBe(200);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(fresh.doc));
    return copy;
  } finally {
    fresh.destroy();
  }
}

/** How much more memory (MiB of resident set) the server may hold after an attack than before it. */
export const MEMORY_BOUND_MIB = 150;

/**
 * What every attack must leave behind: the process serving another board, its memory within
 * MEMORY_BOUND_MIB of `rssBefore`, and the attacked board loadable by a fresh client (answered).
 */
export async function survives(server: AttackServer, board: Board, rssBefore: number): Promise<Y.Doc> {
  await stillServing(server);
  expect(server.rss() - rssBefore, 'memory growth in MiB').toBeLessThan(MEMORY_BOUND_MIB);
  return loadsFresh(server, board);
}

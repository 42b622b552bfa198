import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { initBoardDoc } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import { startProcess, startServerProcess } from './processes';
import type { Endpoint } from './workshop-watcher';

export const SERVERS = ['ours', 'reference', 'hocuspocus'] as const;
export type ServerName = (typeof SERVERS)[number];

const SECRET = 'bench-secret-0123456789abcdefghijklmnop';
const TEMPLATE = 'dagens-ordning';
/**
 * Our limits as a 300-person workshop needs them: 300 sockets on one board, and room for the
 * browser page on top. Every other limit stays at its default, so the benchmark meets what a
 * deployed server would do to the same crowd.
 */
export const OURS_ENV = { MAX_PEERS_PER_BOARD: '500' };

/** A server started for one round: its process, how to reach it, and how to stop it and clean up. */
export type WorkshopServer = {
  name: ServerName;
  pid: number;
  endpoint: Endpoint;
  /** Ours only: the HTTP origin and the board's tokens, for the browser page. */
  http?: { origin: string; tokens: Record<string, string> };
  stop(): Promise<void>;
};

/** The state a new board of the benchmark's template starts with, for the servers that start empty. */
function templateState(): Uint8Array {
  const template = catalog.templates.find((t) => t.id === TEMPLATE)!;
  const doc = new Y.Doc();
  initBoardDoc(doc, template, catalog, 'Workshop');
  return Y.encodeStateAsUpdate(doc);
}

async function stopChild(child: ChildProcess, dir?: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    child.kill('SIGKILL');
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/** Runs `start` with a fresh temporary directory, removed again if the start fails. */
async function inTempDir<T>(prefix: string, start: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    return await start(dir);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Our server on a fresh data directory with one new board; `serveApp` also serves the pages (for the browser). */
const startOurs = (serveApp: boolean) => inTempDir('ansvarstavla-workshop-', (dir) => startOursIn(dir, serveApp));

async function startOursIn(dir: string, serveApp: boolean): Promise<WorkshopServer> {
  const { child, port } = await startServerProcess({ DATA_DIR: dir, BOARD_SECRET: SECRET, SERVE_APP: serveApp ? '1' : '0', ...OURS_ENV });
  // Only the start-up line was wanted; the rest of the log is drained, not kept.
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  const origin = `http://127.0.0.1:${port}`;
  const res = await fetch(`${origin}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Workshop', template: TEMPLATE }),
  });
  if (!res.ok) {
    await stopChild(child, dir);
    throw new Error(`workshop bench: POST /api/boards answered ${res.status}: ${await res.text()}`);
  }
  const board = (await res.json()) as { id: string; tokens: Record<string, string> };
  return {
    name: 'ours',
    pid: child.pid!,
    endpoint: {
      protocol: 'y-websocket',
      url: `ws://127.0.0.1:${port}/sync`,
      room: board.id,
      draggerParams: { token: board.tokens.editor! },
      watcherParams: { token: board.tokens.viewer! },
      seed: null,
    },
    http: { origin, tokens: board.tokens },
    stop: () => stopChild(child, dir),
  };
}

/**
 * A port free right now, from the OS. The reference server only takes a port it is given, and a
 * random pick can land on a port a client socket of the previous round (or of another program)
 * still holds, as the range overlaps the one the OS hands out to outgoing connections.
 */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** The reference y-websocket server, as sync.ts runs it (no persistence configured, so no directory). */
async function startReference(): Promise<WorkshopServer> {
  const port = await freePort();
  const { child } = await startProcess(['node_modules/@y/websocket-server/src/server.js'], { PORT: String(port), HOST: '127.0.0.1' }, /running at/);
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  const endpoint: Endpoint = { protocol: 'y-websocket', url: `ws://127.0.0.1:${port}`, room: 'workshop', draggerParams: {}, watcherParams: {}, seed: templateState() };
  return { name: 'reference', pid: child.pid!, endpoint, stop: () => stopChild(child) };
}

/** Hocuspocus with its SQLite extension on a fresh file (tests/bench/hocuspocus-server.ts). */
const startHocuspocus = () => inTempDir('ansvarstavla-workshop-hp-', startHocuspocusIn);

async function startHocuspocusIn(dir: string): Promise<WorkshopServer> {
  const { child, match } = await startProcess(
    ['--import', 'tsx', 'tests/bench/hocuspocus-server.ts'],
    { HOCUSPOCUS_DB: path.join(dir, 'documents.sqlite') },
    /hocuspocus listening on (\d+)/,
  );
  child.stdout!.removeAllListeners('data').resume();
  child.stderr!.removeAllListeners('data').resume();
  const endpoint: Endpoint = { protocol: 'hocuspocus', url: `ws://127.0.0.1:${match[1]}`, room: 'workshop', draggerParams: {}, watcherParams: {}, seed: templateState() };
  return { name: 'hocuspocus', pid: child.pid!, endpoint, stop: () => stopChild(child, dir) };
}

/** Starts one server of the comparison as its own process, ready for a round on a fresh board. */
export function startWorkshopServer(name: ServerName, serveApp = false): Promise<WorkshopServer> {
  if (name === 'ours') return startOurs(serveApp);
  return name === 'reference' ? startReference() : startHocuspocus();
}

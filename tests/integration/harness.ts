import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { catalog } from '@/lib/catalog';
import { SYNC_PATH } from '@/lib/protocol';
import type { Role } from '@/lib/roles';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import { silentLogger, type Logger } from '@/server/log';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';

export const SECRET = 'integration-test-secret-0123456789abcdef';

/**
 * A real board server on port 0 with SQLite in a fresh temp dir, no Next.js. Pass `dataDir` to
 * restart on the data a closed server left, `log` to see what it logs, and `port` when its address
 * must be known before it starts (PUBLIC_URL, a provider's registered callback).
 */
export async function startServer(env: Record<string, string> = {}, opts: { dataDir?: string; log?: Logger; port?: number } = {}) {
  const dataDir = opts.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-'));
  const config = loadConfig({ UNLOAD_AFTER_MS: '0', ...env }, process.cwd());
  const stores = openSqliteStores(path.join(dataDir, 'boards.sqlite'));
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: opts.log ?? silentLogger });
  const port = await server.listen(opts.port ?? 0);
  const http = `http://127.0.0.1:${port}`;
  return {
    ...server,
    stores,
    dataDir,
    http,
    ws: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    async board(template = 'dagens-ordning') {
      const record = await createBoard(stores.boards, catalog, { title: 'Test', template });
      return { ...record, ...boardLinks(record, SECRET) };
    },
    async stop() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type TestServer = Awaited<ReturnType<typeof startServer>>;

/** A stock y-websocket client with its own document. */
export function connect(wsUrl: string, boardId: string, token: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
    // Tests assert the first close; the provider must not hide it behind a reconnect.
    maxBackoffTime: 60_000,
  });
  return { doc, provider, destroy: () => provider.destroy() };
}

export type Client = ReturnType<typeof connect>;

/** Resolves when the client has received the server's state. */
export function synced(client: Client, timeoutMs = 5000): Promise<void> {
  if (client.provider.synced) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error('not synced in time')), timeoutMs);
    client.provider.once('sync', () => {
      clearTimeout(t);
      resolve();
    });
  });
}

/** Polls until `check` passes or the time is up. */
export async function eventually(check: () => void | Promise<void>, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  for (;;) {
    try {
      await check();
      return;
    } catch (error) {
      if (Date.now() - start > timeoutMs) throw error;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/** A raw socket to the sync endpoint, resolving with the close code and reason it gets. */
export function rawSocket(url: string) {
  const ws = new WebSocket(url);
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.on('open', () => resolve());
    ws.on('error', reject);
  });
  return { ws, closed, opened };
}

/** The board's document as stored: state plus log, applied to a fresh doc. */
export async function storedDoc(stores: Pick<Stores, 'log'>, boardId: string): Promise<Y.Doc> {
  const stored = await stores.log.load(boardId);
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return doc;
}

export const cardLevel = (doc: Y.Doc, card: string) => (doc.getMap('cards').get(card) as Y.Map<unknown> | undefined)?.get('level');

export type Links = Record<Role, string>;

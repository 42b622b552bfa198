import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { expect } from 'vitest';
import { catalog } from '@/lib/catalog';
import { SYNC_PATH } from '@/lib/protocol';
import { loadSecret } from '@/server/auth/secret';
import { createBoardServer } from '@/server/board-server';
import { loadConfig } from '@/server/config';
import { silentLogger } from '@/server/log';
import { openStore } from '@/server/storage/open-store';
import { eventually, type Client } from './harness';

/**
 * The real board server assembled from `env` as server/main.ts does it (SQLite under DATA_DIR or
 * PostgreSQL at DATABASE_URL; the key ring from BOARD_SECRET or DATA_DIR/secret.key), on port 0,
 * without Next.js. Rooms unload at once. `close` may be called more than once.
 */
export async function startAsMain(env: Record<string, string>, root: string) {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0', ...env }, root);
  const stores = await openStore(config, silentLogger);
  const secret = loadSecret(config.boardSecret, config.dataDir, config.boardSecrets);
  const server = createBoardServer({ config, stores, catalog, secret, log: silentLogger });
  const port = await server.listen(0, '127.0.0.1');
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await server.close();
  };
  return { stores, secret, ws: `ws://127.0.0.1:${port}${SYNC_PATH}`, http: `http://127.0.0.1:${port}`, close };
}

/** A stock y-websocket client on `doc` (a new one unless given: reconnecting keeps the client's document). */
export function connectDoc(wsUrl: string, boardId: string, token: string, doc = new Y.Doc()): Client {
  const provider = new WebsocketProvider(wsUrl, boardId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  return { doc, provider, destroy: () => provider.destroy() };
}

const meta = (doc: Y.Doc) => doc.getMap('meta');
/** How many operations of all clients `doc` holds: it grows with every update the doc receives. */
export const svSum = (doc: Y.Doc) => [...Y.decodeStateVector(Y.encodeStateVector(doc)).values()].reduce((a, b) => a + b, 0);
// Keys sorted: a Y.Map's key order is the order each replica happened to learn them in.
const sorted = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, sorted(v)])) : value;
/** The board's content as comparable text: equal on two replicas when they show the same board. */
export const contentOf = (doc: Y.Doc) => JSON.stringify(sorted({ meta: doc.getMap('meta').toJSON(), cards: doc.getMap('cards').toJSON() }));

/**
 * Each writer keeps setting its own keys in `meta` (overwriting, so deletions happen too) and
 * now and then moves a card, every 10 ms, until `stop`. `total` is how many edits were made so far.
 */
export function startWriting(writers: readonly Client[]) {
  let writing = true;
  const written = writers.map(() => 0);
  const cardIds = [...writers[0]!.doc.getMap('cards').keys()];
  const levels = ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'];
  const loops = writers.map(async (w, i) => {
    for (let n = 1; writing; n++) {
      written[i] = n;
      w.doc.transact(() => {
        meta(w.doc).set(`w${i}-${n % 100}`, n);
        if (n % 7 === 0) (w.doc.getMap('cards').get(cardIds[(n + i) % cardIds.length]!) as Y.Map<unknown>).set('level', levels[n % levels.length]!);
      });
      await new Promise((r) => setTimeout(r, 10));
    }
  });
  return {
    total: () => written.reduce((a, b) => a + b, 0),
    /** Resolves once `observer` has received the last writer's 50th edit: the writers are well under way. */
    underWay: (observer: Client) => eventually(() => expect(meta(observer.doc).get(`w${writers.length - 1}-50`)).toBeDefined(), 10_000),
    stop: async () => {
      writing = false;
      await Promise.all(loops);
    },
  };
}

/**
 * Asserts that `stored` holds everything in `acknowledged` (an observer's state, taken before a
 * backup began): every writer's operations up to the clock the observer had, and its deletions
 * too, since applying all of it to a copy of `stored` changes nothing.
 */
export function expectHoldsAcknowledged(stored: Y.Doc, acknowledged: Uint8Array, writers: readonly Client[]) {
  const has = Y.decodeStateVector(Y.encodeStateVector(stored));
  const had = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(acknowledged));
  for (const w of writers) expect(had.get(w.doc.clientID), 'every writer was acknowledged').toBeGreaterThan(0);
  for (const [client, clock] of had) expect(has.get(client) ?? 0, `client ${client}`).toBeGreaterThanOrEqual(clock);
  const probe = new Y.Doc();
  Y.applyUpdate(probe, Y.encodeStateAsUpdate(stored));
  const before = contentOf(probe);
  Y.applyUpdate(probe, acknowledged);
  expect(contentOf(probe)).toBe(before);
}

/** Waits until every client shows the same content, and answers it. */
export async function agreedContent(clients: readonly Client[]): Promise<string> {
  const reference = () => contentOf(clients[0]!.doc);
  await eventually(() => {
    for (const c of clients) expect(contentOf(c.doc)).toBe(reference());
  }, 10_000);
  return reference();
}

/** Waits until every client holds the same operations and shows `content`. */
export async function expectConverged(clients: readonly Client[], content: string) {
  await eventually(() => {
    const vectors = clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64'));
    expect(new Set(vectors).size).toBe(1);
    for (const c of clients) expect(contentOf(c.doc)).toBe(content);
  }, 15_000);
}

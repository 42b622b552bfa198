import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SYNC_PATH } from '@/lib/protocol';
import { openPgStores } from '@/server/storage/pg-stores';
import { startServerProcess } from '../bench/processes';
import { connect, eventually, synced, type Client } from './harness';
import { startBalancer, type Balancer } from './services/balancer';
import { postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { suiteTitle } from './services/skip';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';

const skip = [postgresUnavailable(), redisUnavailable()].filter(Boolean).join('; ') || null;
const SECRET = 'scale-out-test-secret-0123456789abcdefgh';

type Instance = { child: ChildProcess; port: number };

describe.skipIf(skip)(suiteTitle('three instances on PostgreSQL and Redis', skip), () => {
  let pg: PostgresServer;
  let redis: RedisServer;
  let databaseUrl: string;
  let balancer: Balancer;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-scale-'));
  const instances: Instance[] = [];
  const clients: Client[] = [];

  const startInstance = () =>
    startServerProcess({ DATA_DIR: dataDir, BOARD_SECRET: SECRET, DATABASE_URL: databaseUrl, REDIS_URL: redis.url, COMPACT_AFTER: '40', UNLOAD_AFTER_MS: '200' });

  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres().then((s) => s!), startRedis()]);
    databaseUrl = await pg.createDatabase('scale_out');
    // One after another: the first runs the migrations, the others find them done.
    for (let i = 0; i < 3; i++) instances.push(await startInstance());
    balancer = await startBalancer(() => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null).map((i) => i.port));
  }, 60_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const i of instances) i.child.kill('SIGKILL');
    await balancer?.close();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
    rmSync(dataDir, { recursive: true, force: true });
  });

  const http = (i: number) => `http://127.0.0.1:${instances[i]!.port}`;
  const ws = (port: number) => `ws://127.0.0.1:${port}${SYNC_PATH}`;
  const createBoard = async () =>
    (await fetch(`${http(0)}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Nasjonal høring', template: 'dagens-ordning' }),
    }).then((r) => r.json())) as { id: string; tokens: Record<string, string> };
  const join = async (port: number, boardId: string, token: string) => {
    const client = connect(ws(port), boardId, token);
    clients.push(client);
    await synced(client, 10_000);
    return client;
  };
  /** The board as PostgreSQL holds it, read by stores of the test's own. */
  const stored = async (boardId: string) => {
    const stores = await openPgStores(databaseUrl);
    try {
      const { state, updates } = await stores.log.load(boardId);
      const doc = new Y.Doc();
      if (state) Y.applyUpdate(doc, state);
      for (const u of updates) Y.applyUpdate(doc, u);
      return doc;
    } finally {
      await stores.close();
    }
  };
  const meta = (doc: Y.Doc) => doc.getMap('meta').toJSON();
  const editRounds = async (editors: Client[], rounds: number, tag: string) => {
    for (let round = 0; round < rounds; round++) {
      editors.forEach((c, n) => c.doc.getMap('meta').set(`${tag}${(round * 5 + n) % 16}`, `${n}:${round}`));
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  const converged = (docs: Client[]) => {
    const first = meta(docs[0]!.doc);
    for (const c of docs) expect(meta(c.doc)).toEqual(first);
  };
  /** Every operation `seen` holds is in `has`: compared per writer by clock. */
  const covers = (has: Y.Doc, seen: Uint8Array) => {
    const had = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(seen));
    const holds = Y.decodeStateVector(Y.encodeStateVector(has));
    for (const [client, clock] of had) expect(holds.get(client) ?? 0, `writer ${client}`).toBeGreaterThanOrEqual(clock);
  };

  it('converges concurrent edits from clients on all three instances, stores what they hold, and shows presence across', async () => {
    const board = await createBoard();
    const editors = await Promise.all([0, 1, 2, 0, 1, 2].map((i) => join(instances[i]!.port, board.id, board.tokens.editor!)));
    await editRounds(editors, 40, 'k');
    await eventually(() => converged(editors), 15_000);
    await eventually(async () => expect(meta(await stored(board.id))).toEqual(meta(editors[0]!.doc)), 10_000);

    editors[0]!.provider.awareness.setLocalStateField('focus', 'dps');
    const viewer = await join(instances[2]!.port, board.id, board.tokens.viewer!);
    await eventually(() => {
      const state = viewer.provider.awareness.getStates().get(editors[0]!.doc.clientID) as { focus?: string; user?: { role?: string } } | undefined;
      expect(state).toMatchObject({ focus: 'dps', user: { role: 'editor' } });
    }, 10_000);
  }, 60_000);

  it('loses nothing any client had received when one instance is killed, and its clients carry on through another', async () => {
    const board = await createBoard();
    // Through the balancer, round robin: two clients on each instance.
    const editors = await Promise.all(Array.from({ length: 6 }, () => join(balancer.port, board.id, board.tokens.editor!)));
    await editRounds(editors, 20, 'before');
    await eventually(() => converged(editors), 15_000);
    const victim = instances[1]!;
    const connections = async (i: number) => Number(/ansvarstavla_connections (\d+)/.exec(await (await fetch(`${http(i)}/metrics`)).text())?.[1]);
    expect(await connections(1)).toBeGreaterThan(0);
    victim.child.kill('SIGKILL');
    const seen = editors.map((c) => Y.encodeStateAsUpdate(c.doc));
    // The killed instance's clients reconnect through the balancer to a live one by themselves.
    await editRounds(editors, 20, 'after');
    await eventually(() => converged(editors), 20_000);
    const store = await stored(board.id);
    for (const s of seen) covers(store, s);
    expect(meta(store)).toEqual(meta(editors[0]!.doc));
    instances[1] = await startInstance();
  }, 60_000);

  it('converges after Redis is stopped for a few seconds during edits, without restarting any instance', async () => {
    const board = await createBoard();
    const editors = await Promise.all([0, 1, 2].map((i) => join(instances[i]!.port, board.id, board.tokens.editor!)));
    await redis.stop();
    const fanoutHealth = async (i: number) => ((await (await fetch(`${http(i)}/api/health`)).json()) as { fanout: string }).fanout;
    await eventually(async () => expect(await fanoutHealth(1)).toBe('unreachable'));
    await editRounds(editors, 30, 'dark');
    await new Promise((r) => setTimeout(r, 2000));
    // Each instance served its own clients meanwhile, but could not reach the others.
    expect(meta(editors[0]!.doc)).not.toEqual(meta(editors[2]!.doc));
    await redis.start();
    await eventually(() => converged(editors), 20_000);
    for (let i = 0; i < 3; i++) await eventually(async () => expect(await fanoutHealth(i)).toBe('ok'));
    await editRounds(editors, 5, 'light');
    await eventually(() => converged(editors), 10_000);
    expect(meta(await stored(board.id))).toEqual(meta(editors[0]!.doc));
  }, 60_000);

  it('keeps serving after PostgreSQL restarts while the instances are idle', async () => {
    const board = await createBoard();
    const before = await Promise.all([0, 2].map((i) => join(instances[i]!.port, board.id, board.tokens.editor!)));
    before[0]!.doc.getMap('meta').set('before', 1);
    await eventually(() => expect(before[1]!.doc.getMap('meta').get('before')).toBe(1), 10_000);
    await pg.restart();
    before[1]!.doc.getMap('meta').set('after', 2);
    await eventually(() => expect(before[0]!.doc.getMap('meta').get('after')).toBe(2), 15_000);
    for (let i = 0; i < 3; i++) await eventually(async () => expect((await fetch(`${http(i)}/api/health`)).status).toBe(200), 15_000);
    // A board created and loaded after the restart works on every instance.
    const fresh = await createBoard();
    const late = await join(instances[1]!.port, fresh.id, fresh.tokens.viewer!);
    expect(late.doc.getMap('cards').size).toBeGreaterThan(0);
    expect(meta(await stored(board.id))).toMatchObject({ before: 1, after: 2 });
  }, 60_000);
});

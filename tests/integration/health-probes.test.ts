import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { createBoardServer } from '@/server/board-server';
import { loadConfig } from '@/server/config';
import { RedisFanout } from '@/server/fanout/redis-fanout';
import { silentLogger } from '@/server/log';
import { memoryStores } from '@/server/storage/memory-stores';
import { openPgStores } from '@/server/storage/pg-stores';
import type { Stores } from '@/server/storage/stores';
import { eventually, SECRET, startServer, type TestServer } from './harness';
import { freePort, waitFor } from './services/ports';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';
import { suiteTitle } from './services/skip';

type Answer = { status: number; body: Record<string, unknown> | null; text: string; allow: string | null };

async function probe(base: string, path: string, method = 'GET'): Promise<Answer> {
  const res = await fetch(`${base}${path}`, { method });
  const text = await res.text();
  return { status: res.status, body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : null, text, allow: res.headers.get('allow') };
}

/** A board server in this process on the given stores (and fan-out), as main.ts makes one. */
async function boardServer(stores: Stores, fanout?: RedisFanout) {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0' }, process.cwd());
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: silentLogger, fanout });
  const port = await server.listen(0);
  return { ...server, http: `http://127.0.0.1:${port}` };
}

describe('liveness and readiness on the embedded store', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    for (const s of servers) await s.stop();
  });
  const start = async () => {
    const s = await startServer();
    servers.push(s);
    return s;
  };

  it('answers live and ready with 200 and the parts it checked; HEAD too, any other method 405', async () => {
    const server = await start();
    const live = await probe(server.http, '/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ ok: true, uptimeSeconds: expect.any(Number) });
    const ready = await probe(server.http, '/api/health/ready');
    expect([ready.status, ready.body]).toEqual([200, { ok: true, down: [], database: 'ok', fanout: 'off', closing: false }]);
    // The combined status keeps the shape it always had.
    const combined = await probe(server.http, '/api/health');
    expect([combined.status, combined.body]).toEqual([200, { ok: true, database: 'ok', fanout: 'off', uptimeSeconds: expect.any(Number), rooms: 0 }]);

    for (const path of ['/api/health/live', '/api/health/ready', '/api/health']) {
      const head = await probe(server.http, path, 'HEAD');
      expect([head.status, head.text], `HEAD ${path}`).toEqual([200, '']);
      for (const method of ['POST', 'PUT', 'DELETE']) {
        const wrong = await probe(server.http, path, method);
        expect([wrong.status, wrong.body?.error, wrong.allow], `${method} ${path}`).toEqual([405, 'method not allowed', 'GET, HEAD']);
      }
    }
  });

  it('keeps live at 200 without asking the store, while ready says 503 database for a store that fails or never answers', async () => {
    const server = await start();
    let pings = 0;
    server.stores.ping = () => {
      pings++;
      return Promise.reject(new Error('disk gone'));
    };
    expect((await probe(server.http, '/api/health/live')).status).toBe(200);
    expect(pings).toBe(0);
    const failing = await probe(server.http, '/api/health/ready');
    expect([failing.status, failing.body]).toMatchObject([503, { ok: false, down: ['database'], database: 'unreachable' }]);
    expect(pings).toBe(1);

    // A database that takes the query and never answers must not hold the probe past its own timeout.
    server.stores.ping = () => new Promise<boolean>(() => undefined);
    const started = Date.now();
    const hanging = await probe(server.http, '/api/health/ready');
    expect([hanging.status, hanging.body?.down]).toEqual([503, ['database']]);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('says 503 closing on ready once shutdown has begun, while live and the rest still answer', async () => {
    const server = await start();
    server.beginClose();
    const ready = await probe(server.http, '/api/health/ready');
    expect([ready.status, ready.body]).toEqual([503, { ok: false, down: ['closing'], database: 'not checked', fanout: 'off', closing: true }]);
    expect((await probe(server.http, '/api/health/live')).status).toBe(200);
    expect((await probe(server.http, '/api/templates')).status).toBe(200);
  });

  it('leaves /metrics as it was', async () => {
    const server = await start();
    const metrics = await probe(server.http, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('ansvarstavla_connections');
  });
});

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('probes while PostgreSQL is away'), () => {
  let pg: PostgresServer;
  let server: Awaited<ReturnType<typeof boardServer>>;
  beforeAll(async () => {
    pg = (await startPostgres())!;
    server = await boardServer(await openPgStores(await pg.createDatabase('probes')));
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await pg?.destroy();
  });

  it('keeps live at 200 while ready and the combined status answer 503 naming the database, and both recover', async () => {
    expect((await probe(server.http, '/api/health/ready')).status).toBe(200);
    await pg.stop();

    const live = await probe(server.http, '/api/health/live');
    expect([live.status, live.body?.ok]).toEqual([200, true]);
    const ready = await probe(server.http, '/api/health/ready');
    expect([ready.status, ready.body]).toEqual([503, { ok: false, down: ['database'], database: 'unreachable', fanout: 'off', closing: false }]);
    const combined = await probe(server.http, '/api/health');
    expect([combined.status, combined.body?.database]).toEqual([503, 'unreachable']);

    await pg.start();
    await eventually(async () => expect((await probe(server.http, '/api/health/ready')).status).toBe(200), 10_000);
  }, 60_000);
});

const noRedis = redisUnavailable();

describe.skipIf(noRedis)(suiteTitle('readiness while Redis fan-out is cut off', noRedis), () => {
  let redis: RedisServer;
  let server: Awaited<ReturnType<typeof boardServer>>;
  beforeAll(async () => {
    redis = await startRedis();
    server = await boardServer(memoryStores(), await RedisFanout.connect({ url: redis.url, log: silentLogger }));
  });
  afterAll(async () => {
    await server?.close();
    await redis?.destroy();
  });

  it('answers ready 503 naming the fan-out while Redis is away, keeps live and the combined status at 200, and recovers', async () => {
    const before = await probe(server.http, '/api/health/ready');
    expect([before.status, before.body?.fanout]).toEqual([200, 'ok']);
    await redis.stop();

    await eventually(async () => {
      const ready = await probe(server.http, '/api/health/ready');
      expect([ready.status, ready.body]).toEqual([503, { ok: false, down: ['fanout'], database: 'ok', fanout: 'unreachable', closing: false }]);
    }, 10_000);
    expect((await probe(server.http, '/api/health/live')).status).toBe(200);
    // An instance without its link still serves its own clients, as the combined status always said.
    const combined = await probe(server.http, '/api/health');
    expect([combined.status, combined.body?.fanout]).toEqual([200, 'unreachable']);

    await redis.start();
    await eventually(async () => expect((await probe(server.http, '/api/health/ready')).status).toBe(200), 15_000);
  }, 40_000);
});

describe('readiness during shutdown of the real process', () => {
  let child: ChildProcess | undefined;
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-drain-'));
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('after SIGTERM answers ready 503 and live 200 for SHUTDOWN_DRAIN_MS, then exits 0', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env = { NODE_ENV: 'production' as const, PATH: process.env.PATH, HOME: dataDir, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SERVE_APP: '0', LOG: 'silent', SHUTDOWN_DRAIN_MS: '3000' };
    const proc = spawn(path.resolve('node_modules/.bin/tsx'), ['server/main.ts'], { cwd: process.cwd(), env, stdio: 'ignore' });
    child = proc;
    const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
    await waitFor(async () => (await probe(base, '/api/health/ready')).status === 200, 30_000, 'the server');

    const signalled = Date.now();
    proc.kill('SIGTERM');
    await eventually(async () => {
      const ready = await probe(base, '/api/health/ready');
      expect([ready.status, ready.body?.down]).toEqual([503, ['closing']]);
    }, 2000);
    expect((await probe(base, '/api/health/live')).status).toBe(200);
    expect(await exited).toBe(0);
    // It served through the drain rather than closing at once.
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(2900);
  }, 60_000);
});

import { afterAll, beforeAll } from 'vitest';
import { memoryStores } from '@/server/storage/memory-stores';
import { startServer, type Client, type TestServer } from '../harness';
import { startLinkedInstances, type Instance } from './instances';
import { startRedis, type RedisServer } from './redis';

/**
 * For one describe block: a server started before its tests and stopped after them, with every
 * client a test puts in `clients` closed first. `server` is there once the tests run.
 */
export function serverForSuite(env: Record<string, string> = {}) {
  const suite = { server: undefined as unknown as TestServer, clients: [] as Client[] };
  beforeAll(async () => {
    suite.server = await startServer(env);
  });
  afterAll(async () => {
    for (const c of suite.clients) c.destroy();
    await suite.server?.stop();
  });
  return suite;
}

/**
 * For one describe block: a real Redis and `count` instances linked through it on one memory
 * store (see startLinkedInstances), stopped after its tests with every client in `clients`.
 */
export function linkedInstancesForSuite(count: number) {
  const suite = { stores: memoryStores(), instances: [] as Instance[], clients: [] as Client[] };
  let redis: RedisServer | undefined;
  beforeAll(async () => {
    const started = await startRedis();
    redis = started;
    suite.instances.push(...(await startLinkedInstances(suite.stores, Array.from({ length: count }, () => started.url))));
  });
  afterAll(async () => {
    for (const c of suite.clients) c.destroy();
    for (const i of suite.instances) await i.close();
    await suite.stores.close();
    await redis?.destroy();
  });
  return suite;
}

import { catalog } from '@/lib/catalog';
import { SYNC_PATH } from '@/lib/protocol';
import { createBoardServer } from '@/server/board-server';
import { loadConfig } from '@/server/config';
import { RedisFanout } from '@/server/fanout/redis-fanout';
import { silentLogger } from '@/server/log';
import type { Stores } from '@/server/storage/stores';
import { SECRET } from '../harness';
import { shared } from './shared-store';

/** One board server in this process: its sync address, its HTTP base and how to stop it. */
export type Instance = { ws: string; http: string; close(): Promise<void> };

/**
 * Starts one board server per Redis address, all in this process on one store (closing an
 * instance leaves the store open), so what one instance stores reaches the clients of another
 * only through the fan-out. Rooms unload at once, unless `env` says otherwise.
 */
export async function startLinkedInstances(stores: Stores, redisUrls: readonly string[], env: Record<string, string> = {}): Promise<Instance[]> {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0', ...env }, process.cwd());
  const instances: Instance[] = [];
  for (const url of redisUrls) {
    const fanout = await RedisFanout.connect({ url, log: silentLogger });
    const server = createBoardServer({ config, stores: shared(stores), catalog, secret: SECRET, log: silentLogger, fanout });
    const port = await server.listen(0);
    instances.push({ ws: `ws://127.0.0.1:${port}${SYNC_PATH}`, http: `http://127.0.0.1:${port}`, close: () => server.close() });
  }
  return instances;
}

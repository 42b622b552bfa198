import type { Config } from '../config';
import type { Logger } from '../log';
import { openPgStores } from './pg-stores';
import { openSqliteStores } from './sqlite-stores';
import type { Stores } from './stores';

/** The stores the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file under DATA_DIR. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'databaseFile'>, log: Logger): Promise<Stores> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    return openPgStores(url, { log }).catch((error: unknown) => {
      // The URL's password stays out of the message; host and database say which one failed.
      const { hostname, port, pathname } = new URL(url);
      throw new Error(`cannot open PostgreSQL at ${hostname}:${port || 5432}${pathname} (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return openSqliteStores(config.databaseFile, { log });
}

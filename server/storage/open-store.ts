import type { Config } from '../config';
import type { Logger } from '../log';
import type { DocStore } from './doc-store';
import { PgDocStore } from './pg-doc-store';
import { SqliteDocStore } from './sqlite-doc-store';

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file under DATA_DIR. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'databaseFile'>, log: Logger): Promise<DocStore> {
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    return PgDocStore.open(url, { log }).catch((error: unknown) => {
      // The URL's password stays out of the message; host and database say which one failed.
      const { hostname, port, pathname } = new URL(url);
      throw new Error(`cannot open PostgreSQL at ${hostname}:${port || 5432}${pathname} (DATABASE_URL): ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  return SqliteDocStore.open(config.databaseFile);
}

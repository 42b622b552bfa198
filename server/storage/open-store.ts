import type { Config } from '../config';
import type { Logger } from '../log';
import type { DocStore } from './doc-store';
import { PgDocStore } from './pg-doc-store';
import { SqliteDocStore } from './sqlite-doc-store';

/** The store the configuration names: PostgreSQL when DATABASE_URL is set, else the SQLite file under DATA_DIR. */
export async function openStore(config: Pick<Config, 'databaseUrl' | 'databaseFile'>, log: Logger): Promise<DocStore> {
  if (config.databaseUrl) return PgDocStore.open(config.databaseUrl, { log });
  return SqliteDocStore.open(config.databaseFile);
}

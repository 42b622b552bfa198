import pg from 'pg';
import type { Logger } from '../log';

/** What a statement runs on: the pool (each statement its own transaction) or one transaction's client. */
export type Queryable = Pick<pg.ClientBase, 'query'>;

// A query while the database is unreachable should fail within this, not wait on a dead address:
// the health check and a room's load answer the client rather than hang with it.
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * The pool every PostgreSQL store shares, with the error handling a restart of PostgreSQL needs
 * and a transaction helper. Each part writes its invariants as constraints, row locks or one
 * statement, so several server instances on one database stay correct without in-process state.
 */
export class PgDb {
  readonly pool: pg.Pool;

  constructor(url: string, log?: Logger) {
    this.pool = new pg.Pool({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
    // An idle client whose connection died (PostgreSQL restarted, an admin ended the backend) emits
    // 'error' on the pool; unheard, that would end the process. The pool has dropped the client
    // already, and the next query opens a fresh connection.
    this.pool.on('error', (e) => log?.('postgres-connection-lost', { message: e.message }, 'warn'));
  }

  /** The rows of one statement, run on a pooled connection. */
  async rows<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<R[]> {
    return (await this.pool.query<R>(sql, params)).rows;
  }

  /** How many rows one statement changed. */
  async changed(sql: string, params?: unknown[]): Promise<number> {
    return (await this.pool.query(sql, params)).rowCount ?? 0;
  }

  /**
   * Runs `work` in one READ COMMITTED transaction on one connection: committed when it resolves,
   * rolled back when it throws (and the error rethrown).
   */
  async tx<T>(work: (c: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A checked-out client has no pool listener: a connection dying between two statements would
    // otherwise be an unheard 'error' event. The failing statement reports it to the caller.
    let broken: Error | undefined;
    const onError = (e: Error) => (broken = e);
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch (rollbackError) {
        // The connection is gone with its transaction; the pool must not hand it out again.
        broken ??= rollbackError as Error;
      }
      throw e;
    } finally {
      client.off('error', onError);
      client.release(broken);
    }
  }

  /** True when PostgreSQL answers a trivial query; false, never a throw, while it cannot be reached. */
  async ping(): Promise<boolean> {
    try {
      const [row] = await this.rows<{ ok: number }>('SELECT 1 AS ok');
      return row?.ok === 1;
    } catch {
      // Unreachable or restarting: the health check reports it, the pool reconnects later.
      return false;
    }
  }

  /** Closes every connection once the ones in use are released; the pool takes no query after. */
  end(): Promise<void> {
    return this.pool.end();
  }
}

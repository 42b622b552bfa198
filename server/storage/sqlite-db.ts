import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startCheckpointer } from './checkpointer';
import { migrate } from './sqlite-migrations';

/**
 * The one SQLite connection every SQLite store shares: the database, whether it is still open,
 * and the checkpointer to nudge after each write. Statements are synchronous, as better-sqlite3's
 * are; the stores wrap them in read and write so every call checks the connection is open.
 */
export class SqliteDb {
  /** Set by close(); every later call throws, an append rejects. */
  closed = false;
  private readonly pingStmt;

  private constructor(
    readonly database: Database.Database,
    private readonly checkpointer: ReturnType<typeof startCheckpointer>,
  ) {
    this.pingStmt = database.prepare<[], { ok: number }>('SELECT 1 AS ok');
  }

  /** Opens (creating if needed) the database at `file` and migrates it to the current schema. */
  static open(file: string): SqliteDb {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // The requirement is that killing the server process loses nothing that was acknowledged.
    // In WAL mode every commit is written to the WAL file before it returns, so it survives a
    // process crash; NORMAL only skips the fsync, which matters solely for an OS crash or power
    // loss, and that risk is accepted in exchange for far cheaper commits.
    db.pragma('synchronous = NORMAL');
    // Another process (a backup, an admin shell) may briefly hold the write lock.
    db.pragma('busy_timeout = 5000');
    // Checkpoints run in a worker thread instead (see checkpointer.ts).
    db.pragma('wal_autocheckpoint = 0');
    // A deleted board must not linger in the file: without this, deleted rows stay readable in
    // freed pages and cell gaps until SQLite happens to reuse them. With it, every delete
    // overwrites the freed bytes with zeros, at the cost of writing those pages once more.
    db.pragma('secure_delete = ON');
    migrate(db);
    return new SqliteDb(db, startCheckpointer(file, createRequire(import.meta.url).resolve('better-sqlite3')));
  }

  /** Throws once the connection is closed. */
  assertOpen(): void {
    if (this.closed) throw new Error('the SQLite store is closed');
  }

  /** Runs a query on the open connection. */
  read<T>(query: () => T): T {
    this.assertOpen();
    return query();
  }

  /** Runs a write that commits on its own, then tells the checkpointer the WAL grew. */
  write<T>(change: () => T): T {
    this.assertOpen();
    const result = change();
    this.checkpointer.committed();
    return result;
  }

  /** Tells the checkpointer a commit landed; for writes that manage their own transaction. */
  committed(): void {
    this.checkpointer.committed();
  }

  /**
   * Copies the whole WAL into the database and truncates it to nothing, so frames holding rows
   * deleted since (a deleted board's) are gone from the disk as well. Runs on this connection and
   * blocks the loop for one checkpoint's fsync, which a deletion (rare) may cost. While a reader
   * in another process holds an older snapshot the checkpoint cannot finish: it is tried again
   * every second for a minute, and `failed` is told if it never finished.
   */
  truncateWal(failed: (error: string) => void, attempts = 60): void {
    if (this.closed) return;
    let busy: boolean;
    try {
      busy = (this.database.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[])[0]?.busy !== 0;
    } catch (error) {
      busy = true;
      if (attempts <= 1) return failed(String(error));
    }
    if (!busy) return;
    if (attempts <= 1) return failed('the WAL stayed in use');
    setTimeout(() => this.truncateWal(failed, attempts - 1), 1000).unref();
  }

  /** True when the database answers a trivial query. */
  ping(): boolean {
    if (this.closed) return false;
    try {
      return this.pingStmt.get()?.ok === 1;
    } catch {
      return false;
    }
  }

  /** Stops the checkpointer and closes the connection; the stores take no call after. */
  async close(): Promise<void> {
    this.closed = true;
    await this.checkpointer.stop();
    this.database.close();
  }
}

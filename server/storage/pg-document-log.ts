import type { DocumentLog, StoredDoc } from './document-log';
import type { PgDb, Queryable } from './pg-db';

type PendingAppend = { boardId: string; data: Buffer; resolve: () => void; reject: (e: unknown) => void };
type LogRow = { kind: number; id: string; data: Buffer };

// Bounds one INSERT (and the parameter it sends) when a slow commit let the queue grow long.
const MAX_BATCH = 1000;

/**
 * Advisory lock key space of fold, apart from MIGRATION_LOCK's single-key space. The board id
 * hashes to the second key; two boards sharing a hash only make one fold wait for a later try.
 */
export const FOLD_LOCK_SPACE = 0x616e7376;

/** The two keys of a board's fold lock, as SQL over the parameter `boardParam` (e.g. '$1'). */
export const foldLockKeys = (boardParam: string) => `${FOLD_LOCK_SPACE}, hashtext(${boardParam})`;

// A plain view, so callers never see Buffer's differing slice() and equality semantics.
const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

// State (kind 0) and updates (kind 1) in one statement, so in one snapshot: read in two, a fold
// committing in between could hand out the old state without the updates it folded.
const READ_LOG = `SELECT kind, id, data FROM (
    SELECT 0 AS kind, 0::bigint AS id, data FROM states WHERE board_id = $1
    UNION ALL
    SELECT 1, id, data FROM updates WHERE board_id = $1
  ) log ORDER BY kind, id`;

/** Stores a board's state ($1 board id, $2 bytes), replacing the one before. */
export const UPSERT_STATE = 'INSERT INTO states (board_id, data) VALUES ($1, $2) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data';

async function readLog(c: Queryable, boardId: string): Promise<{ stored: StoredDoc; ids: string[] }> {
  const rows = (await c.query<LogRow>(READ_LOG, [boardId])).rows;
  const state = rows.find((r) => r.kind === 0);
  const updates = rows.filter((r) => r.kind === 1);
  return { stored: { state: state ? toBytes(state.data) : null, updates: updates.map((r) => toBytes(r.data)) }, ids: updates.map((r) => r.id) };
}

/**
 * The DocumentLog for scale-out: a board's state and update log in PostgreSQL, which several
 * instances append to. Appends are group-committed: while one INSERT is in flight, later appends
 * queue and go in the next one, in call order, so throughput does not hang on one round trip per
 * update. Each append resolves once its INSERT committed.
 */
export class PgDocumentLog implements DocumentLog {
  private queue: PendingAppend[] = [];
  private draining = false;
  private closed = false;
  /** Settles once every append called so far has settled; batches commit in call order. */
  private last: Promise<void> = Promise.resolve();

  constructor(private readonly db: PgDb) {}

  append(boardId: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('the PostgreSQL store is closed'));
    const done = new Promise<void>((resolve, reject) => {
      // Copied now: the caller may reuse its buffer before the batch is written.
      this.queue.push({ boardId, data: Buffer.from(update), resolve, reject });
    });
    // Only orders later reads after this append; its failure reaches the caller through `done`.
    this.last = done.catch(() => undefined);
    if (!this.draining) {
      this.draining = true;
      // Appends made in the same turn (one client message fanning out) join the first INSERT.
      queueMicrotask(() => void this.drain());
    }
    return done;
  }

  /** Resolves once every append called before it has committed or failed. */
  settled(): Promise<void> {
    return this.last;
  }

  /** Takes no append after this; resolves once the ones already called have settled. */
  close(): Promise<void> {
    this.closed = true;
    return this.settled();
  }

  /** Appends already called are read too. */
  async load(boardId: string): Promise<StoredDoc> {
    await this.settled();
    return (await readLog(this.db.pool, boardId)).stored;
  }

  /** Appends called before it are among the ones counted. */
  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    await this.settled();
    await this.db.tx(async (c) => {
      await c.query(UPSERT_STATE, [boardId, Buffer.from(state)]);
      if (coveredUpdates > 0) {
        await c.query('DELETE FROM updates WHERE id IN (SELECT id FROM updates WHERE board_id = $1 ORDER BY id LIMIT $2)', [boardId, coveredUpdates]);
      }
    });
  }

  /**
   * Only a transaction-scoped advisory lock keeps two folds apart: a row lock on the board or its
   * log would stall every instance's appends for the whole fold.
   */
  async fold(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean> {
    await this.settled();
    return this.db.tx(async (c) => {
      const [lock] = (await c.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${foldLockKeys('$1')}) AS ok`, [boardId])).rows;
      if (!lock?.ok) return false;
      const { stored, ids } = await readLog(c, boardId);
      const state = fold(stored);
      await c.query(UPSERT_STATE, [boardId, Buffer.from(state)]);
      // By id, not by position or range: an append committing during the fold may have an id
      // below the highest one read, and must survive.
      if (ids.length > 0) await c.query('DELETE FROM updates WHERE id = ANY($1::bigint[])', [ids]);
      return true;
    });
  }

  private async drain(): Promise<void> {
    while (this.queue.length > 0) {
      const batch = this.queue.splice(0, MAX_BATCH);
      try {
        // Ordered by position in the batch, so the identity values follow call order.
        await this.db.pool.query(
          `INSERT INTO updates (board_id, data)
           SELECT board_id, data FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS batch (board_id, data, n) ORDER BY n`,
          [batch.map((p) => p.boardId), batch.map((p) => p.data)],
        );
      } catch (e) {
        for (const p of batch) p.reject(e);
        continue;
      }
      for (const p of batch) p.resolve();
    }
    this.draining = false;
  }
}

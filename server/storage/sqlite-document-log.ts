import type { DocumentLog, StoredDoc } from './document-log';
import type { SqliteDb } from './sqlite-db';

type PendingAppend = { boardId: string; data: Buffer; resolve: () => void; reject: (e: unknown) => void };

/** Stores a board's state (board id, bytes), replacing the one before. */
export const UPSERT_STATE = 'INSERT INTO states (board_id, data) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data';

// A plain view, so callers never see Buffer's differing slice() and equality semantics.
const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * The default DocumentLog: the states and updates tables of the SQLite file (WAL mode).
 * Concurrent append calls are group-committed into one transaction per event-loop turn;
 * appendNow writes at once, since the file is local.
 */
export class SqliteDocumentLog implements DocumentLog {
  private queue: PendingAppend[] = [];
  private readonly stmt;
  /** The last seq given out per board, read from the table on a board's first append. */
  private readonly seqs = new Map<string, number>();

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      upsertState: database.prepare(UPSERT_STATE),
      getState: database.prepare<[string], { data: Buffer }>('SELECT data FROM states WHERE board_id = ?'),
      insertUpdate: database.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
      lastSeq: database.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE board_id = ?'),
      getUpdates: database.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE board_id = ? ORDER BY seq'),
      dropCovered: database.prepare(
        'DELETE FROM updates WHERE board_id = ? AND seq IN (SELECT seq FROM updates WHERE board_id = ? ORDER BY seq LIMIT ?)',
      ),
    };
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.db.assertOpen();
    // Read-your-writes: an append already called must show up even if not yet committed.
    this.flush();
    return this.db.database.transaction(() => this.readDoc(boardId))();
  }

  private readDoc(boardId: string): StoredDoc {
    const state = this.stmt.getState.get(boardId);
    return { state: state ? toBytes(state.data) : null, updates: this.stmt.getUpdates.all(boardId).map((r) => toBytes(r.data)) };
  }

  append(boardId: string, update: Uint8Array): Promise<void> {
    if (this.db.closed) return Promise.reject(new Error('the SQLite store is closed'));
    return new Promise((resolve, reject) => {
      // Copied now: the caller may reuse its buffer before the batch is written.
      this.queue.push({ boardId, data: Buffer.from(update), resolve, reject });
      if (this.queue.length === 1) queueMicrotask(() => this.flush());
    });
  }

  appendNow(boardId: string, update: Uint8Array): void {
    this.db.assertOpen();
    // Queued appends were called first, so they take the earlier seqs; when they could not be
    // written, neither is this one, which then waits its turn behind their retries.
    if (!this.flush()) throw new Error('earlier appends could not be written');
    // A view, not a copy: the row is written before this returns.
    this.insert(boardId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
    this.db.committed();
  }

  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    this.db.assertOpen();
    // Queued appends may be among the covered ones; they must have their seq before we count.
    this.flush();
    this.db.database.transaction(() => {
      this.stmt.upsertState.run(boardId, Buffer.from(state));
      if (coveredUpdates > 0) this.stmt.dropCovered.run(boardId, boardId, coveredUpdates);
    })();
    this.db.committed();
  }

  async fold(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean> {
    this.db.assertOpen();
    this.flush();
    // IMMEDIATE takes the write lock before reading, so no other writer slips an update in
    // between; appends made inside `fold` queue and land after the dropped ones.
    this.db.database
      .transaction(() => {
        const stored = this.readDoc(boardId);
        this.stmt.upsertState.run(boardId, Buffer.from(fold(stored)));
        if (stored.updates.length > 0) this.stmt.dropCovered.run(boardId, boardId, stored.updates.length);
      })
      .immediate();
    this.db.committed();
    return true;
  }

  /** Writes every queued append in one transaction; false when that failed (each was rejected). Closing calls it last. */
  flush(): boolean {
    const batch = this.queue;
    if (batch.length === 0) return true;
    this.queue = [];
    try {
      // A lone append commits on its own: BEGIN/COMMIT around one insert only adds work.
      if (batch.length === 1) this.insert(batch[0]!.boardId, batch[0]!.data);
      else
        this.db.database.transaction(() => {
          for (const p of batch) this.insert(p.boardId, p.data);
        })();
    } catch (e) {
      // The counters may have run ahead of what was written; read them afresh next time.
      this.seqs.clear();
      for (const p of batch) p.reject(e);
      return false;
    }
    this.db.committed();
    for (const p of batch) p.resolve();
    return true;
  }

  private insert(boardId: string, data: Buffer): void {
    const seq = (this.seqs.get(boardId) ?? this.stmt.lastSeq.get(boardId)?.seq ?? 0) + 1;
    this.stmt.insertUpdate.run(boardId, seq, data);
    this.seqs.set(boardId, seq);
  }
}

import { MAX_HISTORY_PAGE, type HistoryEntry, type NewHistoryEntry } from '@/lib/history';
import type { HistoryStore } from './history-store';
import { sqliteEraseActor, sqliteHistoryNaming } from './sqlite-erasure';
import type { SqliteDb } from './sqlite-db';
import { toEntry, type HistoryRow } from './sql-rows';

/** The history table of the SQLite file (created by the fourth step in sqlite-migrations.ts). */
export class SqliteHistory implements HistoryStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      lastSeq: database.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM history WHERE board_id = ?'),
      insertHistory: database.prepare('INSERT INTO history (board_id, seq, data) VALUES (?, ?, ?)'),
      listHistory: database.prepare<[string, number, number], HistoryRow>('SELECT seq, data FROM history WHERE board_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      lastHistory: database.prepare<[string], HistoryRow>('SELECT seq, data FROM history WHERE board_id = ? ORDER BY seq DESC LIMIT 1'),
    };
  }

  /** See HistoryStore.appendHistory; the next number and the insert share one transaction. */
  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        const seq = (this.stmt.lastSeq.get(boardId)?.seq ?? 0) + 1;
        this.stmt.insertHistory.run(boardId, seq, JSON.stringify(entry));
        return seq;
      })(),
    );
  }

  async listHistory(boardId: string, query: { after?: number; limit?: number } = {}): Promise<HistoryEntry[]> {
    return this.db.read(() => this.stmt.listHistory.all(boardId, query.after ?? 0, query.limit ?? MAX_HISTORY_PAGE)).map(toEntry);
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    const row = this.db.read(() => this.stmt.lastHistory.get(boardId));
    return row ? toEntry(row) : null;
  }

  async historyNaming(boardId: string, participantId: string, cardAuthor?: string | null): Promise<HistoryEntry[]> {
    return sqliteHistoryNaming(this.db, boardId, participantId, cardAuthor);
  }

  async eraseActor(boardId: string, participantId: string, cardAuthor?: string | null): Promise<number> {
    return sqliteEraseActor(this.db, boardId, participantId, cardAuthor);
  }
}

import { MAX_HISTORY_PAGE, type HistoryEntry, type NewHistoryEntry } from '@/lib/history';
import type { HistoryStore } from './history-store';
import type { PgDb } from './pg-db';
import { pgEraseActor, pgHistoryNaming } from './pg-erasure';
import { toEntry, type HistoryRow } from './sql-rows';

/** The history tables in PostgreSQL: the entries, and history_heads, which numbers them. */
export class PgHistory implements HistoryStore {
  constructor(private readonly db: PgDb) {}

  /**
   * See HistoryStore.appendHistory. The board's history_heads row hands out the number: its
   * upsert locks the row until the entry commits, so two instances never take the same one.
   */
  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    const sql = `WITH head AS (
        INSERT INTO history_heads (board_id, last_seq) VALUES ($1, 1)
        ON CONFLICT (board_id) DO UPDATE SET last_seq = history_heads.last_seq + 1
        RETURNING last_seq)
      INSERT INTO history (board_id, seq, data) SELECT $1, last_seq, $2 FROM head RETURNING seq`;
    const [row] = await this.db.rows<{ seq: number }>(sql, [boardId, JSON.stringify(entry)]);
    if (!row) throw new Error(`history entry for ${boardId} was not stored`);
    return row.seq;
  }

  async listHistory(boardId: string, query: { after?: number; limit?: number } = {}): Promise<HistoryEntry[]> {
    const sql = 'SELECT seq, data FROM history WHERE board_id = $1 AND seq > $2 ORDER BY seq LIMIT $3';
    return (await this.db.rows<HistoryRow>(sql, [boardId, query.after ?? 0, query.limit ?? MAX_HISTORY_PAGE])).map(toEntry);
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    const [row] = await this.db.rows<HistoryRow>('SELECT seq, data FROM history WHERE board_id = $1 ORDER BY seq DESC LIMIT 1', [boardId]);
    return row ? toEntry(row) : null;
  }

  historyNaming(boardId: string, participantId: string, cardAuthor?: string | null): Promise<HistoryEntry[]> {
    return pgHistoryNaming(this.db, boardId, participantId, cardAuthor);
  }

  eraseActor(boardId: string, participantId: string, cardAuthor?: string | null): Promise<number> {
    return pgEraseActor(this.db, boardId, participantId, cardAuthor);
  }
}

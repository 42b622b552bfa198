import { controlRecordSchema, type ControlRecord } from '@/lib/control';
import type { ControlStore } from './control-store';
import type { PgDb } from './pg-db';

/** The controls table in PostgreSQL: one JSON record per board, replaced whole. */
export class PgControl implements ControlStore {
  constructor(private readonly db: PgDb) {}

  /** See ControlStore.getControl; a row that no longer parses fails loudly rather than unlocking a board. */
  async getControl(boardId: string): Promise<ControlRecord | null> {
    const [row] = await this.db.rows<{ data: string }>('SELECT data FROM controls WHERE board_id = $1', [boardId]);
    return row ? controlRecordSchema.parse(JSON.parse(row.data)) : null;
  }

  async setControl(boardId: string, record: ControlRecord): Promise<void> {
    const sql = 'INSERT INTO controls (board_id, data) VALUES ($1, $2) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data';
    await this.db.rows(sql, [boardId, JSON.stringify(controlRecordSchema.parse(record))]);
  }
}

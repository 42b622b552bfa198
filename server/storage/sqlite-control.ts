import type Database from 'better-sqlite3';
import { controlRecordSchema, type ControlRecord } from '@/lib/control';

/**
 * The controls table of SqliteDocStore (created by the fifth step in sqlite-migrations.ts).
 * Synchronous, as better-sqlite3 is; SqliteDocStore wraps each call with its open check and
 * checkpoint nudge.
 */
export class SqliteControl {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      get: db.prepare<[string], { data: string }>('SELECT data FROM controls WHERE board_id = ?'),
      set: db.prepare('INSERT INTO controls (board_id, data) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data'),
    };
  }

  /** See ControlStore.getControl; a row that no longer parses fails loudly rather than unlocking a board. */
  getControl(boardId: string): ControlRecord | null {
    const row = this.stmt.get.get(boardId);
    return row ? controlRecordSchema.parse(JSON.parse(row.data)) : null;
  }

  /** See ControlStore.setControl. */
  setControl(boardId: string, record: ControlRecord): void {
    this.stmt.set.run(boardId, JSON.stringify(controlRecordSchema.parse(record)));
  }
}

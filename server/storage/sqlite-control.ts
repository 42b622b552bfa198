import { controlRecordSchema, type ControlRecord } from '@/lib/control';
import type { ControlStore } from './control-store';
import type { SqliteDb } from './sqlite-db';

/** The controls table of the SQLite file (created by the fifth step in sqlite-migrations.ts). */
export class SqliteControl implements ControlStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    this.stmt = {
      get: db.database.prepare<[string], { data: string }>('SELECT data FROM controls WHERE board_id = ?'),
      set: db.database.prepare('INSERT INTO controls (board_id, data) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data'),
    };
  }

  /** See ControlStore.getControl; a row that no longer parses fails loudly rather than unlocking a board. */
  async getControl(boardId: string): Promise<ControlRecord | null> {
    const row = this.db.read(() => this.stmt.get.get(boardId));
    return row ? controlRecordSchema.parse(JSON.parse(row.data)) : null;
  }

  async setControl(boardId: string, record: ControlRecord): Promise<void> {
    this.db.write(() => this.stmt.set.run(boardId, JSON.stringify(controlRecordSchema.parse(record))));
  }
}

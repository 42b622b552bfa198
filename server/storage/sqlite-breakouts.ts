import type { BreakoutRecord } from '@/lib/breakouts';
import type { BreakoutStore, NewBreakout } from './breakout-store';
import type { SqliteBoards } from './sqlite-boards';
import type { SqliteDb } from './sqlite-db';
import { toBreakout, type BreakoutRow } from './sql-rows';

/** The breakouts table of the SQLite file (created by the seventh step in sqlite-migrations.ts). */
export class SqliteBreakouts implements BreakoutStore {
  private readonly stmt;

  constructor(
    private readonly db: SqliteDb,
    private readonly boards: SqliteBoards,
  ) {
    const { database } = db;
    this.stmt = {
      insert: database.prepare('INSERT INTO breakouts (child_id, parent_id, round, group_number, name, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      list: database.prepare<[string], BreakoutRow>('SELECT * FROM breakouts WHERE parent_id = ? ORDER BY round, group_number'),
      get: database.prepare<[string], BreakoutRow>('SELECT * FROM breakouts WHERE child_id = ?'),
    };
  }

  /** See BreakoutStore.createBreakouts: each group's board and row in one transaction, so a taken id or group number rolls the whole split back. */
  async createBreakouts(groups: readonly NewBreakout[]): Promise<void> {
    this.db.write(() =>
      this.db.database.transaction(() => {
        for (const { board, initialState, breakout: r } of groups) {
          this.boards.insert(board, initialState);
          this.stmt.insert.run(r.childId, r.parentId, r.round, r.group, r.name, r.createdAt);
        }
      })(),
    );
  }

  async listBreakouts(parentId: string): Promise<BreakoutRecord[]> {
    return this.db.read(() => this.stmt.list.all(parentId)).map(toBreakout);
  }

  async getBreakout(childId: string): Promise<BreakoutRecord | null> {
    const row = this.db.read(() => this.stmt.get.get(childId));
    return row ? toBreakout(row) : null;
  }
}

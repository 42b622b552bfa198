import type Database from 'better-sqlite3';
import type { BreakoutRecord } from '@/lib/breakouts';
import { toBreakout, type BreakoutRow } from './sql-rows';

/**
 * The breakout table of SqliteDocStore (created by the seventh step in sqlite-migrations.ts).
 * Synchronous, as better-sqlite3 is; SqliteDocStore runs `insert` inside the transaction that
 * creates the group's board, so a board and its row land together.
 */
export class SqliteBreakouts {
  private readonly stmt;

  constructor(db: Database.Database) {
    this.stmt = {
      insert: db.prepare('INSERT INTO breakouts (child_id, parent_id, round, group_number, name, created_at) VALUES (?, ?, ?, ?, ?, ?)'),
      list: db.prepare<[string], BreakoutRow>('SELECT * FROM breakouts WHERE parent_id = ? ORDER BY round, group_number'),
      get: db.prepare<[string], BreakoutRow>('SELECT * FROM breakouts WHERE child_id = ?'),
    };
  }

  /** Stores one row; a taken child id or (parent, round, group) throws. */
  insert(r: BreakoutRecord): void {
    this.stmt.insert.run(r.childId, r.parentId, r.round, r.group, r.name, r.createdAt);
  }

  /** See BreakoutStore.listBreakouts. */
  list(parentId: string): BreakoutRecord[] {
    return this.stmt.list.all(parentId).map(toBreakout);
  }

  /** See BreakoutStore.getBreakout. */
  get(childId: string): BreakoutRecord | null {
    const row = this.stmt.get.get(childId);
    return row ? toBreakout(row) : null;
  }
}

import type Database from 'better-sqlite3';
import type { SqliteDb } from './sqlite-db';

/**
 * Deleting a board from the SQLite file: every row under it and under its breakout boards, in one
 * transaction, then the WAL truncated so no frame keeps a copy (freed pages are zeroed by
 * secure_delete, see sqlite-db.ts).
 *
 * The tables keyed by board are read from the schema (each with a board_id column) rather than
 * listed here, so a store added later is purged without anyone remembering to: the deletion test
 * scans the whole file for the board's id and would catch a table that keeps it any other way.
 * Three tables name boards otherwise: boards (id), breakouts (child_id, parent_id) and settings,
 * whose keys end in ":<board id>" (see setting-store.ts) or whose value is a board's id.
 */
export class SqlitePurge {
  private readonly byBoard: Database.Statement<{ id: string }>[];
  private readonly stmt;

  constructor(
    private readonly db: SqliteDb,
    private readonly failed: (error: string) => void,
  ) {
    const { database } = db;
    const tables = database
      .prepare<[], { name: string }>("SELECT m.name FROM sqlite_master m JOIN pragma_table_info(m.name) c WHERE m.type = 'table' AND c.name = 'board_id' ORDER BY m.name")
      .all()
      .map((r) => r.name);
    // Table names come from the schema, never from a request.
    this.byBoard = tables.map((t) => database.prepare(`DELETE FROM "${t}" WHERE board_id = @id`));
    this.stmt = {
      children: database.prepare<[string], { child_id: string }>('SELECT child_id FROM breakouts WHERE parent_id = ?'),
      board: database.prepare('DELETE FROM boards WHERE id = @id'),
      breakouts: database.prepare('DELETE FROM breakouts WHERE child_id = @id OR parent_id = @id'),
      settings: database.prepare("DELETE FROM settings WHERE substr(key, -length(@id) - 1) = ':' || @id OR value = @id"),
    };
  }

  /** See Stores.purgeBoard. */
  purge(id: string): string[] {
    const family = this.db.write(() =>
      this.db.database.transaction(() => {
        const ids = familyOf(id, (parent) => this.stmt.children.all(parent).map((r) => r.child_id));
        for (const board of ids) {
          for (const s of this.byBoard) s.run({ id: board });
          this.stmt.board.run({ id: board });
          this.stmt.breakouts.run({ id: board });
          this.stmt.settings.run({ id: board });
        }
        return ids;
      })(),
    );
    this.db.truncateWal(this.failed);
    return family;
  }
}

/** The board and every board split from it, however deep, each once, the board first. */
export function familyOf(id: string, children: (parent: string) => string[]): string[] {
  const ids = [id];
  for (let i = 0; i < ids.length; i++) for (const child of children(ids[i]!)) if (!ids.includes(child)) ids.push(child);
  return ids;
}

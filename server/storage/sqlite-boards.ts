import type Database from 'better-sqlite3';
import { roleSchema, type Role } from '@/lib/roles';
import { boardRecordOf, type BoardRecord, type BoardStore, type NewBoardRecord } from './board-store';
import type { SqliteDb } from './sqlite-db';
import { UPSERT_STATE } from './sqlite-document-log';
import { toRecord, type BoardRow } from './sql-rows';

/**
 * The boards table of the SQLite file, and the first state a board is created with. A column name
 * cannot be a bound parameter, so each role has its own rotation statement; every rotation takes
 * the board's next key version, in one UPDATE.
 */
export class SqliteBoards implements BoardStore {
  private readonly stmt;
  private readonly rotate: Record<Role, Database.Statement<[string], BoardRow>>;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      insertBoard: database.prepare(
        'INSERT INTO boards (id, title, template, key_version, facilitator_key, editor_key, commenter_key, viewer_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      getBoard: database.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      listBoards: database.prepare<[], BoardRow>('SELECT * FROM boards ORDER BY created_at, rowid'),
      rotateKey: database.prepare<[string], BoardRow>(
        'UPDATE boards SET key_version = key_version + 1, facilitator_key = key_version + 1, editor_key = key_version + 1, commenter_key = key_version + 1, viewer_key = key_version + 1 WHERE id = ? RETURNING *',
      ),
      upsertState: database.prepare(UPSERT_STATE),
      touch: database.prepare<[string, string, string]>('UPDATE boards SET touched_at = ? WHERE id = ? AND coalesce(touched_at, created_at) < ?'),
      idle: database.prepare<[string], { id: string }>('SELECT id FROM boards WHERE coalesce(touched_at, created_at) < ? ORDER BY coalesce(touched_at, created_at), rowid'),
    };
    this.rotate = Object.fromEntries(
      roleSchema.options.map((role) => [
        role,
        database.prepare<[string], BoardRow>(`UPDATE boards SET key_version = key_version + 1, ${role}_key = key_version + 1 WHERE id = ? RETURNING *`),
      ]),
    ) as Record<Role, Database.Statement<[string], BoardRow>>;
  }

  async createBoard(input: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    this.db.write(() => this.db.database.transaction(() => this.insert(input, initialState))());
  }

  /** Inserts a board and its first state; createBoard and createBreakouts run it in their transaction. A taken id throws. */
  insert(input: NewBoardRecord, initialState: Uint8Array): void {
    const board = boardRecordOf(input);
    if (this.stmt.getBoard.get(board.id)) throw new Error(`board ${board.id} already exists`);
    const k = board.roleKeys;
    this.stmt.insertBoard.run(board.id, board.title, board.template, board.keyVersion, k.facilitator, k.editor, k.commenter, k.viewer, board.createdAt);
    this.stmt.upsertState.run(board.id, Buffer.from(initialState));
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const row = this.db.read(() => this.stmt.getBoard.get(id));
    return row ? toRecord(row) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    return this.db.read(() => this.stmt.listBoards.all()).map(toRecord);
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    const row = this.db.write(() => this.stmt.rotateKey.get(id));
    return row ? toRecord(row) : null;
  }

  async rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null> {
    const row = this.db.write(() => this.rotate[role].get(id));
    return row ? toRecord(row) : null;
  }

  async touchBoard(id: string, at: string): Promise<void> {
    this.db.write(() => this.stmt.touch.run(at, id, at));
  }

  async idleBoards(before: string): Promise<string[]> {
    return this.db.read(() => this.stmt.idle.all(before)).map((r) => r.id);
  }
}

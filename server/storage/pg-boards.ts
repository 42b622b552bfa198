import { roleSchema, type Role } from '@/lib/roles';
import { boardRecordOf, type BoardRecord, type BoardStore, type NewBoardRecord } from './board-store';
import type { PgDb, Queryable } from './pg-db';
import { UPSERT_STATE } from './pg-document-log';
import { toRecord, type BoardRow } from './sql-rows';

// Each rotation takes the board's next key version in one UPDATE, whose row lock makes two
// instances rotating at once take two versions, never the same one. A column name cannot be a
// bound parameter, so each role has its own statement (roles come from roleSchema, not a request).
const rotateSql = (roles: readonly Role[]) =>
  `UPDATE boards SET key_version = key_version + 1, ${roles.map((r) => `${r}_key = key_version + 1`).join(', ')} WHERE id = $1 RETURNING *`;
const ROTATE_ALL = rotateSql(roleSchema.options);
const ROTATE_ONE = Object.fromEntries(roleSchema.options.map((r) => [r, rotateSql([r])])) as Record<Role, string>;

/** The boards table in PostgreSQL (title in a json column, see pg-migrations.ts). */
export class PgBoards implements BoardStore {
  constructor(private readonly db: PgDb) {}

  createBoard(board: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    return this.db.tx((c) => this.insert(c, board, initialState));
  }

  /** Inserts a board and its first state on `c`, inside the caller's transaction; a taken id throws. */
  async insert(c: Queryable, input: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    const b = boardRecordOf(input);
    const k = b.roleKeys;
    await c.query(
      'INSERT INTO boards (id, title, template, key_version, facilitator_key, editor_key, commenter_key, viewer_key, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
      [b.id, JSON.stringify(b.title), b.template, b.keyVersion, k.facilitator, k.editor, k.commenter, k.viewer, b.createdAt],
    );
    await c.query(UPSERT_STATE, [b.id, Buffer.from(initialState)]);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const [row] = await this.db.rows<BoardRow>('SELECT * FROM boards WHERE id = $1', [id]);
    return row ? toRecord(row) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    return (await this.db.rows<BoardRow>('SELECT * FROM boards ORDER BY created_at, seq')).map(toRecord);
  }

  rotateKey(id: string): Promise<BoardRecord | null> {
    return this.rotate(ROTATE_ALL, id);
  }

  rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null> {
    return this.rotate(ROTATE_ONE[role], id);
  }

  async touchBoard(id: string, at: string): Promise<void> {
    await this.db.rows('UPDATE boards SET touched_at = $2 WHERE id = $1 AND coalesce(touched_at, created_at) < $2', [id, at]);
  }

  async idleBoards(before: string): Promise<string[]> {
    const rows = await this.db.rows<{ id: string }>('SELECT id FROM boards WHERE coalesce(touched_at, created_at) < $1 ORDER BY coalesce(touched_at, created_at), seq', [before]);
    return rows.map((r) => r.id);
  }

  private async rotate(sql: string, id: string): Promise<BoardRecord | null> {
    const [row] = await this.db.rows<BoardRow>(sql, [id]);
    return row ? toRecord(row) : null;
  }
}

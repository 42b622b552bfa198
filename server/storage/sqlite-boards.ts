import type Database from 'better-sqlite3';
import { roleSchema, type Role } from '@/lib/roles';
import type { BoardRecord } from './doc-store';
import { toRecord, type BoardRow } from './sql-rows';

/**
 * Per-role key rotation for SqliteDocStore. A column name cannot be a bound parameter, so each
 * role has its own statement; every rotation takes the board's next key version, in one UPDATE.
 */
export class SqliteRoleKeys {
  private readonly rotate: Record<Role, Database.Statement<[string], BoardRow>>;

  constructor(db: Database.Database) {
    this.rotate = Object.fromEntries(
      roleSchema.options.map((role) => [
        role,
        db.prepare<[string], BoardRow>(`UPDATE boards SET key_version = key_version + 1, ${role}_key = key_version + 1 WHERE id = ? RETURNING *`),
      ]),
    ) as Record<Role, Database.Statement<[string], BoardRow>>;
  }

  /** See DocStore.rotateRoleKey. */
  rotateRoleKey(id: string, role: Role): BoardRecord | null {
    const row = this.rotate[role].get(id);
    return row ? toRecord(row) : null;
  }
}

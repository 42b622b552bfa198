import pg from 'pg';
import type { PgDb, Queryable } from './pg-db';

/**
 * Deleting a board from PostgreSQL: every row under it and under its breakout boards, in one
 * transaction. As in sqlite-purge.ts the tables keyed by board are read from the schema (each
 * with a board_id column), so a store added later is purged too; boards, breakouts and settings
 * name boards otherwise. Deleted rows stay in the table files as dead tuples until autovacuum
 * reclaims them: no query can read them, and docs/operations.md says what an operator can do.
 */
export class PgPurge {
  private tables: string[] | null = null;

  constructor(private readonly db: PgDb) {}

  /** See Stores.purgeBoard. */
  purge(id: string): Promise<string[]> {
    return this.db.tx(async (c) => {
      const tables = (this.tables ??= await boardTables(c));
      const ids = [id];
      for (let i = 0; i < ids.length; i++) {
        const { rows } = await c.query<{ child_id: string }>('SELECT child_id FROM breakouts WHERE parent_id = $1', [ids[i]]);
        for (const r of rows) if (!ids.includes(r.child_id)) ids.push(r.child_id);
      }
      for (const t of tables) await c.query(`DELETE FROM ${pg.escapeIdentifier(t)} WHERE board_id = ANY($1)`, [ids]);
      await c.query('DELETE FROM boards WHERE id = ANY($1)', [ids]);
      await c.query('DELETE FROM breakouts WHERE child_id = ANY($1) OR parent_id = ANY($1)', [ids]);
      const suffixes = ids.map((b) => `%:${b.replace(/[\\%_]/g, '\\$&')}`);
      await c.query('DELETE FROM settings WHERE value = ANY($1) OR key LIKE ANY($2)', [ids, suffixes]);
      return ids;
    });
  }
}

/** The tables of this schema that have a board_id column. */
async function boardTables(c: Queryable): Promise<string[]> {
  const { rows } = await c.query<{ table_name: string }>(
    "SELECT c.table_name FROM information_schema.columns c JOIN information_schema.tables t USING (table_schema, table_name) WHERE c.table_schema = current_schema() AND c.column_name = 'board_id' AND t.table_type = 'BASE TABLE' ORDER BY c.table_name",
  );
  return rows.map((r) => r.table_name);
}

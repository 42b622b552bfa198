import type { BreakoutRecord } from '@/lib/breakouts';
import type { BreakoutStore, NewBreakout } from './breakout-store';
import type { PgBoards } from './pg-boards';
import type { PgDb } from './pg-db';
import { toBreakout, type BreakoutRow } from './sql-rows';

/** The breakouts table in PostgreSQL; a split creates its boards and rows in one transaction. */
export class PgBreakouts implements BreakoutStore {
  constructor(
    private readonly db: PgDb,
    private readonly boards: PgBoards,
  ) {}

  /** See BreakoutStore.createBreakouts: any taken id or group number rolls the whole split back. */
  async createBreakouts(groups: readonly NewBreakout[]): Promise<void> {
    await this.db.tx(async (c) => {
      for (const { board, initialState, breakout: r } of groups) {
        await this.boards.insert(c, board, initialState);
        await c.query('INSERT INTO breakouts (child_id, parent_id, round, group_number, name, created_at) VALUES ($1, $2, $3, $4, $5, $6)', [
          r.childId,
          r.parentId,
          r.round,
          r.group,
          JSON.stringify(r.name),
          r.createdAt,
        ]);
      }
    });
  }

  async listBreakouts(parentId: string): Promise<BreakoutRecord[]> {
    return (await this.db.rows<BreakoutRow>('SELECT * FROM breakouts WHERE parent_id = $1 ORDER BY round, group_number', [parentId])).map(toBreakout);
  }

  async getBreakout(childId: string): Promise<BreakoutRecord | null> {
    const [row] = await this.db.rows<BreakoutRow>('SELECT * FROM breakouts WHERE child_id = $1', [childId]);
    return row ? toBreakout(row) : null;
  }
}

import type { ErasureTarget } from '@/lib/own-data-copies';
import type { Proposal } from '@/lib/proposals';
import type { ProposalStore } from './proposal-store';
import type { SqliteDb } from './sqlite-db';
import { sqliteEraseProposals } from './sqlite-erasure';
import { toProposal } from './sql-rows';

/** The proposals table of the SQLite file (created by the fourth step in sqlite-migrations.ts). */
export class SqliteProposals implements ProposalStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      insertProposal: database.prepare('INSERT INTO proposals (board_id, id, data) VALUES (?, ?, ?)'),
      listProposals: database.prepare<[string], { data: string }>('SELECT data FROM proposals WHERE board_id = ? ORDER BY seq'),
      getProposal: database.prepare<[string, string], { data: string }>('SELECT data FROM proposals WHERE board_id = ? AND id = ?'),
      countProposals: database.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM proposals WHERE board_id = ?'),
    };
  }

  async createProposal(p: Proposal): Promise<void> {
    this.db.write(() => this.stmt.insertProposal.run(p.boardId, p.id, JSON.stringify(p)));
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    return this.db.read(() => this.stmt.listProposals.all(boardId)).map(toProposal);
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    const row = this.db.read(() => this.stmt.getProposal.get(boardId, proposalId));
    return row ? toProposal(row) : null;
  }

  async countProposals(boardId: string): Promise<number> {
    return this.db.read(() => this.stmt.countProposals.get(boardId)?.n ?? 0);
  }

  async eraseParticipant(boardId: string, target: ErasureTarget): Promise<string[]> {
    return sqliteEraseProposals(this.db, boardId, target);
  }
}

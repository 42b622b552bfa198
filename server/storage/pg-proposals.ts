import type { ErasureTarget } from '@/lib/own-data-copies';
import type { Proposal } from '@/lib/proposals';
import type { PgDb } from './pg-db';
import { pgEraseProposals } from './pg-erasure';
import type { ProposalStore } from './proposal-store';
import { toProposal } from './sql-rows';

/** The proposals table in PostgreSQL. */
export class PgProposals implements ProposalStore {
  constructor(private readonly db: PgDb) {}

  /** See ProposalStore.createProposal; a second proposal with the same id on a board throws. */
  async createProposal(p: Proposal): Promise<void> {
    await this.db.rows('INSERT INTO proposals (board_id, id, data) VALUES ($1, $2, $3)', [p.boardId, p.id, JSON.stringify(p)]);
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    return (await this.db.rows<{ data: string }>('SELECT data FROM proposals WHERE board_id = $1 ORDER BY seq', [boardId])).map(toProposal);
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    const [row] = await this.db.rows<{ data: string }>('SELECT data FROM proposals WHERE board_id = $1 AND id = $2', [boardId, proposalId]);
    return row ? toProposal(row) : null;
  }

  async countProposals(boardId: string): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>('SELECT count(*)::int AS n FROM proposals WHERE board_id = $1', [boardId]);
    return row?.n ?? 0;
  }

  eraseParticipant(boardId: string, target: ErasureTarget): Promise<string[]> {
    return pgEraseProposals(this.db, boardId, target);
  }
}

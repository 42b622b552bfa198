import type Database from 'better-sqlite3';
import { MAX_HISTORY_PAGE, type HistoryEntry, type NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import { toEntry, toProposal, type HistoryRow } from './sql-rows';

/**
 * The proposal and history tables of SqliteDocStore (created by the fourth step in
 * sqlite-migrations.ts). Synchronous, as better-sqlite3 is; SqliteDocStore wraps each call
 * with its open check and checkpoint nudge.
 */
export class SqliteProposals {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      insertProposal: db.prepare('INSERT INTO proposals (board_id, id, data) VALUES (?, ?, ?)'),
      listProposals: db.prepare<[string], { data: string }>('SELECT data FROM proposals WHERE board_id = ? ORDER BY seq'),
      getProposal: db.prepare<[string, string], { data: string }>('SELECT data FROM proposals WHERE board_id = ? AND id = ?'),
      countProposals: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM proposals WHERE board_id = ?'),
      lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM history WHERE board_id = ?'),
      insertHistory: db.prepare('INSERT INTO history (board_id, seq, data) VALUES (?, ?, ?)'),
      listHistory: db.prepare<[string, number, number], HistoryRow>('SELECT seq, data FROM history WHERE board_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
      lastHistory: db.prepare<[string], HistoryRow>('SELECT seq, data FROM history WHERE board_id = ? ORDER BY seq DESC LIMIT 1'),
    };
  }

  /** See ProposalStore.createProposal; a second proposal with the same id on a board throws. */
  createProposal(p: Proposal): void {
    this.stmt.insertProposal.run(p.boardId, p.id, JSON.stringify(p));
  }

  /** See ProposalStore.listProposals. */
  listProposals(boardId: string): Proposal[] {
    return this.stmt.listProposals.all(boardId).map(toProposal);
  }

  /** See ProposalStore.getProposal. */
  getProposal(boardId: string, proposalId: string): Proposal | null {
    const row = this.stmt.getProposal.get(boardId, proposalId);
    return row ? toProposal(row) : null;
  }

  /** See ProposalStore.countProposals. */
  countProposals(boardId: string): number {
    return this.stmt.countProposals.get(boardId)?.n ?? 0;
  }

  /** See ProposalStore.appendHistory; the next number and the insert share one transaction. */
  appendHistory(boardId: string, entry: NewHistoryEntry): number {
    return this.db.transaction(() => {
      const seq = (this.stmt.lastSeq.get(boardId)?.seq ?? 0) + 1;
      this.stmt.insertHistory.run(boardId, seq, JSON.stringify(entry));
      return seq;
    })();
  }

  /** See ProposalStore.listHistory. */
  listHistory(boardId: string, query: { after?: number; limit?: number } = {}): HistoryEntry[] {
    return this.stmt.listHistory.all(boardId, query.after ?? 0, query.limit ?? MAX_HISTORY_PAGE).map(toEntry);
  }

  /** See ProposalStore.lastHistory. */
  lastHistory(boardId: string): HistoryEntry | null {
    const row = this.stmt.lastHistory.get(boardId);
    return row ? toEntry(row) : null;
  }
}

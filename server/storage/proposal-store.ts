import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';

/**
 * The proposal half of the storage interface (DocStore extends it): immutable snapshots and
 * the live board's history of moves. The server is the only writer; everything arrives
 * validated, with its id, author and time decided.
 */
export interface ProposalStore {
  /** Stores a new proposal; proposals are never changed afterwards. */
  createProposal(proposal: Proposal): Promise<void>;
  /** Every proposal of the board, oldest first. */
  listProposals(boardId: string): Promise<Proposal[]>;
  /** One proposal, or null when the board has none with that id. */
  getProposal(boardId: string, proposalId: string): Promise<Proposal | null>;
  countProposals(boardId: string): Promise<number>;
  /** Appends one entry to the board's history and answers its sequence number (1, 2, ...). */
  appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number>;
  /** History entries with seq > `after` (default 0), oldest first, at most `limit` (default 1000). */
  listHistory(boardId: string, query?: { after?: number; limit?: number }): Promise<HistoryEntry[]>;
  /** The board's newest history entry, or null when its history has not begun. */
  lastHistory(boardId: string): Promise<HistoryEntry | null>;
}

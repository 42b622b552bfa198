import type { ErasureTarget } from '@/lib/own-data-copies';
import type { Proposal } from '@/lib/proposals';

/**
 * Proposals: immutable snapshots of a board. The server is the only writer; everything arrives
 * validated, with its id, author and time decided.
 */
export interface ProposalStore {
  /** Stores a new proposal; proposals are never changed afterwards, but for eraseParticipant. A taken id on the board throws. */
  createProposal(proposal: Proposal): Promise<void>;
  /** Every proposal of the board, oldest first. */
  listProposals(boardId: string): Promise<Proposal[]>;
  /** One proposal, or null when the board has none with that id. */
  getProposal(boardId: string, proposalId: string): Promise<Proposal | null>;
  countProposals(boardId: string): Promise<number>;
  /**
   * Erases a participant from every proposal of the board, as eraseFromProposal does: the one change
   * a stored proposal takes (erasure is owed to the person; allocation and figures stay). In one
   * transaction; answers the ids of the proposals changed, oldest first, and none when run again.
   */
  eraseParticipant(boardId: string, target: ErasureTarget): Promise<string[]>;
}

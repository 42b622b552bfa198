import { eraseFromProposal, type ErasureTarget } from '@/lib/own-data-copies';
import type { Proposal } from '@/lib/proposals';
import type { ProposalStore } from './proposal-store';
import { BoardMap } from './memory-board-map';

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);

/** The ProposalStore in memory: one map per board, insertion order as saving order. */
export class MemoryProposals implements ProposalStore {
  private readonly boards = new BoardMap<Map<string, Proposal>>(() => new Map());

  async createProposal(proposal: Proposal): Promise<void> {
    const proposals = this.boards.write(proposal.boardId);
    if (proposals.has(proposal.id)) throw new Error(`proposal ${proposal.id} already exists`);
    proposals.set(proposal.id, copy(proposal));
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    return [...this.boards.read(boardId).values()].map(copy);
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    const p = this.boards.read(boardId).get(proposalId);
    return p ? copy(p) : null;
  }

  async countProposals(boardId: string): Promise<number> {
    return this.boards.read(boardId).size;
  }

  async eraseParticipant(boardId: string, target: ErasureTarget): Promise<string[]> {
    const proposals = this.boards.get(boardId);
    const changed: string[] = [];
    for (const [id, p] of proposals ?? []) {
      const erased = eraseFromProposal(p, target);
      if (!erased) continue;
      proposals!.set(id, erased);
      changed.push(id);
    }
    return changed;
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}

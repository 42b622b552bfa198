import { MAX_HISTORY_PAGE, type HistoryEntry, type NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { ProposalStore } from './proposal-store';
import { BoardMap } from './memory-board-map';

type Board = { proposals: Map<string, Proposal>; history: HistoryEntry[] };

const emptyBoard = (): Board => ({ proposals: new Map(), history: [] });

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);

/** The ProposalStore half of MemoryDocStore: plain maps, insertion order as saving order. */
export class MemoryProposals implements ProposalStore {
  private readonly boards = new BoardMap<Board>(emptyBoard);

  async createProposal(proposal: Proposal): Promise<void> {
    const { proposals } = this.boards.write(proposal.boardId);
    if (proposals.has(proposal.id)) throw new Error(`proposal ${proposal.id} already exists`);
    proposals.set(proposal.id, copy(proposal));
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    return [...this.boards.read(boardId).proposals.values()].map(copy);
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    const p = this.boards.read(boardId).proposals.get(proposalId);
    return p ? copy(p) : null;
  }

  async countProposals(boardId: string): Promise<number> {
    return this.boards.read(boardId).proposals.size;
  }

  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    const { history } = this.boards.write(boardId);
    // Entries are never removed, so the next number is the length plus one.
    const seq = history.length + 1;
    history.push({ ...copy(entry), seq });
    return seq;
  }

  async listHistory(boardId: string, query: { after?: number; limit?: number } = {}): Promise<HistoryEntry[]> {
    const after = query.after ?? 0;
    return this.boards.read(boardId)
      .history.filter((e) => e.seq > after)
      .slice(0, query.limit ?? MAX_HISTORY_PAGE)
      .map(copy);
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    const last = this.boards.read(boardId).history.at(-1);
    return last ? copy(last) : null;
  }
}

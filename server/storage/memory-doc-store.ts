import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { CommentRemoval, ThreadRecord } from './comment-store';
import type { BoardRecord, DocStore, StoredDoc } from './doc-store';
import { MemoryComments } from './memory-comments';
import { MemoryProposals } from './memory-proposals';

type Doc = { state: Uint8Array | null; updates: Uint8Array[] };

/**
 * A DocStore held in memory, for tests and throwaway runs: same semantics as SqliteDocStore,
 * nothing survives the process. Bytes are copied in and out so callers cannot alias its state.
 */
export class MemoryDocStore implements DocStore {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly docs = new Map<string, Doc>();
  private readonly settings = new Map<string, string>();
  private readonly comments = new MemoryComments();
  private readonly proposals = new MemoryProposals();
  private closed = false;

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
    this.boards.set(board.id, { ...board });
    this.doc(board.id).state = initialState.slice();
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    return board ? { ...board } : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    this.assertOpen();
    // Array.prototype.sort is stable, so equal timestamps keep creation order as in SQLite.
    return [...this.boards.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map((b) => ({ ...b }));
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    return { ...board };
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.assertOpen();
    const doc = this.docs.get(boardId);
    return { state: doc?.state?.slice() ?? null, updates: (doc?.updates ?? []).map((u) => u.slice()) };
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
    this.assertOpen();
    this.doc(boardId).updates.push(update.slice());
  }

  async updateCount(boardId: string): Promise<number> {
    this.assertOpen();
    return this.docs.get(boardId)?.updates.length ?? 0;
  }

  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    this.assertOpen();
    const doc = this.doc(boardId);
    doc.state = state.slice();
    doc.updates.splice(0, Math.max(0, coveredUpdates));
  }

  async getSetting(key: string): Promise<string | null> {
    this.assertOpen();
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.assertOpen();
    this.settings.set(key, value);
  }

  async addParticipant(boardId: string, participant: Participant, at: string): Promise<boolean> {
    this.assertOpen();
    return this.comments.addParticipant(boardId, participant, at);
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    this.assertOpen();
    return this.comments.listParticipants(boardId);
  }

  async createThread(thread: ThreadRecord, first: Comment): Promise<void> {
    this.assertOpen();
    return this.comments.createThread(thread, first);
  }

  async addComment(boardId: string, comment: Comment): Promise<boolean> {
    this.assertOpen();
    return this.comments.addComment(boardId, comment);
  }

  async getComment(boardId: string, commentId: string): Promise<Comment | null> {
    this.assertOpen();
    return this.comments.getComment(boardId, commentId);
  }

  async editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    this.assertOpen();
    return this.comments.editComment(boardId, commentId, body, mentions, at);
  }

  async removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean> {
    this.assertOpen();
    return this.comments.removeComment(boardId, commentId, by, at);
  }

  async listRemovals(boardId: string): Promise<CommentRemoval[]> {
    this.assertOpen();
    return this.comments.listRemovals(boardId);
  }

  async setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean> {
    this.assertOpen();
    return this.comments.setThreadStatus(boardId, threadId, status, by, at);
  }

  async getThread(boardId: string, threadId: string): Promise<Thread | null> {
    this.assertOpen();
    return this.comments.getThread(boardId, threadId);
  }

  async listThreads(boardId: string): Promise<Thread[]> {
    this.assertOpen();
    return this.comments.listThreads(boardId);
  }

  async countComments(boardId: string): Promise<number> {
    this.assertOpen();
    return this.comments.countComments(boardId);
  }

  async createProposal(proposal: Proposal): Promise<void> {
    this.assertOpen();
    return this.proposals.createProposal(proposal);
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    this.assertOpen();
    return this.proposals.listProposals(boardId);
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    this.assertOpen();
    return this.proposals.getProposal(boardId, proposalId);
  }

  async countProposals(boardId: string): Promise<number> {
    this.assertOpen();
    return this.proposals.countProposals(boardId);
  }

  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    this.assertOpen();
    return this.proposals.appendHistory(boardId, entry);
  }

  async listHistory(boardId: string, query?: { after?: number; limit?: number }): Promise<HistoryEntry[]> {
    this.assertOpen();
    return this.proposals.listHistory(boardId, query);
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    this.assertOpen();
    return this.proposals.lastHistory(boardId);
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private doc(boardId: string): Doc {
    let doc = this.docs.get(boardId);
    if (!doc) this.docs.set(boardId, (doc = { state: null, updates: [] }));
    return doc;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryDocStore is closed');
  }
}

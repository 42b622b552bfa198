import type { BreakoutRecord } from '@/lib/breakouts';
import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { NewBreakout } from './breakout-store';
import type { CommentRemoval, ThreadRecord } from './comment-store';
import type { ControlRecord } from '@/lib/control';
import type { Role } from '@/lib/roles';
import { boardRecordOf, type BoardRecord, type DocStore, type NewBoardRecord, type StoredDoc } from './doc-store';
import { MemoryControl } from './memory-control';
import { MemoryBreakouts } from './memory-breakouts';
import { MemoryComments } from './memory-comments';
import { MemoryProposals } from './memory-proposals';
import { MemoryRatings } from './memory-ratings';
import type { AnswerOutcome } from './rating-store';

type Doc = { state: Uint8Array | null; updates: Uint8Array[] };

const copyBoard = (b: BoardRecord): BoardRecord => ({ ...b, roleKeys: { ...b.roleKeys } });

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
  private readonly breakouts = new MemoryBreakouts();
  private readonly control = new MemoryControl();
  private readonly ratings = new MemoryRatings();
  private closed = false;

  async createBoard(board: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
    this.boards.set(board.id, boardRecordOf(board));
    this.doc(board.id).state = initialState.slice();
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    return board ? copyBoard(board) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    this.assertOpen();
    // Array.prototype.sort is stable, so equal timestamps keep creation order as in SQLite.
    return [...this.boards.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map(copyBoard);
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    for (const role of Object.keys(board.roleKeys) as Role[]) board.roleKeys[role] = board.keyVersion;
    return copyBoard(board);
  }

  async rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    board.roleKeys[role] = board.keyVersion;
    return copyBoard(board);
  }

  async getControl(boardId: string): Promise<ControlRecord | null> {
    this.assertOpen();
    return this.control.getControl(boardId);
  }

  async setControl(boardId: string, record: ControlRecord): Promise<void> {
    this.assertOpen();
    return this.control.setControl(boardId, record);
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.assertOpen();
    return this.stored(boardId);
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

  async foldLog(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean> {
    this.assertOpen();
    const doc = this.doc(boardId);
    const given = doc.updates.length;
    // No await from read to write: only appends made inside `fold` land in between, after the given ones.
    const state = fold(this.stored(boardId));
    doc.state = state.slice();
    doc.updates.splice(0, given);
    return true;
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

  async createRound(round: RatingRound): Promise<boolean> {
    this.assertOpen();
    return this.ratings.createRound(round);
  }

  async listRounds(boardId: string): Promise<RatingRound[]> {
    this.assertOpen();
    return this.ratings.listRounds(boardId);
  }

  async getRound(boardId: string, roundId: string): Promise<RatingRound | null> {
    this.assertOpen();
    return this.ratings.getRound(boardId, roundId);
  }

  async revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    this.assertOpen();
    return this.ratings.revealRound(boardId, roundId, at);
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    this.assertOpen();
    return this.ratings.closeRound(boardId, roundId, at);
  }

  async addAnswer(answer: RatingAnswer): Promise<AnswerOutcome> {
    this.assertOpen();
    return this.ratings.addAnswer(answer);
  }

  async listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]> {
    this.assertOpen();
    return this.ratings.listAnswers(boardId, roundId);
  }

  async createBreakouts(groups: readonly NewBreakout[]): Promise<void> {
    this.assertOpen();
    // Everything is checked before anything is written, so a refused split leaves no board behind.
    const ids = new Set(groups.map((g) => g.board.id));
    if (ids.size < groups.length || groups.some((g) => this.boards.has(g.board.id))) throw new Error('a group board id is taken');
    this.breakouts.check(groups.map((g) => g.breakout));
    for (const g of groups) await this.createBoard(g.board, g.initialState);
    this.breakouts.insert(groups.map((g) => g.breakout));
  }

  async listBreakouts(parentId: string): Promise<BreakoutRecord[]> {
    this.assertOpen();
    return this.breakouts.list(parentId);
  }

  async getBreakout(childId: string): Promise<BreakoutRecord | null> {
    this.assertOpen();
    return this.breakouts.get(childId);
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

  /** Copies of a board's state and updates, so callers cannot alias them. */
  private stored(boardId: string): StoredDoc {
    const doc = this.docs.get(boardId);
    return { state: doc?.state?.slice() ?? null, updates: (doc?.updates ?? []).map((u) => u.slice()) };
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryDocStore is closed');
  }
}

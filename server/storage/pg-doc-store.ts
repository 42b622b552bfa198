import type { BreakoutRecord } from '@/lib/breakouts';
import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import type { ControlRecord } from '@/lib/control';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { Role } from '@/lib/roles';
import type { Logger } from '../log';
import type { NewBreakout } from './breakout-store';
import type { CommentRemoval, ThreadRecord } from './comment-store';
import type { DocStore, NewBoardRecord, StoredDoc } from './doc-store';
import { PgBoards } from './pg-boards';
import { PgBreakouts } from './pg-breakouts';
import { PgComments } from './pg-comments';
import { PgControl } from './pg-control';
import { PgDb } from './pg-db';
import { migrate } from './pg-migrations';
import { PgProposals } from './pg-proposals';
import { PgRatings } from './pg-ratings';
import { PgUpdateLog } from './pg-update-log';
import type { AnswerOutcome } from './rating-store';

/**
 * The DocStore for scale-out: one PostgreSQL database that several server instances share. Every
 * invariant is kept by the database (constraints, row and advisory locks), never by this
 * process, so two instances racing cannot both win. A restart of PostgreSQL fails the calls made
 * while it is down; later calls reconnect by themselves.
 */
export class PgDocStore implements DocStore {
  private closed = false;
  private readonly boards: PgBoards;
  private readonly log: PgUpdateLog;
  private readonly comments: PgComments;
  private readonly proposals: PgProposals;
  private readonly ratings: PgRatings;
  private readonly control: PgControl;
  private readonly breakouts: PgBreakouts;

  private constructor(private readonly db: PgDb) {
    this.boards = new PgBoards(db);
    this.log = new PgUpdateLog(db);
    this.comments = new PgComments(db);
    this.proposals = new PgProposals(db);
    this.ratings = new PgRatings(db);
    this.control = new PgControl(db);
    this.breakouts = new PgBreakouts(db, this.boards);
  }

  /** Connects to `url` (a postgres:// URL), brings the schema up to date and answers the store. */
  static async open(url: string, opts: { log?: Logger } = {}): Promise<PgDocStore> {
    const db = new PgDb(url, opts.log);
    try {
      await migrate(db);
    } catch (e) {
      await db.end();
      throw e;
    }
    return new PgDocStore(db);
  }

  createBoard = (board: NewBoardRecord, initialState: Uint8Array) => this.db.tx((c) => this.boards.insert(c, board, initialState));
  getBoard = (id: string) => this.boards.get(id);
  listBoards = () => this.boards.list();
  rotateKey = (id: string) => this.boards.rotateKey(id);
  rotateRoleKey = (id: string, role: Role) => this.boards.rotateRoleKey(id, role);

  appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('PgDocStore is closed'));
    return this.log.append(boardId, update);
  }

  load = (boardId: string): Promise<StoredDoc> => this.log.load(boardId);
  updateCount = (boardId: string) => this.log.count(boardId);
  compact = (boardId: string, state: Uint8Array, coveredUpdates: number) => this.log.compact(boardId, state, coveredUpdates);
  foldLog = (boardId: string, fold: (stored: StoredDoc) => Uint8Array) => this.log.foldLog(boardId, fold);

  async getSetting(key: string): Promise<string | null> {
    const [row] = await this.db.rows<{ value: string }>('SELECT value FROM settings WHERE key = $1', [key]);
    return row?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    await this.db.rows('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value', [key, value]);
  }

  // The record halves of the interface, each kept by its own table module.
  addParticipant = (boardId: string, p: Participant, at: string) => this.comments.addParticipant(boardId, p, at);
  listParticipants = (boardId: string) => this.comments.listParticipants(boardId);
  createThread = (thread: ThreadRecord, first: Comment) => this.comments.createThread(thread, first);
  addComment = (boardId: string, comment: Comment) => this.comments.addComment(boardId, comment);
  getComment = (boardId: string, commentId: string) => this.comments.getComment(boardId, commentId);
  editComment = (boardId: string, commentId: string, body: string, mentions: string[], at: string) => this.comments.editComment(boardId, commentId, body, mentions, at);
  removeComment = (boardId: string, commentId: string, by: Author, at: string) => this.comments.removeComment(boardId, commentId, by, at);
  listRemovals = (boardId: string): Promise<CommentRemoval[]> => this.comments.listRemovals(boardId);
  setThreadStatus = (boardId: string, threadId: string, status: Thread['status'], by: Author, at: string) => this.comments.setThreadStatus(boardId, threadId, status, by, at);
  getThread = (boardId: string, threadId: string) => this.comments.getThread(boardId, threadId);
  listThreads = (boardId: string) => this.comments.listThreads(boardId);
  countComments = (boardId: string) => this.comments.countComments(boardId);

  createProposal = (proposal: Proposal) => this.proposals.createProposal(proposal);
  listProposals = (boardId: string) => this.proposals.listProposals(boardId);
  getProposal = (boardId: string, proposalId: string) => this.proposals.getProposal(boardId, proposalId);
  countProposals = (boardId: string) => this.proposals.countProposals(boardId);
  appendHistory = (boardId: string, entry: NewHistoryEntry) => this.proposals.appendHistory(boardId, entry);
  listHistory = (boardId: string, query?: { after?: number; limit?: number }): Promise<HistoryEntry[]> => this.proposals.listHistory(boardId, query);
  lastHistory = (boardId: string) => this.proposals.lastHistory(boardId);

  createRound = (round: RatingRound) => this.ratings.createRound(round);
  listRounds = (boardId: string) => this.ratings.listRounds(boardId);
  getRound = (boardId: string, roundId: string) => this.ratings.getRound(boardId, roundId);
  revealRound = (boardId: string, roundId: string, at: string) => this.ratings.revealRound(boardId, roundId, at);
  closeRound = (boardId: string, roundId: string, at: string) => this.ratings.closeRound(boardId, roundId, at);
  addAnswer = (answer: RatingAnswer): Promise<AnswerOutcome> => this.ratings.addAnswer(answer);
  listAnswers = (boardId: string, roundId: string) => this.ratings.listAnswers(boardId, roundId);

  getControl = (boardId: string): Promise<ControlRecord | null> => this.control.getControl(boardId);
  setControl = (boardId: string, record: ControlRecord) => this.control.setControl(boardId, record);

  createBreakouts = (groups: readonly NewBreakout[]) => this.breakouts.createBreakouts(groups);
  listBreakouts = (parentId: string): Promise<BreakoutRecord[]> => this.breakouts.listBreakouts(parentId);
  getBreakout = (childId: string) => this.breakouts.getBreakout(childId);

  /** True when PostgreSQL answers a trivial query; false, never a throw, while it cannot be reached. */
  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const [row] = await this.db.rows<{ ok: number }>('SELECT 1 AS ok');
      return row?.ok === 1;
    } catch {
      // Unreachable or restarting: the health check reports it, the pool reconnects later.
      return false;
    }
  }

  /** Waits for the appends already called to commit, then closes every connection. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.log.settled();
    await this.db.end();
  }
}

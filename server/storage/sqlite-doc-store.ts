import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import type { BreakoutRecord } from '@/lib/breakouts';
import type { Author, Comment, Participant, Thread } from '@/lib/comments';
import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { NewBreakout } from './breakout-store';
import { startCheckpointer } from './checkpointer';
import type { CommentRemoval, ThreadRecord } from './comment-store';
import type { ControlRecord } from '@/lib/control';
import type { Role } from '@/lib/roles';
import { boardRecordOf, type BoardRecord, type DocStore, type NewBoardRecord, type StoredDoc } from './doc-store';
import { SqliteRoleKeys } from './sqlite-boards';
import { toRecord, type BoardRow } from './sql-rows';
import { SqliteControl } from './sqlite-control';
import { SqliteBreakouts } from './sqlite-breakouts';
import { SqliteComments } from './sqlite-comments';
import { migrate } from './sqlite-migrations';
import { SqliteProposals } from './sqlite-proposals';
import type { AnswerOutcome } from './rating-store';
import { SqliteRatings } from './sqlite-ratings';

type PendingAppend = { boardId: string; data: Buffer; resolve: () => void; reject: (e: unknown) => void };

// A plain view, so callers never see Buffer's differing slice() and equality semantics.
const toBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/**
 * The default DocStore: one SQLite file in WAL mode. Concurrent appendUpdate calls are
 * group-committed into one transaction per event-loop turn.
 */
export class SqliteDocStore implements DocStore {
  private queue: PendingAppend[] = [];
  private closed = false;
  private readonly stmt;
  private readonly comments: SqliteComments;
  private readonly proposals: SqliteProposals;
  private readonly breakouts: SqliteBreakouts;
  private readonly control: SqliteControl;
  private readonly roleKeys: SqliteRoleKeys;
  private readonly ratings: SqliteRatings;

  private checkpointer: ReturnType<typeof startCheckpointer> | null = null;
  /** The last seq given out per board, read from the table on a board's first append. */
  private readonly seqs = new Map<string, number>();

  private constructor(private readonly db: Database.Database) {
    this.comments = new SqliteComments(db);
    this.proposals = new SqliteProposals(db);
    this.breakouts = new SqliteBreakouts(db);
    this.control = new SqliteControl(db);
    this.roleKeys = new SqliteRoleKeys(db);
    this.ratings = new SqliteRatings(db);
    this.stmt = {
      insertBoard: db.prepare(
        'INSERT INTO boards (id, title, template, key_version, facilitator_key, editor_key, commenter_key, viewer_key, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      getBoard: db.prepare<[string], BoardRow>('SELECT * FROM boards WHERE id = ?'),
      listBoards: db.prepare<[], BoardRow>('SELECT * FROM boards ORDER BY created_at, rowid'),
      rotateKey: db.prepare<[string], BoardRow>(
        'UPDATE boards SET key_version = key_version + 1, facilitator_key = key_version + 1, editor_key = key_version + 1, commenter_key = key_version + 1, viewer_key = key_version + 1 WHERE id = ? RETURNING *',
      ),
      upsertState: db.prepare(
        'INSERT INTO states (board_id, data) VALUES (?, ?) ON CONFLICT (board_id) DO UPDATE SET data = excluded.data',
      ),
      getState: db.prepare<[string], { data: Buffer }>('SELECT data FROM states WHERE board_id = ?'),
      insertUpdate: db.prepare('INSERT INTO updates (board_id, seq, data) VALUES (?, ?, ?)'),
      lastSeq: db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM updates WHERE board_id = ?'),
      getUpdates: db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE board_id = ? ORDER BY seq'),
      countUpdates: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM updates WHERE board_id = ?'),
      dropCovered: db.prepare(
        'DELETE FROM updates WHERE board_id = ? AND seq IN (SELECT seq FROM updates WHERE board_id = ? ORDER BY seq LIMIT ?)',
      ),
      getSetting: db.prepare<[string], { value: string }>('SELECT value FROM settings WHERE key = ?'),
      setSetting: db.prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      ),
      ping: db.prepare<[], { ok: number }>('SELECT 1 AS ok'),
    };
  }

  /** Opens (creating if needed) the database at `file` and migrates it to the current schema. */
  static open(file: string): SqliteDocStore {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // The requirement is that killing the server process loses nothing that was acknowledged.
    // In WAL mode every commit is written to the WAL file before it returns, so it survives a
    // process crash; NORMAL only skips the fsync, which matters solely for an OS crash or power
    // loss, and that risk is accepted in exchange for far cheaper commits.
    db.pragma('synchronous = NORMAL');
    // Another process (a backup, an admin shell) may briefly hold the write lock.
    db.pragma('busy_timeout = 5000');
    // Checkpoints run in a worker thread instead (see checkpointer.ts).
    db.pragma('wal_autocheckpoint = 0');
    migrate(db);
    const store = new SqliteDocStore(db);
    store.checkpointer = startCheckpointer(file, createRequire(import.meta.url).resolve('better-sqlite3'));
    return store;
  }

  async createBoard(input: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    this.assertOpen();
    this.db.transaction(() => this.addBoard(input, initialState))();
    this.checkpointer?.committed();
  }

  /** Inserts a board and its first state; createBoard and createBreakouts run it in their transaction. A taken id throws. */
  private addBoard(input: NewBoardRecord, initialState: Uint8Array): void {
    const board = boardRecordOf(input);
    if (this.stmt.getBoard.get(board.id)) throw new Error(`board ${board.id} already exists`);
    const k = board.roleKeys;
    this.stmt.insertBoard.run(board.id, board.title, board.template, board.keyVersion, k.facilitator, k.editor, k.commenter, k.viewer, board.createdAt);
    this.stmt.upsertState.run(board.id, Buffer.from(initialState));
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const row = this.stmt.getBoard.get(id);
    return row ? toRecord(row) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    this.assertOpen();
    return this.stmt.listBoards.all().map(toRecord);
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const row = this.stmt.rotateKey.get(id);
    this.checkpointer?.committed();
    return row ? toRecord(row) : null;
  }

  async rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null> {
    return this.write(() => this.roleKeys.rotateRoleKey(id, role));
  }

  async getControl(boardId: string): Promise<ControlRecord | null> {
    return this.read(() => this.control.getControl(boardId));
  }

  async setControl(boardId: string, record: ControlRecord): Promise<void> {
    return this.write(() => this.control.setControl(boardId, record));
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.assertOpen();
    // Read-your-writes: an append already called must show up even if not yet committed.
    this.flush();
    return this.db.transaction(() => this.readDoc(boardId))();
  }

  private readDoc(boardId: string): StoredDoc {
    const state = this.stmt.getState.get(boardId);
    return { state: state ? toBytes(state.data) : null, updates: this.stmt.getUpdates.all(boardId).map((r) => toBytes(r.data)) };
  }

  appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
    if (this.closed) return Promise.reject(new Error('SqliteDocStore is closed'));
    return new Promise((resolve, reject) => {
      // Copied now: the caller may reuse its buffer before the batch is written.
      this.queue.push({ boardId, data: Buffer.from(update), resolve, reject });
      if (this.queue.length === 1) queueMicrotask(() => this.flush());
    });
  }

  appendUpdateNow(boardId: string, update: Uint8Array): void {
    this.assertOpen();
    // Queued appends were called first, so they take the earlier seqs; when they could not be
    // written, neither is this one, which then waits its turn behind their retries.
    if (!this.flush()) throw new Error('earlier appends could not be written');
    // A view, not a copy: the row is written before this returns.
    this.insert(boardId, Buffer.from(update.buffer, update.byteOffset, update.byteLength));
    this.checkpointer?.committed();
  }

  async updateCount(boardId: string): Promise<number> {
    this.assertOpen();
    // Counting queued appends too keeps the count in step with what compact() will see,
    // without forcing a commit per call (which would defeat group commit).
    const pending = this.queue.filter((p) => p.boardId === boardId).length;
    return (this.stmt.countUpdates.get(boardId)?.n ?? 0) + pending;
  }

  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    this.assertOpen();
    // Queued appends may be among the covered ones; they must have their seq before we count.
    this.flush();
    this.db.transaction(() => {
      this.stmt.upsertState.run(boardId, Buffer.from(state));
      if (coveredUpdates > 0) this.stmt.dropCovered.run(boardId, boardId, coveredUpdates);
    })();
    this.checkpointer?.committed();
  }

  async foldLog(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean> {
    this.assertOpen();
    this.flush();
    // IMMEDIATE takes the write lock before reading, so no other writer slips an update in
    // between; appends made inside `fold` queue and land after the dropped ones.
    this.db
      .transaction(() => {
        const stored = this.readDoc(boardId);
        this.stmt.upsertState.run(boardId, Buffer.from(fold(stored)));
        if (stored.updates.length > 0) this.stmt.dropCovered.run(boardId, boardId, stored.updates.length);
      })
      .immediate();
    this.checkpointer?.committed();
    return true;
  }

  async getSetting(key: string): Promise<string | null> {
    this.assertOpen();
    return this.stmt.getSetting.get(key)?.value ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.assertOpen();
    this.stmt.setSetting.run(key, value);
    this.checkpointer?.committed();
  }

  async addParticipant(boardId: string, participant: Participant, at: string): Promise<boolean> {
    return this.write(() => this.comments.addParticipant(boardId, participant, at));
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    return this.read(() => this.comments.listParticipants(boardId));
  }

  async createThread(thread: ThreadRecord, first: Comment): Promise<void> {
    return this.write(() => this.comments.createThread(thread, first));
  }

  async addComment(boardId: string, comment: Comment): Promise<boolean> {
    return this.write(() => this.comments.addComment(boardId, comment));
  }

  async getComment(boardId: string, commentId: string): Promise<Comment | null> {
    return this.read(() => this.comments.getComment(boardId, commentId));
  }

  async editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    return this.write(() => this.comments.editComment(boardId, commentId, body, mentions, at));
  }

  async removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean> {
    return this.write(() => this.comments.removeComment(boardId, commentId, by, at));
  }

  async listRemovals(boardId: string): Promise<CommentRemoval[]> {
    return this.read(() => this.comments.listRemovals(boardId));
  }

  async setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean> {
    return this.write(() => this.comments.setThreadStatus(boardId, threadId, status, by, at));
  }

  async getThread(boardId: string, threadId: string): Promise<Thread | null> {
    return this.read(() => this.comments.getThread(boardId, threadId));
  }

  async listThreads(boardId: string): Promise<Thread[]> {
    return this.read(() => this.comments.listThreads(boardId));
  }

  async countComments(boardId: string): Promise<number> {
    return this.read(() => this.comments.countComments(boardId));
  }

  async createProposal(proposal: Proposal): Promise<void> {
    return this.write(() => this.proposals.createProposal(proposal));
  }

  async listProposals(boardId: string): Promise<Proposal[]> {
    return this.read(() => this.proposals.listProposals(boardId));
  }

  async getProposal(boardId: string, proposalId: string): Promise<Proposal | null> {
    return this.read(() => this.proposals.getProposal(boardId, proposalId));
  }

  async countProposals(boardId: string): Promise<number> {
    return this.read(() => this.proposals.countProposals(boardId));
  }

  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    return this.write(() => this.proposals.appendHistory(boardId, entry));
  }

  async listHistory(boardId: string, query?: { after?: number; limit?: number }): Promise<HistoryEntry[]> {
    return this.read(() => this.proposals.listHistory(boardId, query));
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    return this.read(() => this.proposals.lastHistory(boardId));
  }

  async createRound(round: RatingRound): Promise<boolean> {
    return this.write(() => this.ratings.createRound(round));
  }

  async listRounds(boardId: string): Promise<RatingRound[]> {
    return this.read(() => this.ratings.listRounds(boardId));
  }

  async getRound(boardId: string, roundId: string): Promise<RatingRound | null> {
    return this.read(() => this.ratings.getRound(boardId, roundId));
  }

  async revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    return this.write(() => this.ratings.revealRound(boardId, roundId, at));
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    return this.write(() => this.ratings.closeRound(boardId, roundId, at));
  }

  async addAnswer(answer: RatingAnswer): Promise<AnswerOutcome> {
    return this.write(() => this.ratings.addAnswer(answer));
  }

  async listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]> {
    return this.read(() => this.ratings.listAnswers(boardId, roundId));
  }

  async createBreakouts(groups: readonly NewBreakout[]): Promise<void> {
    return this.write(() =>
      this.db.transaction(() => {
        for (const g of groups) {
          this.addBoard(g.board, g.initialState);
          this.breakouts.insert(g.breakout);
        }
      })(),
    );
  }

  async listBreakouts(parentId: string): Promise<BreakoutRecord[]> {
    return this.read(() => this.breakouts.list(parentId));
  }

  async getBreakout(childId: string): Promise<BreakoutRecord | null> {
    return this.read(() => this.breakouts.get(childId));
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    try {
      return this.stmt.ping.get()?.ok === 1;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    await this.checkpointer?.stop();
    this.db.close();
  }

  /** Writes every queued append in one transaction; false when that failed (each was rejected). */
  private flush(): boolean {
    const batch = this.queue;
    if (batch.length === 0) return true;
    this.queue = [];
    try {
      // A lone append commits on its own: BEGIN/COMMIT around one insert only adds work.
      if (batch.length === 1) this.insert(batch[0]!.boardId, batch[0]!.data);
      else
        this.db.transaction(() => {
          for (const p of batch) this.insert(p.boardId, p.data);
        })();
    } catch (e) {
      // The counters may have run ahead of what was written; read them afresh next time.
      this.seqs.clear();
      for (const p of batch) p.reject(e);
      return false;
    }
    this.checkpointer?.committed();
    for (const p of batch) p.resolve();
    return true;
  }

  private insert(boardId: string, data: Buffer): void {
    const seq = (this.seqs.get(boardId) ?? this.stmt.lastSeq.get(boardId)?.seq ?? 0) + 1;
    this.stmt.insertUpdate.run(boardId, seq, data);
    this.seqs.set(boardId, seq);
  }

  private read<T>(query: () => T): T {
    this.assertOpen();
    return query();
  }

  /** Runs a write that commits on its own, then tells the checkpointer the WAL grew. */
  private write<T>(change: () => T): T {
    this.assertOpen();
    const result = change();
    this.checkpointer?.committed();
    return result;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('SqliteDocStore is closed');
  }
}

import { anchorKey, type Author, type Comment, type Participant, type Thread } from '@/lib/comments';
import type { OwnParticipant } from '@/lib/own-data';
import type { CommentErasure, CommentRemoval, CommentStore, ThreadRecord } from './comment-store';
import { sqliteEraseComments, sqliteParticipant } from './sqlite-erasure';
import type { SqliteDb } from './sqlite-db';
import { threadsWithComments, toComment, toParticipant, toRemoval, toThread, type CommentRow, type ParticipantRow, type RemovalRow, type ThreadRow } from './sql-rows';

/** The comment tables of the SQLite file (created by the third step in sqlite-migrations.ts). */
export class SqliteComments implements CommentStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      addParticipant: database.prepare(
        `INSERT INTO participants (board_id, participant_id, name, organisation, role, joined_at) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (board_id, participant_id) DO UPDATE SET name = excluded.name, organisation = excluded.organisation WHERE participants.name = ''`,
      ),
      listParticipants: database.prepare<[string], ParticipantRow>(
        'SELECT participant_id, name, organisation, role FROM participants WHERE board_id = ? ORDER BY rowid',
      ),
      insertThread: database.prepare('INSERT INTO threads (board_id, id, anchor, status, created_at, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertComment: database.prepare(
        `INSERT INTO comments (board_id, id, thread_id, author_id, author_name, author_organisation, author_role, body, stance, mentions, created_at, edited_at, removed_at, removed_by, author_verified)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getThread: database.prepare<[string, string], ThreadRow>('SELECT * FROM threads WHERE board_id = ? AND id = ?'),
      listThreads: database.prepare<[string], ThreadRow>('SELECT * FROM threads WHERE board_id = ? ORDER BY seq'),
      threadComments: database.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE board_id = ? AND thread_id = ? ORDER BY seq'),
      boardComments: database.prepare<[string], CommentRow>('SELECT * FROM comments WHERE board_id = ? ORDER BY seq'),
      getComment: database.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE board_id = ? AND id = ?'),
      editComment: database.prepare('UPDATE comments SET body = ?, mentions = ?, edited_at = ? WHERE board_id = ? AND id = ? AND removed_at IS NULL'),
      removeComment: database.prepare(
        "UPDATE comments SET body = '', stance = NULL, mentions = '[]', removed_at = ?, removed_by = ? WHERE board_id = ? AND id = ? AND removed_at IS NULL",
      ),
      insertRemoval: database.prepare(
        'INSERT INTO comment_removals (board_id, comment_id, thread_id, author_id, removed_by, removed_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listRemovals: database.prepare<[string], RemovalRow>('SELECT * FROM comment_removals WHERE board_id = ? ORDER BY seq'),
      setStatus: database.prepare('UPDATE threads SET status = ?, resolved_at = ?, resolved_by = ? WHERE board_id = ? AND id = ? AND status <> ?'),
      countComments: database.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM comments WHERE board_id = ?'),
    };
  }

  async addParticipant(boardId: string, p: Participant, at: string): Promise<boolean> {
    return this.db.write(() => this.stmt.addParticipant.run(boardId, p.participantId, p.name, p.organisation, p.role, at).changes === 1);
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    return this.db.read(() => this.stmt.listParticipants.all(boardId)).map(toParticipant);
  }

  async createThread(t: ThreadRecord, first: Comment): Promise<void> {
    this.db.write(() =>
      this.db.database.transaction(() => {
        this.stmt.insertThread.run(t.boardId, t.id, anchorKey(t.anchor), t.status, t.createdAt, t.resolvedAt, t.resolvedBy && JSON.stringify(t.resolvedBy));
        this.insertComment(t.boardId, first);
      })(),
    );
  }

  async addComment(boardId: string, comment: Comment): Promise<boolean> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        if (!this.stmt.getThread.get(boardId, comment.threadId)) return false;
        this.insertComment(boardId, comment);
        return true;
      })(),
    );
  }

  async getComment(boardId: string, commentId: string): Promise<Comment | null> {
    const row = this.db.read(() => this.stmt.getComment.get(boardId, commentId));
    return row ? toComment(row) : null;
  }

  async editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    return this.db.write(() => this.stmt.editComment.run(body, JSON.stringify(mentions), at, boardId, commentId).changes === 1);
  }

  async removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        const row = this.stmt.getComment.get(boardId, commentId);
        if (!row || row.removed_at !== null) return false;
        const removedBy = by.participantId === row.author_id ? null : by.participantId;
        this.stmt.removeComment.run(at, removedBy, boardId, commentId);
        this.stmt.insertRemoval.run(boardId, commentId, row.thread_id, row.author_id, JSON.stringify(by), at);
        return true;
      })(),
    );
  }

  async listRemovals(boardId: string): Promise<CommentRemoval[]> {
    return this.db.read(() => this.stmt.listRemovals.all(boardId)).map(toRemoval);
  }

  async setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        if (!this.stmt.getThread.get(boardId, threadId)) return false;
        const resolved = status === 'resolved';
        this.stmt.setStatus.run(status, resolved ? at : null, resolved ? JSON.stringify(by) : null, boardId, threadId, status);
        return true;
      })(),
    );
  }

  async getThread(boardId: string, threadId: string): Promise<Thread | null> {
    return this.db.read(() =>
      this.db.database.transaction(() => {
        const row = this.stmt.getThread.get(boardId, threadId);
        return row ? toThread(row, this.stmt.threadComments.all(boardId, threadId).map(toComment)) : null;
      })(),
    );
  }

  async listThreads(boardId: string): Promise<Thread[]> {
    return this.db.read(() => this.db.database.transaction(() => threadsWithComments(this.stmt.listThreads.all(boardId), this.stmt.boardComments.all(boardId)))());
  }

  async countComments(boardId: string): Promise<number> {
    return this.db.read(() => this.stmt.countComments.get(boardId)?.n ?? 0);
  }

  async getParticipant(boardId: string, participantId: string): Promise<OwnParticipant | null> {
    return sqliteParticipant(this.db, boardId, participantId);
  }

  async eraseParticipant(boardId: string, participantId: string, at: string): Promise<CommentErasure> {
    return sqliteEraseComments(this.db, boardId, participantId, at);
  }

  private insertComment(boardId: string, c: Comment): void {
    const a = c.author;
    const mentions = JSON.stringify(c.mentions);
    this.stmt.insertComment.run(boardId, c.id, c.threadId, a.participantId, a.name, a.organisation, a.role, c.body, c.stance, mentions, c.createdAt, c.editedAt, c.removedAt, c.removedBy, a.verified ? 1 : 0);
  }
}

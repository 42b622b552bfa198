import type Database from 'better-sqlite3';
import { anchorKey, type Author, type Comment, type Participant, type Thread } from '@/lib/comments';
import type { CommentRemoval, ThreadRecord } from './comment-store';
import { threadsWithComments, toComment, toParticipant, toRemoval, toThread, type CommentRow, type ParticipantRow, type RemovalRow, type ThreadRow } from './sql-rows';

/**
 * The comment tables of SqliteDocStore (created by the third step in sqlite-migrations.ts). Synchronous, as
 * better-sqlite3 is; SqliteDocStore wraps each call with its open check and checkpoint nudge.
 */
export class SqliteComments {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      addParticipant: db.prepare(
        'INSERT INTO participants (board_id, participant_id, name, organisation, role, joined_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
      ),
      listParticipants: db.prepare<[string], ParticipantRow>(
        'SELECT participant_id, name, organisation, role FROM participants WHERE board_id = ? ORDER BY rowid',
      ),
      insertThread: db.prepare('INSERT INTO threads (board_id, id, anchor, status, created_at, resolved_at, resolved_by) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      insertComment: db.prepare(
        `INSERT INTO comments (board_id, id, thread_id, author_id, author_name, author_organisation, author_role, body, stance, mentions, created_at, edited_at, removed_at, removed_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      getThread: db.prepare<[string, string], ThreadRow>('SELECT * FROM threads WHERE board_id = ? AND id = ?'),
      listThreads: db.prepare<[string], ThreadRow>('SELECT * FROM threads WHERE board_id = ? ORDER BY seq'),
      threadComments: db.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE board_id = ? AND thread_id = ? ORDER BY seq'),
      boardComments: db.prepare<[string], CommentRow>('SELECT * FROM comments WHERE board_id = ? ORDER BY seq'),
      getComment: db.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE board_id = ? AND id = ?'),
      editComment: db.prepare('UPDATE comments SET body = ?, mentions = ?, edited_at = ? WHERE board_id = ? AND id = ? AND removed_at IS NULL'),
      removeComment: db.prepare(
        "UPDATE comments SET body = '', stance = NULL, mentions = '[]', removed_at = ?, removed_by = ? WHERE board_id = ? AND id = ? AND removed_at IS NULL",
      ),
      insertRemoval: db.prepare(
        'INSERT INTO comment_removals (board_id, comment_id, thread_id, author_id, removed_by, removed_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      listRemovals: db.prepare<[string], RemovalRow>('SELECT * FROM comment_removals WHERE board_id = ? ORDER BY seq'),
      setStatus: db.prepare('UPDATE threads SET status = ?, resolved_at = ?, resolved_by = ? WHERE board_id = ? AND id = ? AND status <> ?'),
      countComments: db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM comments WHERE board_id = ?'),
    };
  }

  /** See CommentStore.addParticipant. */
  addParticipant(boardId: string, p: Participant, at: string): boolean {
    return this.stmt.addParticipant.run(boardId, p.participantId, p.name, p.organisation, p.role, at).changes === 1;
  }

  /** See CommentStore.listParticipants. */
  listParticipants(boardId: string): Participant[] {
    return this.stmt.listParticipants.all(boardId).map(toParticipant);
  }

  /** See CommentStore.createThread. */
  createThread(t: ThreadRecord, first: Comment): void {
    this.db.transaction(() => {
      this.stmt.insertThread.run(t.boardId, t.id, anchorKey(t.anchor), t.status, t.createdAt, t.resolvedAt, t.resolvedBy && JSON.stringify(t.resolvedBy));
      this.insertComment(t.boardId, first);
    })();
  }

  /** See CommentStore.addComment. */
  addComment(boardId: string, comment: Comment): boolean {
    return this.db.transaction(() => {
      if (!this.stmt.getThread.get(boardId, comment.threadId)) return false;
      this.insertComment(boardId, comment);
      return true;
    })();
  }

  /** See CommentStore.getComment. */
  getComment(boardId: string, commentId: string): Comment | null {
    const row = this.stmt.getComment.get(boardId, commentId);
    return row ? toComment(row) : null;
  }

  /** See CommentStore.editComment. */
  editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): boolean {
    return this.stmt.editComment.run(body, JSON.stringify(mentions), at, boardId, commentId).changes === 1;
  }

  /** See CommentStore.removeComment. */
  removeComment(boardId: string, commentId: string, by: Author, at: string): boolean {
    return this.db.transaction(() => {
      const row = this.stmt.getComment.get(boardId, commentId);
      if (!row || row.removed_at !== null) return false;
      const removedBy = by.participantId === row.author_id ? null : by.participantId;
      this.stmt.removeComment.run(at, removedBy, boardId, commentId);
      this.stmt.insertRemoval.run(boardId, commentId, row.thread_id, row.author_id, JSON.stringify(by), at);
      return true;
    })();
  }

  /** See CommentStore.listRemovals. */
  listRemovals(boardId: string): CommentRemoval[] {
    return this.stmt.listRemovals.all(boardId).map(toRemoval);
  }

  /** See CommentStore.setThreadStatus. */
  setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): boolean {
    return this.db.transaction(() => {
      if (!this.stmt.getThread.get(boardId, threadId)) return false;
      const resolved = status === 'resolved';
      this.stmt.setStatus.run(status, resolved ? at : null, resolved ? JSON.stringify(by) : null, boardId, threadId, status);
      return true;
    })();
  }

  /** See CommentStore.getThread. */
  getThread(boardId: string, threadId: string): Thread | null {
    return this.db.transaction(() => {
      const row = this.stmt.getThread.get(boardId, threadId);
      return row ? toThread(row, this.stmt.threadComments.all(boardId, threadId).map(toComment)) : null;
    })();
  }

  /** See CommentStore.listThreads. */
  listThreads(boardId: string): Thread[] {
    return this.db.transaction(() => threadsWithComments(this.stmt.listThreads.all(boardId), this.stmt.boardComments.all(boardId)))();
  }

  /** See CommentStore.countComments. */
  countComments(boardId: string): number {
    return this.stmt.countComments.get(boardId)?.n ?? 0;
  }

  private insertComment(boardId: string, c: Comment): void {
    const a = c.author;
    const mentions = JSON.stringify(c.mentions);
    this.stmt.insertComment.run(boardId, c.id, c.threadId, a.participantId, a.name, a.organisation, a.role, c.body, c.stance, mentions, c.createdAt, c.editedAt, c.removedAt, c.removedBy);
  }
}

import { anchorKey, type Author, type Comment, type Participant, type Thread } from '@/lib/comments';
import type { OwnParticipant } from '@/lib/own-data';
import type { CommentErasure, CommentRemoval, CommentStore, ThreadRecord } from './comment-store';
import { pgEraseComments, pgParticipant } from './pg-erasure';
import type { PgDb, Queryable } from './pg-db';
import { threadsWithComments, toComment, toParticipant, toRemoval, toThread, type CommentRow, type ParticipantRow, type RemovalRow, type ThreadRow } from './sql-rows';

// Names and bodies go to json columns (see pg-migrations.ts), hence the JSON.stringify on them.
const INSERT_COMMENT = `INSERT INTO comments (board_id, id, thread_id, author_id, author_name, author_organisation, author_role, body, stance, mentions, created_at, edited_at, removed_at, removed_by, author_verified)`;
const commentValues = (boardId: string, c: Comment): unknown[] => {
  const a = c.author;
  return [boardId, c.id, c.threadId, a.participantId, JSON.stringify(a.name), JSON.stringify(a.organisation), a.role, JSON.stringify(c.body), c.stance, JSON.stringify(c.mentions), c.createdAt, c.editedAt, c.removedAt, c.removedBy, a.verified === true];
};
// Cast where a column is json: in INSERT ... SELECT a parameter is not typed by its column.
const COMMENT_PARAMS = '$1, $2, $3, $4, $5::json, $6::json, $7, $8::json, $9, $10, $11, $12, $13, $14, $15';

/**
 * The comment tables in PostgreSQL. Each check and its write are one statement (threads are never
 * deleted, so a thread seen is a thread that stays), so no two instances can both remove or both
 * log the same comment.
 */
export class PgComments implements CommentStore {
  constructor(private readonly db: PgDb) {}

  async addParticipant(boardId: string, p: Participant, at: string): Promise<boolean> {
    // The name column is json, which has no equality: its text is compared (an erased one is "").
    const sql = `INSERT INTO participants (board_id, participant_id, name, organisation, role, joined_at) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT (board_id, participant_id) DO UPDATE SET name = EXCLUDED.name, organisation = EXCLUDED.organisation WHERE participants.name::text = '""'`;
    return (await this.db.changed(sql, [boardId, p.participantId, JSON.stringify(p.name), JSON.stringify(p.organisation), p.role, at])) === 1;
  }

  async listParticipants(boardId: string): Promise<Participant[]> {
    const sql = 'SELECT participant_id, name, organisation, role FROM participants WHERE board_id = $1 ORDER BY seq';
    return (await this.db.rows<ParticipantRow>(sql, [boardId])).map(toParticipant);
  }

  async createThread(t: ThreadRecord, first: Comment): Promise<void> {
    await this.db.tx(async (c: Queryable) => {
      await c.query('INSERT INTO threads (board_id, id, anchor, status, created_at, resolved_at, resolved_by) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
        t.boardId,
        t.id,
        anchorKey(t.anchor),
        t.status,
        t.createdAt,
        t.resolvedAt,
        t.resolvedBy && JSON.stringify(t.resolvedBy),
      ]);
      await c.query(`${INSERT_COMMENT} VALUES (${COMMENT_PARAMS})`, commentValues(t.boardId, first));
    });
  }

  async addComment(boardId: string, comment: Comment): Promise<boolean> {
    const sql = `${INSERT_COMMENT} SELECT ${COMMENT_PARAMS} WHERE EXISTS (SELECT 1 FROM threads WHERE board_id = $1 AND id = $3)`;
    return (await this.db.changed(sql, commentValues(boardId, comment))) === 1;
  }

  async getComment(boardId: string, commentId: string): Promise<Comment | null> {
    const [row] = await this.db.rows<CommentRow>('SELECT * FROM comments WHERE board_id = $1 AND id = $2', [boardId, commentId]);
    return row ? toComment(row) : null;
  }

  async editComment(boardId: string, commentId: string, body: string, mentions: string[], at: string): Promise<boolean> {
    const sql = 'UPDATE comments SET body = $1, mentions = $2, edited_at = $3 WHERE board_id = $4 AND id = $5 AND removed_at IS NULL';
    return (await this.db.changed(sql, [JSON.stringify(body), JSON.stringify(mentions), at, boardId, commentId])) === 1;
  }

  async removeComment(boardId: string, commentId: string, by: Author, at: string): Promise<boolean> {
    // The UPDATE's row lock and its removed_at check make a second remover find nothing to log.
    const sql = `WITH removed AS (
        UPDATE comments SET body = '""', stance = NULL, mentions = '[]', removed_at = $3,
          removed_by = CASE WHEN author_id = $4 THEN NULL ELSE $4 END
        WHERE board_id = $1 AND id = $2 AND removed_at IS NULL
        RETURNING thread_id, author_id)
      INSERT INTO comment_removals (board_id, comment_id, thread_id, author_id, removed_by, removed_at)
      SELECT $1, $2, thread_id, author_id, $5, $3 FROM removed`;
    return (await this.db.changed(sql, [boardId, commentId, at, by.participantId, JSON.stringify(by)])) === 1;
  }

  async listRemovals(boardId: string): Promise<CommentRemoval[]> {
    return (await this.db.rows<RemovalRow>('SELECT * FROM comment_removals WHERE board_id = $1 ORDER BY seq', [boardId])).map(toRemoval);
  }

  async setThreadStatus(boardId: string, threadId: string, status: Thread['status'], by: Author, at: string): Promise<boolean> {
    // Matching the thread whatever its status tells "no such thread" from "already so"; the
    // resolution stays as it was when the status does not change.
    const resolved = status === 'resolved';
    const sql = `UPDATE threads SET status = $1,
        resolved_at = CASE WHEN status = $1 THEN resolved_at ELSE $2 END,
        resolved_by = CASE WHEN status = $1 THEN resolved_by ELSE $3 END
      WHERE board_id = $4 AND id = $5`;
    return (await this.db.changed(sql, [status, resolved ? at : null, resolved ? JSON.stringify(by) : null, boardId, threadId])) === 1;
  }

  async getThread(boardId: string, threadId: string): Promise<Thread | null> {
    const [row] = await this.db.rows<ThreadRow>('SELECT * FROM threads WHERE board_id = $1 AND id = $2', [boardId, threadId]);
    if (!row) return null;
    const comments = await this.db.rows<CommentRow>('SELECT * FROM comments WHERE board_id = $1 AND thread_id = $2 ORDER BY seq', [boardId, threadId]);
    return toThread(row, comments.map(toComment));
  }

  async listThreads(boardId: string): Promise<Thread[]> {
    const threads = await this.db.rows<ThreadRow>('SELECT * FROM threads WHERE board_id = $1 ORDER BY seq', [boardId]);
    // Comments after threads: a reply landing in between names a thread already read.
    const comments = await this.db.rows<CommentRow>('SELECT * FROM comments WHERE board_id = $1 ORDER BY seq', [boardId]);
    return threadsWithComments(threads, comments);
  }

  async countComments(boardId: string): Promise<number> {
    const [row] = await this.db.rows<{ n: number }>('SELECT count(*)::int AS n FROM comments WHERE board_id = $1', [boardId]);
    return row?.n ?? 0;
  }

  getParticipant(boardId: string, participantId: string): Promise<OwnParticipant | null> {
    return pgParticipant(this.db, boardId, participantId);
  }

  eraseParticipant(boardId: string, participantId: string, at: string): Promise<CommentErasure> {
    return pgEraseComments(this.db, boardId, participantId, at);
  }
}

import type { HistoryEntry } from '@/lib/history';
import { blankPerson, historyNames, type OwnParticipant } from '@/lib/own-data';
import type { CommentErasure } from './comment-store';
import type { ErasureTarget } from '@/lib/own-data-copies';
import { blankedPersonJson, erasedHistoryJson, erasedProposalJson, historyNeedles, namesAuthor, toOwnParticipant, unlinkedAnswerJson, type JoinedRow } from './erasure-rows';
import type { PgDb } from './pg-db';
import type { RatingErasure } from './rating-store';
import { toComment, toEntry, type CommentRow, type HistoryRow } from './sql-rows';

// A participant's own data in PostgreSQL: reading it back and erasing it, each erasure one
// transaction. Rows are locked FOR UPDATE as they are read, so a removal, resolution or reveal
// by another instance waits for the erasure rather than interleaving with it.

/** See CommentStore.getParticipant. */
export async function pgParticipant(db: PgDb, boardId: string, participantId: string): Promise<OwnParticipant | null> {
  const sql = 'SELECT participant_id, name, organisation, role, joined_at FROM participants WHERE board_id = $1 AND participant_id = $2';
  const [row] = await db.rows<JoinedRow>(sql, [boardId, participantId]);
  return row ? toOwnParticipant(row) : null;
}

/** See CommentStore.eraseParticipant. */
export function pgEraseComments(db: PgDb, boardId: string, participantId: string, at: string): Promise<CommentErasure> {
  return db.tx(async (c) => {
    const own = (await c.query<CommentRow>('SELECT * FROM comments WHERE board_id = $1 AND author_id = $2 ORDER BY seq FOR UPDATE', [boardId, participantId])).rows;
    const threads = new Set<string>();
    let removed = 0;
    for (const row of own) {
      if (row.removed_at === null) {
        const remove = `UPDATE comments SET body = '""', stance = NULL, mentions = '[]', removed_at = $3, removed_by = NULL WHERE board_id = $1 AND id = $2`;
        await c.query(remove, [boardId, row.id, at]);
        const log = 'INSERT INTO comment_removals (board_id, comment_id, thread_id, author_id, removed_by, removed_at) VALUES ($1, $2, $3, $4, $5, $6)';
        await c.query(log, [boardId, row.id, row.thread_id, participantId, JSON.stringify(blankPerson(toComment(row).author)), at]);
        removed++;
      } else if (!namesAuthor(row.author_name, row.author_organisation)) continue;
      threads.add(row.thread_id);
    }
    await c.query(`UPDATE comments SET author_name = '""', author_organisation = '""' WHERE board_id = $1 AND author_id = $2`, [boardId, participantId]);
    // The id sits inside the JSON text; strpos narrows the rows to read, the parse decides.
    const removals = await c.query<{ seq: string; removed_by: string }>('SELECT seq, removed_by FROM comment_removals WHERE board_id = $1 AND strpos(removed_by, $2) > 0 FOR UPDATE', [boardId, participantId]);
    for (const r of removals.rows) {
      const blanked = blankedPersonJson(r.removed_by, participantId);
      if (blanked) await c.query('UPDATE comment_removals SET removed_by = $1 WHERE seq = $2', [blanked, r.seq]);
    }
    const resolved = await c.query<{ id: string; resolved_by: string }>('SELECT id, resolved_by FROM threads WHERE board_id = $1 AND strpos(resolved_by, $2) > 0 FOR UPDATE', [boardId, participantId]);
    for (const t of resolved.rows) {
      const blanked = blankedPersonJson(t.resolved_by, participantId);
      if (!blanked) continue;
      await c.query('UPDATE threads SET resolved_by = $1 WHERE board_id = $2 AND id = $3', [blanked, boardId, t.id]);
      threads.add(t.id);
    }
    const participant = await c.query(`UPDATE participants SET name = '""', organisation = '""' WHERE board_id = $1 AND participant_id = $2`, [boardId, participantId]);
    return { removed, threads: [...threads], participant: participant.rowCount === 1 };
  });
}

/**
 * See RatingStore.eraseParticipant. The board's rounds are locked FOR SHARE first, as addAnswer
 * locks its round: a reveal waits until the erasure commits, so an answer deleted as unrevealed
 * cannot belong to a round revealed meanwhile.
 */
export function pgEraseAnswers(db: PgDb, boardId: string, participantId: string, standInId: string): Promise<RatingErasure> {
  return db.tx(async (c) => {
    const rounds = await c.query<{ id: string; revealed_at: string | null }>('SELECT id, revealed_at FROM rating_rounds WHERE board_id = $1 FOR SHARE', [boardId]);
    const revealed = new Set(rounds.rows.filter((r) => r.revealed_at !== null).map((r) => r.id));
    const sql = 'SELECT seq, round_id, data FROM rating_answers WHERE board_id = $1 AND participant_id = $2 ORDER BY seq FOR UPDATE';
    const rows = (await c.query<{ seq: string; round_id: string; data: string }>(sql, [boardId, participantId])).rows;
    const erasure: RatingErasure = { removed: 0, unlinked: 0, rounds: [...new Set(rows.map((r) => r.round_id))] };
    for (const r of rows) {
      if (!revealed.has(r.round_id)) {
        await c.query('DELETE FROM rating_answers WHERE seq = $1', [r.seq]);
        erasure.removed++;
      } else {
        await c.query('UPDATE rating_answers SET participant_id = $1, data = $2 WHERE seq = $3', [standInId, unlinkedAnswerJson(r.data, standInId), r.seq]);
        erasure.unlinked++;
      }
    }
    return erasure;
  });
}

const NAMING = 'SELECT seq, data FROM history WHERE board_id = $1 AND (strpos(data, $2) > 0 OR strpos(data, $3) > 0)';

/** See HistoryStore.historyNaming. */
export async function pgHistoryNaming(db: PgDb, boardId: string, participantId: string, cardAuthor: string | null = null): Promise<HistoryEntry[]> {
  const rows = await db.rows<HistoryRow>(`${NAMING} ORDER BY seq`, [boardId, ...historyNeedles(participantId, cardAuthor)]);
  return rows.map(toEntry).filter((e) => historyNames(e, participantId, cardAuthor));
}

/** See HistoryStore.eraseActor. */
export function pgEraseActor(db: PgDb, boardId: string, participantId: string, cardAuthor: string | null = null): Promise<number> {
  return db.tx(async (c) => {
    const rows = await c.query<HistoryRow>(`${NAMING} FOR UPDATE`, [boardId, ...historyNeedles(participantId, cardAuthor)]);
    let changed = 0;
    for (const r of rows.rows) {
      const erased = erasedHistoryJson(r.data, participantId, cardAuthor);
      if (!erased) continue;
      await c.query('UPDATE history SET data = $1 WHERE board_id = $2 AND seq = $3', [erased, boardId, r.seq]);
      changed++;
    }
    return changed;
  });
}

/** See ProposalStore.eraseParticipant. The board's proposals are locked as they are read, so an erasure from another instance waits. */
export function pgEraseProposals(db: PgDb, boardId: string, target: ErasureTarget): Promise<string[]> {
  return db.tx(async (c) => {
    const rows = await c.query<{ seq: string; id: string; data: string }>('SELECT seq, id, data FROM proposals WHERE board_id = $1 ORDER BY seq FOR UPDATE', [boardId]);
    const changed: string[] = [];
    for (const r of rows.rows) {
      const erased = erasedProposalJson(r.data, target);
      if (!erased) continue;
      await c.query('UPDATE proposals SET data = $1 WHERE seq = $2', [erased, r.seq]);
      changed.push(r.id);
    }
    return changed;
  });
}

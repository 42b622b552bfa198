import type { HistoryEntry } from '@/lib/history';
import { blankPerson, historyNames, type OwnParticipant } from '@/lib/own-data';
import type { CommentErasure } from './comment-store';
import type { ErasureTarget } from '@/lib/own-data-copies';
import { blankedPersonJson, erasedHistoryJson, erasedProposalJson, historyNeedles, namesAuthor, toOwnParticipant, unlinkedAnswerJson, type JoinedRow } from './erasure-rows';
import type { RatingErasure } from './rating-store';
import type { SqliteDb } from './sqlite-db';
import { toComment, toEntry, type CommentRow, type HistoryRow } from './sql-rows';

// A participant's own data in the SQLite file: reading it back and erasing it. Kept apart from the
// stores' hot paths; each erasure is one transaction, so a reader sees all of it or none.
// Statements are prepared per call: an erasure is rare, and cached statements would cost every open.

/** See CommentStore.getParticipant. */
export function sqliteParticipant(db: SqliteDb, boardId: string, participantId: string): OwnParticipant | null {
  const sql = 'SELECT participant_id, name, organisation, role, joined_at FROM participants WHERE board_id = ? AND participant_id = ?';
  const row = db.read(() => db.database.prepare<[string, string], JoinedRow>(sql).get(boardId, participantId));
  return row ? toOwnParticipant(row) : null;
}

/** See CommentStore.eraseParticipant. */
export function sqliteEraseComments(db: SqliteDb, boardId: string, participantId: string, at: string): CommentErasure {
  const d = db.database;
  return db.write(() =>
    d.transaction((): CommentErasure => {
      const own = d.prepare<[string, string], CommentRow>('SELECT * FROM comments WHERE board_id = ? AND author_id = ? ORDER BY seq').all(boardId, participantId);
      const threads = new Set<string>();
      let removed = 0;
      const remove = d.prepare("UPDATE comments SET body = '', stance = NULL, mentions = '[]', removed_at = ?, removed_by = NULL WHERE board_id = ? AND id = ?");
      const log = d.prepare('INSERT INTO comment_removals (board_id, comment_id, thread_id, author_id, removed_by, removed_at) VALUES (?, ?, ?, ?, ?, ?)');
      for (const row of own) {
        if (row.removed_at === null) {
          remove.run(at, boardId, row.id);
          log.run(boardId, row.id, row.thread_id, participantId, JSON.stringify(blankPerson(toComment(row).author)), at);
          removed++;
        } else if (!namesAuthor(row.author_name, row.author_organisation)) continue;
        threads.add(row.thread_id);
      }
      d.prepare("UPDATE comments SET author_name = '', author_organisation = '' WHERE board_id = ? AND author_id = ?").run(boardId, participantId);
      // The id sits inside the JSON; instr narrows the rows to read, the parse decides.
      const byRows = d.prepare<[string, string], { seq: number; removed_by: string }>('SELECT seq, removed_by FROM comment_removals WHERE board_id = ? AND instr(removed_by, ?) > 0');
      const setBy = d.prepare('UPDATE comment_removals SET removed_by = ? WHERE seq = ?');
      for (const r of byRows.all(boardId, participantId)) {
        const blanked = blankedPersonJson(r.removed_by, participantId);
        if (blanked) setBy.run(blanked, r.seq);
      }
      const resolvers = d.prepare<[string, string], { id: string; resolved_by: string }>('SELECT id, resolved_by FROM threads WHERE board_id = ? AND instr(resolved_by, ?) > 0');
      const setResolver = d.prepare('UPDATE threads SET resolved_by = ? WHERE board_id = ? AND id = ?');
      for (const t of resolvers.all(boardId, participantId)) {
        const blanked = blankedPersonJson(t.resolved_by, participantId);
        if (!blanked) continue;
        setResolver.run(blanked, boardId, t.id);
        threads.add(t.id);
      }
      const participant = d.prepare("UPDATE participants SET name = '', organisation = '' WHERE board_id = ? AND participant_id = ?").run(boardId, participantId);
      return { removed, threads: [...threads], participant: participant.changes === 1 };
    })(),
  );
}

/** See RatingStore.eraseParticipant. SQLite has one writer, so no reveal can land between the read of a round and the answer's fate. */
export function sqliteEraseAnswers(db: SqliteDb, boardId: string, participantId: string, standInId: string): RatingErasure {
  const d = db.database;
  return db.write(() =>
    d.transaction((): RatingErasure => {
      const sql = `SELECT a.seq, a.round_id, a.data, r.revealed_at FROM rating_answers a
        LEFT JOIN rating_rounds r ON r.board_id = a.board_id AND r.id = a.round_id
        WHERE a.board_id = ? AND a.participant_id = ? ORDER BY a.seq`;
      const rows = d.prepare<[string, string], { seq: number; round_id: string; data: string; revealed_at: string | null }>(sql).all(boardId, participantId);
      const drop = d.prepare('DELETE FROM rating_answers WHERE seq = ?');
      const unlink = d.prepare('UPDATE rating_answers SET participant_id = ?, data = ? WHERE seq = ?');
      const erasure: RatingErasure = { removed: 0, unlinked: 0, rounds: [...new Set(rows.map((r) => r.round_id))] };
      for (const r of rows) {
        if (r.revealed_at === null) {
          drop.run(r.seq);
          erasure.removed++;
        } else {
          unlink.run(standInId, unlinkedAnswerJson(r.data, standInId), r.seq);
          erasure.unlinked++;
        }
      }
      return erasure;
    })(),
  );
}

/** See HistoryStore.historyNaming. */
export function sqliteHistoryNaming(db: SqliteDb, boardId: string, participantId: string, cardAuthor: string | null = null): HistoryEntry[] {
  const sql = 'SELECT seq, data FROM history WHERE board_id = ? AND (instr(data, ?) > 0 OR instr(data, ?) > 0) ORDER BY seq';
  const rows = db.read(() => db.database.prepare<[string, string, string], HistoryRow>(sql).all(boardId, ...historyNeedles(participantId, cardAuthor)));
  return rows.map(toEntry).filter((e) => historyNames(e, participantId, cardAuthor));
}

/** See HistoryStore.eraseActor. */
export function sqliteEraseActor(db: SqliteDb, boardId: string, participantId: string, cardAuthor: string | null = null): number {
  const d = db.database;
  return db.write(() =>
    d.transaction(() => {
      const sql = 'SELECT seq, data FROM history WHERE board_id = ? AND (instr(data, ?) > 0 OR instr(data, ?) > 0)';
      const rows = d.prepare<[string, string, string], HistoryRow>(sql).all(boardId, ...historyNeedles(participantId, cardAuthor));
      const set = d.prepare('UPDATE history SET data = ? WHERE board_id = ? AND seq = ?');
      let changed = 0;
      for (const r of rows) {
        const erased = erasedHistoryJson(r.data, participantId, cardAuthor);
        if (!erased) continue;
        set.run(erased, boardId, r.seq);
        changed++;
      }
      return changed;
    })(),
  );
}

/** See ProposalStore.eraseParticipant. A board holds at most a few hundred proposals, so each is read and judged. */
export function sqliteEraseProposals(db: SqliteDb, boardId: string, target: ErasureTarget): string[] {
  const d = db.database;
  return db.write(() =>
    d.transaction(() => {
      const rows = d.prepare<[string], { seq: number; id: string; data: string }>('SELECT seq, id, data FROM proposals WHERE board_id = ? ORDER BY seq').all(boardId);
      const set = d.prepare('UPDATE proposals SET data = ? WHERE seq = ?');
      const changed: string[] = [];
      for (const r of rows) {
        const erased = erasedProposalJson(r.data, target);
        if (!erased) continue;
        set.run(erased, r.seq);
        changed.push(r.id);
      }
      return changed;
    })(),
  );
}

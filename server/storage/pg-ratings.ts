import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { PgDb } from './pg-db';
import { pgEraseAnswers } from './pg-erasure';
import type { AnswerOutcome, RatingErasure, RatingStore } from './rating-store';
import { toAnswer, toRound, type RoundRow } from './sql-rows';

const ROUND_COLUMNS = 'board_id, id, data, revealed_at, closed_at';

/**
 * The rating tables in PostgreSQL. The invariants are the schema's: the partial unique index
 * keeps one unclosed round per board and the answers' unique key one answer per triple, so two
 * instances racing both wait on the same index entry and exactly one wins.
 */
export class PgRatings implements RatingStore {
  constructor(private readonly db: PgDb) {}

  /** See RatingStore.createRound; a second round with the same id on a board throws. */
  async createRound(round: RatingRound): Promise<boolean> {
    const { id, boardId, revealedAt, closedAt, ...fixed } = round;
    // Only a conflict on the one-open-round index is an expected "no"; a taken id still throws.
    const sql = `INSERT INTO rating_rounds (${ROUND_COLUMNS}) VALUES ($1, $2, $3, $4, $5)
      ON CONFLICT (board_id) WHERE closed_at IS NULL DO NOTHING`;
    return (await this.db.changed(sql, [boardId, id, JSON.stringify(fixed), revealedAt, closedAt])) === 1;
  }

  async listRounds(boardId: string): Promise<RatingRound[]> {
    return (await this.db.rows<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM rating_rounds WHERE board_id = $1 ORDER BY seq`, [boardId])).map(toRound);
  }

  async getRound(boardId: string, roundId: string): Promise<RatingRound | null> {
    const [row] = await this.db.rows<RoundRow>(`SELECT ${ROUND_COLUMNS} FROM rating_rounds WHERE board_id = $1 AND id = $2`, [boardId, roundId]);
    return row ? toRound(row) : null;
  }

  async revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const sql = `UPDATE rating_rounds SET revealed_at = $1 WHERE board_id = $2 AND id = $3 AND revealed_at IS NULL AND closed_at IS NULL RETURNING ${ROUND_COLUMNS}`;
    const [row] = await this.db.rows<RoundRow>(sql, [at, boardId, roundId]);
    return row ? toRound(row) : null;
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const sql = `UPDATE rating_rounds SET closed_at = $1 WHERE board_id = $2 AND id = $3 AND closed_at IS NULL RETURNING ${ROUND_COLUMNS}`;
    const [row] = await this.db.rows<RoundRow>(sql, [at, boardId, roundId]);
    return row ? toRound(row) : null;
  }

  async addAnswer(a: RatingAnswer): Promise<AnswerOutcome> {
    return this.db.tx(async (c) => {
      // FOR SHARE: a reveal or close waits until this answer is in, so none lands after either.
      const lock = 'SELECT revealed_at, closed_at FROM rating_rounds WHERE board_id = $1 AND id = $2 FOR SHARE';
      const [round] = (await c.query<Pick<RoundRow, 'revealed_at' | 'closed_at'>>(lock, [a.boardId, a.roundId])).rows;
      if (!round || round.revealed_at !== null || round.closed_at !== null) return 'not-open';
      const insert = `INSERT INTO rating_answers (board_id, round_id, participant_id, proposal_id, criterion, data) VALUES ($1, $2, $3, $4, $5, $6)
        ON CONFLICT (board_id, round_id, participant_id, proposal_id, criterion) DO NOTHING`;
      const stored = await c.query(insert, [a.boardId, a.roundId, a.author.participantId, a.proposal, a.criterion, JSON.stringify(a)]);
      return stored.rowCount === 1 ? 'added' : 'taken';
    });
  }

  async listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]> {
    return (await this.db.rows<{ data: string }>('SELECT data FROM rating_answers WHERE board_id = $1 AND round_id = $2 ORDER BY seq', [boardId, roundId])).map(toAnswer);
  }

  eraseParticipant(boardId: string, participantId: string, standInId: string): Promise<RatingErasure> {
    return pgEraseAnswers(this.db, boardId, participantId, standInId);
  }
}

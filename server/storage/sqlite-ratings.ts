import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { AnswerOutcome, RatingErasure, RatingStore } from './rating-store';
import { sqliteEraseAnswers } from './sqlite-erasure';
import type { SqliteDb } from './sqlite-db';
import { toAnswer, toRound, type RoundRow } from './sql-rows';

/**
 * The rating tables of the SQLite file (created by the sixth step in sqlite-migrations.ts).
 * Each check and its write share one transaction.
 */
export class SqliteRatings implements RatingStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      openRound: database.prepare<[string], { id: string }>('SELECT id FROM rating_rounds WHERE board_id = ? AND closed_at IS NULL'),
      insertRound: database.prepare('INSERT INTO rating_rounds (board_id, id, data, revealed_at, closed_at) VALUES (?, ?, ?, ?, ?)'),
      listRounds: database.prepare<[string], RoundRow>('SELECT board_id, id, data, revealed_at, closed_at FROM rating_rounds WHERE board_id = ? ORDER BY seq'),
      getRound: database.prepare<[string, string], RoundRow>('SELECT board_id, id, data, revealed_at, closed_at FROM rating_rounds WHERE board_id = ? AND id = ?'),
      reveal: database.prepare<[string, string, string], RoundRow>(
        'UPDATE rating_rounds SET revealed_at = ? WHERE board_id = ? AND id = ? AND revealed_at IS NULL AND closed_at IS NULL RETURNING board_id, id, data, revealed_at, closed_at',
      ),
      close: database.prepare<[string, string, string], RoundRow>(
        'UPDATE rating_rounds SET closed_at = ? WHERE board_id = ? AND id = ? AND closed_at IS NULL RETURNING board_id, id, data, revealed_at, closed_at',
      ),
      insertAnswer: database.prepare(
        `INSERT INTO rating_answers (board_id, round_id, participant_id, proposal_id, criterion, data) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (board_id, round_id, participant_id, proposal_id, criterion) DO NOTHING`,
      ),
      listAnswers: database.prepare<[string, string], { data: string }>('SELECT data FROM rating_answers WHERE board_id = ? AND round_id = ? ORDER BY seq'),
    };
  }

  /** See RatingStore.createRound; a second round with the same id on a board throws. */
  async createRound(round: RatingRound): Promise<boolean> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        if (this.stmt.openRound.get(round.boardId)) return false;
        const { id, boardId, revealedAt, closedAt, ...fixed } = round;
        this.stmt.insertRound.run(boardId, id, JSON.stringify(fixed), revealedAt, closedAt);
        return true;
      })(),
    );
  }

  async listRounds(boardId: string): Promise<RatingRound[]> {
    return this.db.read(() => this.stmt.listRounds.all(boardId)).map(toRound);
  }

  async getRound(boardId: string, roundId: string): Promise<RatingRound | null> {
    const row = this.db.read(() => this.stmt.getRound.get(boardId, roundId));
    return row ? toRound(row) : null;
  }

  async revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const row = this.db.write(() => this.stmt.reveal.get(at, boardId, roundId));
    return row ? toRound(row) : null;
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null> {
    const row = this.db.write(() => this.stmt.close.get(at, boardId, roundId));
    return row ? toRound(row) : null;
  }

  async addAnswer(a: RatingAnswer): Promise<AnswerOutcome> {
    return this.db.write(() =>
      this.db.database.transaction((): AnswerOutcome => {
        const round = this.stmt.getRound.get(a.boardId, a.roundId);
        if (!round || round.revealed_at !== null || round.closed_at !== null) return 'not-open';
        const stored = this.stmt.insertAnswer.run(a.boardId, a.roundId, a.author.participantId, a.proposal, a.criterion, JSON.stringify(a));
        return stored.changes === 1 ? 'added' : 'taken';
      })(),
    );
  }

  async listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]> {
    return this.db.read(() => this.stmt.listAnswers.all(boardId, roundId)).map(toAnswer);
  }

  async eraseParticipant(boardId: string, participantId: string, standInId: string): Promise<RatingErasure> {
    return sqliteEraseAnswers(this.db, boardId, participantId, standInId);
  }
}

import type Database from 'better-sqlite3';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { AnswerOutcome } from './rating-store';
import { toAnswer, toRound, type RoundRow } from './sql-rows';

/**
 * The rating tables of SqliteDocStore (created by the sixth step in sqlite-migrations.ts).
 * Synchronous, as better-sqlite3 is; each check and its write share one transaction.
 */
export class SqliteRatings {
  private readonly stmt;

  constructor(private readonly db: Database.Database) {
    this.stmt = {
      openRound: db.prepare<[string], { id: string }>('SELECT id FROM rating_rounds WHERE board_id = ? AND closed_at IS NULL'),
      insertRound: db.prepare('INSERT INTO rating_rounds (board_id, id, data, revealed_at, closed_at) VALUES (?, ?, ?, ?, ?)'),
      listRounds: db.prepare<[string], RoundRow>('SELECT board_id, id, data, revealed_at, closed_at FROM rating_rounds WHERE board_id = ? ORDER BY seq'),
      getRound: db.prepare<[string, string], RoundRow>('SELECT board_id, id, data, revealed_at, closed_at FROM rating_rounds WHERE board_id = ? AND id = ?'),
      reveal: db.prepare<[string, string, string], RoundRow>(
        'UPDATE rating_rounds SET revealed_at = ? WHERE board_id = ? AND id = ? AND revealed_at IS NULL AND closed_at IS NULL RETURNING board_id, id, data, revealed_at, closed_at',
      ),
      close: db.prepare<[string, string, string], RoundRow>(
        'UPDATE rating_rounds SET closed_at = ? WHERE board_id = ? AND id = ? AND closed_at IS NULL RETURNING board_id, id, data, revealed_at, closed_at',
      ),
      insertAnswer: db.prepare(
        `INSERT INTO rating_answers (board_id, round_id, participant_id, proposal_id, criterion, data) VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (board_id, round_id, participant_id, proposal_id, criterion) DO NOTHING`,
      ),
      listAnswers: db.prepare<[string, string], { data: string }>('SELECT data FROM rating_answers WHERE board_id = ? AND round_id = ? ORDER BY seq'),
    };
  }

  /** See RatingStore.createRound; a second round with the same id on a board throws. */
  createRound(round: RatingRound): boolean {
    return this.db.transaction(() => {
      if (this.stmt.openRound.get(round.boardId)) return false;
      const { id, boardId, revealedAt, closedAt, ...fixed } = round;
      this.stmt.insertRound.run(boardId, id, JSON.stringify(fixed), revealedAt, closedAt);
      return true;
    })();
  }

  /** See RatingStore.listRounds. */
  listRounds(boardId: string): RatingRound[] {
    return this.stmt.listRounds.all(boardId).map(toRound);
  }

  /** See RatingStore.getRound. */
  getRound(boardId: string, roundId: string): RatingRound | null {
    const row = this.stmt.getRound.get(boardId, roundId);
    return row ? toRound(row) : null;
  }

  /** See RatingStore.revealRound. */
  revealRound(boardId: string, roundId: string, at: string): RatingRound | null {
    const row = this.stmt.reveal.get(at, boardId, roundId);
    return row ? toRound(row) : null;
  }

  /** See RatingStore.closeRound. */
  closeRound(boardId: string, roundId: string, at: string): RatingRound | null {
    const row = this.stmt.close.get(at, boardId, roundId);
    return row ? toRound(row) : null;
  }

  /** See RatingStore.addAnswer. */
  addAnswer(a: RatingAnswer): AnswerOutcome {
    return this.db.transaction((): AnswerOutcome => {
      const round = this.stmt.getRound.get(a.boardId, a.roundId);
      if (!round || round.revealed_at !== null || round.closed_at !== null) return 'not-open';
      const stored = this.stmt.insertAnswer.run(a.boardId, a.roundId, a.author.participantId, a.proposal, a.criterion, JSON.stringify(a));
      return stored.changes === 1 ? 'added' : 'taken';
    })();
  }

  /** See RatingStore.listAnswers. */
  listAnswers(boardId: string, roundId: string): RatingAnswer[] {
    return this.stmt.listAnswers.all(boardId, roundId).map(toAnswer);
  }
}

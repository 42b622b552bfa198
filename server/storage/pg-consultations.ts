import type { Consultation } from '@/lib/consultation';
import { CONSULTATION_COLUMNS, consultationValues, stillOpen, toConsultation, type ConsultationRow } from './consultation-rows';
import type { ConsultationStore } from './consultation-store';
import type { PgDb, Queryable } from './pg-db';

/**
 * Advisory lock key space of a board's consultation rounds, apart from the fold's and the
 * migrations'. Whether a round is open depends on the clock, which no index can express, so
 * opening and extending (the two writes that can make a round open) queue on this lock instead.
 */
export const CONSULTATION_LOCK_SPACE = 0x68f8726e;

const lock = (c: Queryable, boardId: string) => c.query(`SELECT pg_advisory_xact_lock(${CONSULTATION_LOCK_SPACE}, hashtext($1))`, [boardId]);
const NEWEST = `SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE board_id = $1 ORDER BY seq DESC LIMIT 1`;
// Only the newest round of a board may change: an older one reopened would make two rounds open.
const IS_NEWEST = 'seq = (SELECT max(seq) FROM consultations WHERE board_id = $2)';

/** The consultations table in PostgreSQL, shared by every instance; the invariant is kept by the lock above. */
export class PgConsultations implements ConsultationStore {
  constructor(private readonly db: PgDb) {}

  /** See ConsultationStore.openRound; a second round with the same id on a board throws. */
  openRound(round: Consultation, now: string): Promise<boolean> {
    return this.db.tx(async (c) => {
      await lock(c, round.boardId);
      const [newest] = (await c.query<ConsultationRow>(NEWEST, [round.boardId])).rows;
      if (stillOpen(newest, now)) return false;
      await c.query(`INSERT INTO consultations (${CONSULTATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5)`, consultationValues(round));
      return true;
    });
  }

  async listRounds(boardId: string): Promise<Consultation[]> {
    return (await this.db.rows<ConsultationRow>(`SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE board_id = $1 ORDER BY seq`, [boardId])).map(toConsultation);
  }

  async currentRound(boardId: string): Promise<Consultation | null> {
    const [row] = await this.db.rows<ConsultationRow>(NEWEST, [boardId]);
    return row ? toConsultation(row) : null;
  }

  extendRound(boardId: string, roundId: string, deadline: string): Promise<Consultation | null> {
    return this.db.tx(async (c) => {
      // Under the lock: an extension racing an opening would otherwise leave two rounds open.
      await lock(c, boardId);
      const sql = `UPDATE consultations SET deadline = $1 WHERE board_id = $2 AND id = $3 AND closed_at IS NULL AND ${IS_NEWEST} RETURNING ${CONSULTATION_COLUMNS}`;
      const [row] = (await c.query<ConsultationRow>(sql, [deadline, boardId, roundId])).rows;
      return row ? toConsultation(row) : null;
    });
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<Consultation | null> {
    const sql = `UPDATE consultations SET closed_at = $1 WHERE board_id = $2 AND id = $3 AND closed_at IS NULL AND ${IS_NEWEST} RETURNING ${CONSULTATION_COLUMNS}`;
    const [row] = await this.db.rows<ConsultationRow>(sql, [at, boardId, roundId]);
    return row ? toConsultation(row) : null;
  }
}

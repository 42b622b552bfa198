import type { Consultation } from '@/lib/consultation';
import { CONSULTATION_COLUMNS, consultationValues, stillOpen, toConsultation, type ConsultationRow } from './consultation-rows';
import type { ConsultationStore } from './consultation-store';
import type { SqliteDb } from './sqlite-db';

// Only the newest round of a board may change: an older one reopened would make two rounds open.
const NEWEST = '(SELECT max(seq) FROM consultations WHERE board_id = @board)';

/**
 * The consultations table of the SQLite file (created in sqlite-migrations.ts). The check for an
 * open round and the insert share one transaction on the one writer, so they cannot interleave.
 */
export class SqliteConsultations implements ConsultationStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const { database } = db;
    this.stmt = {
      newest: database.prepare<[string], ConsultationRow>(`SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE board_id = ? ORDER BY seq DESC LIMIT 1`),
      insert: database.prepare(`INSERT INTO consultations (${CONSULTATION_COLUMNS}) VALUES (?, ?, ?, ?, ?)`),
      list: database.prepare<[string], ConsultationRow>(`SELECT ${CONSULTATION_COLUMNS} FROM consultations WHERE board_id = ? ORDER BY seq`),
      extend: database.prepare<{ board: string; id: string; deadline: string }, ConsultationRow>(
        `UPDATE consultations SET deadline = @deadline WHERE board_id = @board AND id = @id AND closed_at IS NULL AND seq = ${NEWEST} RETURNING ${CONSULTATION_COLUMNS}`,
      ),
      close: database.prepare<{ board: string; id: string; at: string }, ConsultationRow>(
        `UPDATE consultations SET closed_at = @at WHERE board_id = @board AND id = @id AND closed_at IS NULL AND seq = ${NEWEST} RETURNING ${CONSULTATION_COLUMNS}`,
      ),
    };
  }

  /** See ConsultationStore.openRound; a second round with the same id on a board throws. */
  async openRound(round: Consultation, now: string): Promise<boolean> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        if (stillOpen(this.stmt.newest.get(round.boardId), now)) return false;
        this.stmt.insert.run(...consultationValues(round));
        return true;
      })(),
    );
  }

  async listRounds(boardId: string): Promise<Consultation[]> {
    return this.db.read(() => this.stmt.list.all(boardId)).map(toConsultation);
  }

  async currentRound(boardId: string): Promise<Consultation | null> {
    const row = this.db.read(() => this.stmt.newest.get(boardId));
    return row ? toConsultation(row) : null;
  }

  async extendRound(boardId: string, roundId: string, deadline: string): Promise<Consultation | null> {
    const row = this.db.write(() => this.stmt.extend.get({ board: boardId, id: roundId, deadline }));
    return row ? toConsultation(row) : null;
  }

  async closeRound(boardId: string, roundId: string, at: string): Promise<Consultation | null> {
    const row = this.db.write(() => this.stmt.close.get({ board: boardId, id: roundId, at }));
    return row ? toConsultation(row) : null;
  }
}

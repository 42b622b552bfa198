import type { MailAddress, MailStore, OutboxEntry, OutboxOutcome, OutboxOwner, OutboxRow } from './mail-store';
import { toAddress, toOutboxRow, type AddressRow, type OutboxDbRow } from './notification-rows';
import type { PgDb } from './pg-db';

/**
 * Email settings and the send queue in PostgreSQL, shared by every instance. A claim locks the
 * due rows it picks with FOR UPDATE SKIP LOCKED and sets their lease in the same statement: an
 * instance claiming at the same moment skips them, and one claiming later sees the lease.
 */
export class PgMail implements MailStore {
  constructor(private readonly db: PgDb) {}

  async getAddress(boardId: string, participantId: string): Promise<MailAddress | null> {
    const [row] = await this.db.rows<AddressRow>('SELECT * FROM mail_addresses WHERE board_id = $1 AND participant_id = $2', [boardId, participantId]);
    return row ? toAddress(row) : null;
  }

  async setAddress(a: MailAddress): Promise<void> {
    const sql = `INSERT INTO mail_addresses (board_id, participant_id, address, lang, instant, digest, confirmed_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
      ON CONFLICT (board_id, participant_id) DO UPDATE SET address = EXCLUDED.address, lang = EXCLUDED.lang, instant = EXCLUDED.instant,
        digest = EXCLUDED.digest, confirmed_at = EXCLUDED.confirmed_at, created_at = EXCLUDED.created_at`;
    await this.db.changed(sql, [a.boardId, a.participantId, JSON.stringify(a.address), a.lang, a.instant, a.digest, a.confirmedAt, a.createdAt]);
  }

  async confirmAddress(boardId: string, participantId: string, address: string, at: string): Promise<boolean> {
    // json has no equality; its text is what JSON.stringify wrote.
    const sql = 'UPDATE mail_addresses SET confirmed_at = $1 WHERE board_id = $2 AND participant_id = $3 AND address::text = $4';
    return (await this.db.changed(sql, [at, boardId, participantId, JSON.stringify(address)])) === 1;
  }

  async removeAddress(boardId: string, participantId: string): Promise<boolean> {
    return (await this.db.changed('DELETE FROM mail_addresses WHERE board_id = $1 AND participant_id = $2', [boardId, participantId])) === 1;
  }

  async digestReaders(): Promise<{ boardId: string; participantId: string }[]> {
    const sql = 'SELECT board_id, participant_id FROM mail_addresses WHERE digest AND confirmed_at IS NOT NULL ORDER BY board_id, participant_id';
    return (await this.db.rows<{ board_id: string; participant_id: string }>(sql)).map((r) => ({ boardId: r.board_id, participantId: r.participant_id }));
  }

  async enqueue(e: OutboxEntry): Promise<boolean> {
    const sql = 'INSERT INTO mail_outbox (board_id, participant_id, key, kind, data, next_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (key) DO NOTHING';
    return (await this.db.changed(sql, [e.boardId, e.participantId, e.key, e.kind, e.data, e.nextAt, e.createdAt])) === 1;
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    const sql = `UPDATE mail_outbox SET claimed_until = $1, attempts = attempts + 1
      WHERE seq IN (SELECT seq FROM mail_outbox WHERE done_at IS NULL AND next_at <= $2 AND (claimed_until IS NULL OR claimed_until <= $2) ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING *`;
    return (await this.db.rows<OutboxDbRow>(sql, [leaseUntil, now, limit])).map(toOutboxRow).sort((a, b) => a.seq - b.seq);
  }

  async finish(seq: number, outcome: OutboxOutcome, at: string): Promise<void> {
    await this.db.changed('UPDATE mail_outbox SET done_at = $1, outcome = $2, claimed_until = NULL WHERE seq = $3', [at, outcome, seq]);
  }

  async retryAt(seq: number, nextAt: string, error: string): Promise<void> {
    await this.db.changed('UPDATE mail_outbox SET next_at = $1, last_error = $2, claimed_until = NULL WHERE seq = $3', [nextAt, error.slice(0, 500), seq]);
  }

  async countOutbox(of?: OutboxOwner): Promise<Record<OutboxOutcome | 'pending', number>> {
    const counts = { pending: 0, sent: 0, skipped: 0, failed: 0 };
    const [where, params] = of ? ['WHERE board_id = $1 AND participant_id = $2', [of.boardId, of.participantId]] : ['', []];
    for (const r of await this.db.rows<{ outcome: string | null; n: string }>(`SELECT outcome, COUNT(*) AS n FROM mail_outbox ${where} GROUP BY outcome`, params)) {
      counts[(r.outcome ?? 'pending') as keyof typeof counts] += Number(r.n);
    }
    return counts;
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<void> {
    await this.db.tx(async (c) => {
      await c.query('DELETE FROM mail_addresses WHERE board_id = $1 AND participant_id = $2', [boardId, participantId]);
      await c.query('DELETE FROM mail_outbox WHERE board_id = $1 AND participant_id = $2', [boardId, participantId]);
    });
  }
}

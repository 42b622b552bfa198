import type { MailAddress, MailStore, OutboxEntry, OutboxOutcome, OutboxOwner, OutboxRow } from './mail-store';
import { toAddress, toOutboxRow, type AddressRow, type OutboxDbRow } from './notification-rows';
import type { SqliteDb } from './sqlite-db';

/**
 * Email settings and the send queue in the SQLite file. A claim is one UPDATE … RETURNING, and
 * SQLite runs one writer at a time across every process on the file, so two servers on the same
 * DATA_DIR never claim the same row while its lease runs.
 */
export class SqliteMail implements MailStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const d = db.database;
    this.stmt = {
      get: d.prepare<[string, string], AddressRow>('SELECT * FROM mail_addresses WHERE board_id = ? AND participant_id = ?'),
      set: d.prepare(
        `INSERT INTO mail_addresses (board_id, participant_id, address, lang, instant, digest, confirmed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (board_id, participant_id) DO UPDATE SET address = excluded.address, lang = excluded.lang, instant = excluded.instant,
           digest = excluded.digest, confirmed_at = excluded.confirmed_at, created_at = excluded.created_at`,
      ),
      confirm: d.prepare('UPDATE mail_addresses SET confirmed_at = ? WHERE board_id = ? AND participant_id = ? AND address = ?'),
      remove: d.prepare('DELETE FROM mail_addresses WHERE board_id = ? AND participant_id = ?'),
      digestReaders: d.prepare<[], { board_id: string; participant_id: string }>(
        'SELECT board_id, participant_id FROM mail_addresses WHERE digest = 1 AND confirmed_at IS NOT NULL ORDER BY board_id, participant_id',
      ),
      enqueue: d.prepare(
        'INSERT INTO mail_outbox (board_id, participant_id, key, kind, data, next_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING',
      ),
      claim: d.prepare<[string, string, string, number], OutboxDbRow>(
        `UPDATE mail_outbox SET claimed_until = ?, attempts = attempts + 1
         WHERE seq IN (SELECT seq FROM mail_outbox WHERE done_at IS NULL AND next_at <= ? AND (claimed_until IS NULL OR claimed_until <= ?) ORDER BY seq LIMIT ?)
         RETURNING *`,
      ),
      finish: d.prepare('UPDATE mail_outbox SET done_at = ?, outcome = ?, claimed_until = NULL WHERE seq = ?'),
      retry: d.prepare('UPDATE mail_outbox SET next_at = ?, last_error = ?, claimed_until = NULL WHERE seq = ?'),
      count: d.prepare<[], { outcome: string | null; n: number }>('SELECT outcome, COUNT(*) AS n FROM mail_outbox GROUP BY outcome'),
      countOf: d.prepare<[string, string], { outcome: string | null; n: number }>(
        'SELECT outcome, COUNT(*) AS n FROM mail_outbox WHERE board_id = ? AND participant_id = ? GROUP BY outcome',
      ),
      eraseQueue: d.prepare('DELETE FROM mail_outbox WHERE board_id = ? AND participant_id = ?'),
    };
  }

  async getAddress(boardId: string, participantId: string): Promise<MailAddress | null> {
    const row = this.db.read(() => this.stmt.get.get(boardId, participantId));
    return row ? toAddress(row) : null;
  }

  async setAddress(a: MailAddress): Promise<void> {
    this.db.write(() => this.stmt.set.run(a.boardId, a.participantId, a.address, a.lang, a.instant ? 1 : 0, a.digest ? 1 : 0, a.confirmedAt, a.createdAt));
  }

  async confirmAddress(boardId: string, participantId: string, address: string, at: string): Promise<boolean> {
    return this.db.write(() => this.stmt.confirm.run(at, boardId, participantId, address).changes === 1);
  }

  async removeAddress(boardId: string, participantId: string): Promise<boolean> {
    return this.db.write(() => this.stmt.remove.run(boardId, participantId).changes === 1);
  }

  async digestReaders(): Promise<{ boardId: string; participantId: string }[]> {
    return this.db.read(() => this.stmt.digestReaders.all()).map((r) => ({ boardId: r.board_id, participantId: r.participant_id }));
  }

  async enqueue(e: OutboxEntry): Promise<boolean> {
    return this.db.write(() => this.stmt.enqueue.run(e.boardId, e.participantId, e.key, e.kind, e.data, e.nextAt, e.createdAt).changes === 1);
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    return this.db.write(() => this.stmt.claim.all(leaseUntil, now, now, limit)).map(toOutboxRow).sort((a, b) => a.seq - b.seq);
  }

  async finish(seq: number, outcome: OutboxOutcome, at: string): Promise<void> {
    this.db.write(() => this.stmt.finish.run(at, outcome, seq));
  }

  async retryAt(seq: number, nextAt: string, error: string): Promise<void> {
    this.db.write(() => this.stmt.retry.run(nextAt, error.slice(0, 500), seq));
  }

  async countOutbox(of?: OutboxOwner): Promise<Record<OutboxOutcome | 'pending', number>> {
    const counts = { pending: 0, sent: 0, skipped: 0, failed: 0 };
    const rows = this.db.read(() => (of ? this.stmt.countOf.all(of.boardId, of.participantId) : this.stmt.count.all()));
    for (const r of rows) counts[(r.outcome ?? 'pending') as keyof typeof counts] += r.n;
    return counts;
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<void> {
    this.db.write(() =>
      this.db.database.transaction(() => {
        this.stmt.remove.run(boardId, participantId);
        this.stmt.eraseQueue.run(boardId, participantId);
      })(),
    );
  }
}

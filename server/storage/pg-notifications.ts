import type { Notification, NotificationRecord } from '@/lib/notifications';
import type { PgDb } from './pg-db';
import type { NotificationStore } from './notification-store';
import { NOTIFICATION_COLUMNS, notificationValues, toNotification, type NotificationRow } from './notification-rows';

// Typed text (names, the excerpt) goes to json columns, see pg-migrations.ts.
const TYPED = new Set([8, 9, 10]);
const values = (n: NotificationRecord): unknown[] => notificationValues(n).map((v, i) => (TYPED.has(i) ? JSON.stringify(v) : v));

/** The notifications table in PostgreSQL; every change is one statement or one transaction. */
export class PgNotifications implements NotificationStore {
  constructor(private readonly db: PgDb) {}

  async addNotifications(list: readonly NotificationRecord[]): Promise<void> {
    if (list.length === 0) return;
    await this.db.tx(async (c) => {
      const sql = `INSERT INTO notifications (${NOTIFICATION_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (board_id, id) DO NOTHING`;
      for (const n of list) await c.query(sql, values(n));
    });
  }

  async listNotifications(boardId: string, recipientId: string, limit: number): Promise<Notification[]> {
    const sql = 'SELECT * FROM notifications WHERE board_id = $1 AND recipient_id = $2 ORDER BY seq DESC LIMIT $3';
    return (await this.db.rows<NotificationRow>(sql, [boardId, recipientId, limit])).map(toNotification);
  }

  async notificationsBetween(boardId: string, recipientId: string, from: string, to: string): Promise<Notification[]> {
    const sql = 'SELECT * FROM notifications WHERE board_id = $1 AND recipient_id = $2 AND created_at >= $3 AND created_at < $4 ORDER BY seq';
    return (await this.db.rows<NotificationRow>(sql, [boardId, recipientId, from, to])).map(toNotification);
  }

  async getNotification(boardId: string, recipientId: string, id: string): Promise<Notification | null> {
    const [row] = await this.db.rows<NotificationRow>('SELECT * FROM notifications WHERE board_id = $1 AND recipient_id = $2 AND id = $3', [boardId, recipientId, id]);
    return row ? toNotification(row) : null;
  }

  async countUnread(boardId: string, recipientId: string): Promise<number> {
    const [row] = await this.db.rows<{ n: string }>('SELECT COUNT(*) AS n FROM notifications WHERE board_id = $1 AND recipient_id = $2 AND read_at IS NULL', [boardId, recipientId]);
    return Number(row?.n ?? 0);
  }

  async markRead(boardId: string, recipientId: string, ids: readonly string[] | 'all', at: string): Promise<number> {
    if (ids === 'all') return this.db.changed('UPDATE notifications SET read_at = $1 WHERE board_id = $2 AND recipient_id = $3 AND read_at IS NULL', [at, boardId, recipientId]);
    return this.db.changed('UPDATE notifications SET read_at = $1 WHERE board_id = $2 AND recipient_id = $3 AND id = ANY($4) AND read_at IS NULL', [at, boardId, recipientId, [...ids]]);
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<number> {
    return this.db.tx(async (c) => {
      await c.query(`UPDATE notifications SET actor_name = '""', actor_organisation = '""', excerpt = '""' WHERE board_id = $1 AND actor_id = $2`, [boardId, participantId]);
      return (await c.query('DELETE FROM notifications WHERE board_id = $1 AND recipient_id = $2', [boardId, participantId])).rowCount ?? 0;
    });
  }
}

import type { Notification, NotificationRecord } from '@/lib/notifications';
import type { NotificationStore } from './notification-store';
import { NOTIFICATION_COLUMNS, notificationValues, toNotification, type NotificationRow } from './notification-rows';
import type { SqliteDb } from './sqlite-db';

/** The notifications table of the SQLite file (see the notifications step in sqlite-migrations.ts). */
export class SqliteNotifications implements NotificationStore {
  private readonly stmt;

  constructor(private readonly db: SqliteDb) {
    const d = db.database;
    this.stmt = {
      insert: d.prepare(`INSERT INTO notifications (${NOTIFICATION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (board_id, id) DO NOTHING`),
      list: d.prepare<[string, string, number], NotificationRow>('SELECT * FROM notifications WHERE board_id = ? AND recipient_id = ? ORDER BY seq DESC LIMIT ?'),
      between: d.prepare<[string, string, string, string], NotificationRow>(
        'SELECT * FROM notifications WHERE board_id = ? AND recipient_id = ? AND created_at >= ? AND created_at < ? ORDER BY seq',
      ),
      get: d.prepare<[string, string, string], NotificationRow>('SELECT * FROM notifications WHERE board_id = ? AND recipient_id = ? AND id = ?'),
      unread: d.prepare<[string, string], { n: number }>('SELECT COUNT(*) AS n FROM notifications WHERE board_id = ? AND recipient_id = ? AND read_at IS NULL'),
      readAll: d.prepare('UPDATE notifications SET read_at = ? WHERE board_id = ? AND recipient_id = ? AND read_at IS NULL'),
      readOne: d.prepare('UPDATE notifications SET read_at = ? WHERE board_id = ? AND recipient_id = ? AND id = ? AND read_at IS NULL'),
      eraseOwn: d.prepare('DELETE FROM notifications WHERE board_id = ? AND recipient_id = ?'),
      eraseActor: d.prepare("UPDATE notifications SET actor_name = '', actor_organisation = '', excerpt = '' WHERE board_id = ? AND actor_id = ?"),
    };
  }

  async addNotifications(list: readonly NotificationRecord[]): Promise<void> {
    if (list.length === 0) return;
    this.db.write(() => this.db.database.transaction(() => list.forEach((n) => this.stmt.insert.run(...notificationValues(n))))());
  }

  async listNotifications(boardId: string, recipientId: string, limit: number): Promise<Notification[]> {
    return this.db.read(() => this.stmt.list.all(boardId, recipientId, limit)).map(toNotification);
  }

  async notificationsBetween(boardId: string, recipientId: string, from: string, to: string): Promise<Notification[]> {
    return this.db.read(() => this.stmt.between.all(boardId, recipientId, from, to)).map(toNotification);
  }

  async getNotification(boardId: string, recipientId: string, id: string): Promise<Notification | null> {
    const row = this.db.read(() => this.stmt.get.get(boardId, recipientId, id));
    return row ? toNotification(row) : null;
  }

  async countUnread(boardId: string, recipientId: string): Promise<number> {
    return this.db.read(() => this.stmt.unread.get(boardId, recipientId)?.n ?? 0);
  }

  async markRead(boardId: string, recipientId: string, ids: readonly string[] | 'all', at: string): Promise<number> {
    if (ids === 'all') return this.db.write(() => this.stmt.readAll.run(at, boardId, recipientId).changes);
    return this.db.write(() => this.db.database.transaction(() => ids.reduce((n, id) => n + this.stmt.readOne.run(at, boardId, recipientId, id).changes, 0))());
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<number> {
    return this.db.write(() =>
      this.db.database.transaction(() => {
        this.stmt.eraseActor.run(boardId, participantId);
        return this.stmt.eraseOwn.run(boardId, participantId).changes;
      })(),
    );
  }
}

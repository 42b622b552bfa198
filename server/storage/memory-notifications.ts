import type { Notification, NotificationRecord } from '@/lib/notifications';
import type { NotificationStore } from './notification-store';

const own = ({ recipientId: _r, ...n }: NotificationRecord): Notification => structuredClone(n);

/** The NotificationStore in memory, with SQLite's semantics; callers get copies. */
export class MemoryNotifications implements NotificationStore {
  private readonly rows: NotificationRecord[] = [];

  private of(boardId: string, recipientId: string): NotificationRecord[] {
    return this.rows.filter((n) => n.boardId === boardId && n.recipientId === recipientId);
  }

  async addNotifications(list: readonly NotificationRecord[]): Promise<void> {
    for (const n of list) if (!this.rows.some((r) => r.boardId === n.boardId && r.id === n.id)) this.rows.push(structuredClone(n));
  }

  async listNotifications(boardId: string, recipientId: string, limit: number): Promise<Notification[]> {
    return this.of(boardId, recipientId).reverse().slice(0, limit).map(own);
  }

  async notificationsBetween(boardId: string, recipientId: string, from: string, to: string): Promise<Notification[]> {
    return this.of(boardId, recipientId).filter((n) => n.createdAt >= from && n.createdAt < to).map(own);
  }

  async getNotification(boardId: string, recipientId: string, id: string): Promise<Notification | null> {
    const n = this.of(boardId, recipientId).find((r) => r.id === id);
    return n ? own(n) : null;
  }

  async countUnread(boardId: string, recipientId: string): Promise<number> {
    return this.of(boardId, recipientId).filter((n) => n.readAt === null).length;
  }

  async markRead(boardId: string, recipientId: string, ids: readonly string[] | 'all', at: string): Promise<number> {
    let changed = 0;
    for (const n of this.of(boardId, recipientId)) {
      if (n.readAt !== null || (ids !== 'all' && !ids.includes(n.id))) continue;
      n.readAt = at;
      changed++;
    }
    return changed;
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<number> {
    for (const n of this.rows) if (n.boardId === boardId && n.actor.participantId === participantId) Object.assign(n, { actor: { participantId, name: '', organisation: '' }, excerpt: '' });
    return this.drop((n) => n.boardId === boardId && n.recipientId === participantId);
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.drop((n) => n.boardId === boardId);
  }

  private drop(match: (n: NotificationRecord) => boolean): number {
    const before = this.rows.length;
    for (let i = this.rows.length - 1; i >= 0; i--) if (match(this.rows[i]!)) this.rows.splice(i, 1);
    return before - this.rows.length;
  }
}

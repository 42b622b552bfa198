import { randomBytes } from 'node:crypto';
import type { Comment, Thread } from '@/lib/comments';
import { excerptOf, NOTIFICATION_LIST_LIMIT, recipientsOf, type NotificationList, type NotificationRecord } from '@/lib/notifications';
import { isErasedName } from '@/lib/own-data';
import type { FeedPublisher } from '../feed/board-feed';
import type { Logger } from '../log';
import type { Stores } from '../storage/stores';

/** What createNotifications needs: the stores, the feed, a clock (tests set it), and the send queue's nudge when email is on. */
export type NotificationsDeps = {
  stores: Pick<Stores, 'notifications' | 'mail' | 'comments'>;
  feed: FeedPublisher;
  log: Logger;
  clock: () => Date;
  /** Wakes the send queue; null when email is off, and then nothing is queued. */
  mail: { nudge(): unknown } | null;
};

// 72 random bits, as comment ids: unique per board, shown in the API.
const newId = () => randomBytes(9).toString('base64url');

/**
 * Notifications of every board: the one place that decides who is told of a new comment, stores
 * it per recipient, tells their open pages and queues their emails. Each participant reads and
 * marks only their own.
 */
export function createNotifications(deps: NotificationsDeps) {
  const { stores, feed } = deps;

  return {
    /**
     * Tells everyone `comment` (just added to `thread`) concerns: see recipientsOf. Stored first,
     * then the recipients' pages are signalled, then an email is queued for each recipient with a
     * confirmed address that wants one; the queue's key is the notification's, so it goes once.
     */
    async commentAdded(boardId: string, thread: Thread, comment: Comment): Promise<void> {
      const participants = await stores.comments.listParticipants(boardId);
      const erased = new Set(participants.filter((p) => isErasedName(p.name)).map((p) => p.participantId));
      const recipients = recipientsOf(thread, comment, (id) => erased.has(id));
      if (recipients.length === 0) return;
      const at = deps.clock().toISOString();
      const records: NotificationRecord[] = recipients.map((r) => ({
        id: newId(),
        boardId,
        recipientId: r.participantId,
        kind: r.kind,
        threadId: thread.id,
        commentId: comment.id,
        anchor: thread.anchor,
        actor: { participantId: comment.author.participantId, name: comment.author.name, organisation: comment.author.organisation },
        excerpt: excerptOf(comment.body),
        createdAt: at,
        readAt: null,
      }));
      await stores.notifications.addNotifications(records);
      feed.publish(boardId, { type: 'changed', change: { part: 'notifications', action: 'added', to: records.map((n) => n.recipientId) } });
      if (!deps.mail) return;
      let queued = false;
      for (const n of records) {
        const address = await stores.mail.getAddress(boardId, n.recipientId);
        if (!address?.confirmedAt || !address.instant) continue;
        const entry = { boardId, participantId: n.recipientId, key: `event:${boardId}:${n.id}`, kind: 'event' as const, data: JSON.stringify({ notification: n.id }), nextAt: at, createdAt: at };
        queued = (await stores.mail.enqueue(entry)) || queued;
      }
      if (queued) deps.mail.nudge();
    },

    /** The participant's own notifications on the board, newest first, and how many are unread. */
    async list(boardId: string, participantId: string): Promise<NotificationList> {
      const [notifications, unread] = await Promise.all([
        stores.notifications.listNotifications(boardId, participantId, NOTIFICATION_LIST_LIMIT),
        stores.notifications.countUnread(boardId, participantId),
      ]);
      return { notifications, unread };
    },

    /** Marks some (or all) of the participant's own notifications read, and tells their other open pages. */
    async markRead(boardId: string, participantId: string, ids: readonly string[] | 'all'): Promise<number> {
      const changed = await stores.notifications.markRead(boardId, participantId, ids, deps.clock().toISOString());
      if (changed > 0) feed.publish(boardId, { type: 'changed', change: { part: 'notifications', action: 'read', to: [participantId] } });
      return changed;
    },
  };
}

/** The notifications of a server; see createNotifications. */
export type Notifications = ReturnType<typeof createNotifications>;

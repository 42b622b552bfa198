import type { Notification, NotificationRecord } from '@/lib/notifications';

/**
 * Notifications per recipient on a board: written by the server when a comment is added, read
 * and marked read by their recipient only. Kept by board, so a board's deletion takes them along.
 */
export interface NotificationStore {
  /** Stores notifications (each for its own recipient) in one transaction; an id already stored on the board is left as it was. */
  addNotifications(list: readonly NotificationRecord[]): Promise<void>;
  /** The recipient's notifications on the board, newest first, at most `limit`. */
  listNotifications(boardId: string, recipientId: string, limit: number): Promise<Notification[]>;
  /** The recipient's notifications created in [from, to) (ISO times), oldest first: a digest's content. */
  notificationsBetween(boardId: string, recipientId: string, from: string, to: string): Promise<Notification[]>;
  /** One notification of the recipient's, or null. */
  getNotification(boardId: string, recipientId: string, id: string): Promise<Notification | null>;
  /** How many of the recipient's notifications are unread. */
  countUnread(boardId: string, recipientId: string): Promise<number>;
  /** Marks the recipient's notifications with these ids (or all) read at `at`; answers how many changed. Others' ids change nothing. */
  markRead(boardId: string, recipientId: string, ids: readonly string[] | 'all', at: string): Promise<number>;
  /**
   * Erases a participant from the board's notifications: every one they were to receive goes,
   * and on the ones their comments caused for others their name, organisation and excerpt are blanked.
   * Answers how many were deleted.
   */
  eraseParticipant(boardId: string, participantId: string): Promise<number>;
}

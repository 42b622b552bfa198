import { parseAnchorKey, anchorKey } from '@/lib/comments';
import { notificationKindSchema, type Notification, type NotificationRecord } from '@/lib/notifications';
import type { MailAddress, OutboxKind, OutboxRow } from './mail-store';

// Rows of the notification and mail tables as SQLite and PostgreSQL both return them (PostgreSQL
// keeps typed text in json columns, which its driver decodes to the same strings), and back.

/** A notifications row. */
export type NotificationRow = {
  board_id: string;
  id: string;
  kind: string;
  thread_id: string;
  comment_id: string;
  anchor: string;
  actor_id: string;
  actor_name: string;
  actor_organisation: string;
  excerpt: string;
  created_at: string;
  read_at: string | null;
};

/** A stored row as the API's notification; a row whose anchor no longer parses is the server's bug, and fails loudly. */
export function toNotification(r: NotificationRow): Notification {
  const anchor = parseAnchorKey(r.anchor);
  if (!anchor) throw new Error(`notification ${r.id} has an unreadable anchor`);
  return {
    id: r.id,
    boardId: r.board_id,
    kind: notificationKindSchema.parse(r.kind),
    threadId: r.thread_id,
    commentId: r.comment_id,
    anchor,
    actor: { participantId: r.actor_id, name: r.actor_name, organisation: r.actor_organisation },
    excerpt: r.excerpt,
    createdAt: r.created_at,
    readAt: r.read_at,
  };
}

/** The values of one insert, in the column order of NOTIFICATION_COLUMNS. */
export const notificationValues = (n: NotificationRecord): unknown[] => [
  n.boardId,
  n.id,
  n.recipientId,
  n.kind,
  n.threadId,
  n.commentId,
  anchorKey(n.anchor),
  n.actor.participantId,
  n.actor.name,
  n.actor.organisation,
  n.excerpt,
  n.createdAt,
  n.readAt,
];

export const NOTIFICATION_COLUMNS = 'board_id, id, recipient_id, kind, thread_id, comment_id, anchor, actor_id, actor_name, actor_organisation, excerpt, created_at, read_at';

/** A mail_addresses row; SQLite answers its flags as 0 or 1, PostgreSQL as booleans. */
export type AddressRow = {
  board_id: string;
  participant_id: string;
  address: string;
  lang: string;
  instant: number | boolean;
  digest: number | boolean;
  confirmed_at: string | null;
  created_at: string;
};

export const toAddress = (r: AddressRow): MailAddress => ({
  boardId: r.board_id,
  participantId: r.participant_id,
  address: r.address,
  lang: r.lang === 'en' ? 'en' : 'nb',
  instant: Boolean(r.instant),
  digest: Boolean(r.digest),
  confirmedAt: r.confirmed_at,
  createdAt: r.created_at,
});

/** A mail_outbox row; PostgreSQL answers bigint seq as a string. */
export type OutboxDbRow = { seq: number | string; board_id: string; participant_id: string; key: string; kind: string; data: string; attempts: number; next_at: string; created_at: string };

export const toOutboxRow = (r: OutboxDbRow): OutboxRow => ({
  seq: Number(r.seq),
  boardId: r.board_id,
  participantId: r.participant_id,
  key: r.key,
  kind: r.kind as OutboxKind,
  data: r.data,
  attempts: r.attempts,
  nextAt: r.next_at,
  createdAt: r.created_at,
});

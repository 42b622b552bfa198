import * as z from 'zod/mini';
import { anchorSchema, type Comment, type Thread } from './comments';
import { isErasedName } from './erased-name';
import { langSchema } from './i18n';

/**
 * Notifications: what a participant is told when someone mentions them or answers in a thread
 * they follow. One schema for the store, the API and the bell; who gets one is decided here, purely.
 */

/** Why someone is told: named with @ in a comment, or a new comment in a thread they follow. */
export const notificationKindSchema = z.enum(['mention', 'answer']);
export type NotificationKind = z.infer<typeof notificationKindSchema>;

/** Who wrote the comment a notification is about, as their token said; blank once they erased their part. */
export const notificationActorSchema = z.object({ participantId: z.string(), name: z.string(), organisation: z.string() });

/** One notification for one recipient, as the API answers it (the recipient is the caller). */
export const notificationSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  kind: notificationKindSchema,
  threadId: z.string(),
  commentId: z.string(),
  anchor: anchorSchema,
  actor: notificationActorSchema,
  /** The start of the comment, for the list; blank once its author erased their part. */
  excerpt: z.string(),
  createdAt: z.string(),
  readAt: z.nullable(z.string()),
});
export type Notification = z.infer<typeof notificationSchema>;

/** A notification as stored: with its recipient. */
export type NotificationRecord = Notification & { recipientId: string };

/** GET /api/boards/<id>/notifications answers this: the caller's own, newest first, and how many are unread. */
export const notificationListSchema = z.object({ notifications: z.array(notificationSchema), unread: z.number() });
export type NotificationList = z.infer<typeof notificationListSchema>;

/** POST /api/boards/<id>/notifications/read: some ids, or all of the caller's. */
export const markReadSchema = z.union([z.strictObject({ ids: z.array(z.string().check(z.maxLength(64))).check(z.maxLength(200)) }), z.strictObject({ all: z.literal(true) })]);

/** How many notifications the list answers at most: the bell shows the latest, older ones age out of view. */
export const NOTIFICATION_LIST_LIMIT = 50;

/** Characters of a comment kept as a notification's excerpt. */
export const EXCERPT_LENGTH = 140;

/** PUT /api/boards/<id>/notifications/email: the address, the language emails are written in, and which emails. */
export const emailSettingsInputSchema = z.strictObject({
  address: z.string().check(
    z.trim(),
    z.maxLength(254),
    // Deliberately loose: the confirmation link is the real check that the address works and is theirs.
    z.regex(/^[^\s@<>,;"]+@[^\s@<>,;"]+\.[^\s@<>,;"]+$/, 'not an email address'),
  ),
  lang: langSchema,
  /** An email for each mention and answer. */
  instant: z.boolean(),
  /** One email a day with the day's events on threads the participant follows. */
  digest: z.boolean(),
});
export type EmailSettingsInput = z.infer<typeof emailSettingsInputSchema>;

/**
 * GET /api/boards/<id>/notifications/email: whether this server sends email at all, and the
 * caller's own setting (or null), with an address their sign-in gave to offer when they have none.
 */
export const emailSettingsSchema = z.object({
  available: z.boolean(),
  setting: z.nullable(z.object({ address: z.string(), lang: langSchema, instant: z.boolean(), digest: z.boolean(), confirmed: z.boolean() })),
  suggested: z.nullable(z.string()),
});
export type EmailSettings = z.infer<typeof emailSettingsSchema>;

/** The participants a thread's comments have named with @, in the comments before `until` (all when omitted). */
function mentionedIn(comments: readonly Comment[]): Set<string> {
  return new Set(comments.flatMap((c) => c.mentions));
}

/**
 * Whether `participantId` follows the thread: wrote in it or was mentioned in it (removed
 * comments still count: the person took part).
 */
export const followsThread = (thread: Pick<Thread, 'comments'>, participantId: string): boolean =>
  thread.comments.some((c) => c.author.participantId === participantId) || mentionedIn(thread.comments).has(participantId);

/**
 * Who is told of `comment`, newly added to `thread`, and why: everyone it mentions gets a
 * "mention"; everyone who followed the thread before it (wrote in it or was mentioned) and is not
 * mentioned now gets an "answer". Never the writer, never an erased participant (a blank name).
 */
export function recipientsOf(thread: Pick<Thread, 'comments'>, comment: Comment, erased: (participantId: string) => boolean = () => false): { participantId: string; kind: NotificationKind }[] {
  const writer = comment.author.participantId;
  const earlier = thread.comments.filter((c) => c.id !== comment.id);
  const out: { participantId: string; kind: NotificationKind }[] = [];
  const told = new Set<string>([writer]);
  const tell = (participantId: string, kind: NotificationKind) => {
    if (told.has(participantId) || erased(participantId)) return;
    told.add(participantId);
    out.push({ participantId, kind });
  };
  for (const id of comment.mentions) tell(id, 'mention');
  for (const c of earlier) if (!isErasedName(c.author.name)) tell(c.author.participantId, 'answer');
  for (const id of mentionedIn(earlier)) tell(id, 'answer');
  return out;
}

/** A comment's body cut to an excerpt on a word boundary where one is near, with an ellipsis when cut. */
export function excerptOf(body: string, length = EXCERPT_LENGTH): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/** Notifications grouped by thread, threads in order of their first notification, for the digest. */
export function groupByThread<N extends Pick<Notification, 'threadId'>>(list: readonly N[]): { threadId: string; items: N[] }[] {
  const groups = new Map<string, N[]>();
  for (const n of list) {
    const items = groups.get(n.threadId);
    if (items) items.push(n);
    else groups.set(n.threadId, [n]);
  }
  return [...groups].map(([threadId, items]) => ({ threadId, items }));
}

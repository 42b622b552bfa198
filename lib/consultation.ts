import * as z from 'zod/mini';
import type { Anchor, Comment, Stance, Thread } from './comments';
import { formatOsloDateTime, osloToInstant } from './oslo-time';
import type { WallTime } from './oslo-time';

export type { WallTime };
import { PROPOSAL_ID_PATTERN } from './protocol';

/**
 * Consultation rounds ("høringsrunder"): written input between workshops. A facilitator asks one
 * question about the whole board or about one saved proposal, with a deadline; until then
 * commenting works as always, after it the server refuses new input on the round's scope. Not
 * to be confused with rating rounds (lib/ratings.ts), which score proposals.
 */

/** Longest title and question, in characters. */
export const MAX_TITLE_LENGTH = 120;
export const MAX_QUESTION_LENGTH = 2000;
/** A deadline may lie at most this far ahead: a year is already longer than any consultation. */
export const MAX_DEADLINE_AHEAD_MS = 366 * 24 * 60 * 60 * 1000;
/** At most this many rounds on one board, so listing them stays bounded. */
export const MAX_CONSULTATIONS_PER_BOARD = 200;

const serverId = z.string().check(z.regex(new RegExp(`^${PROPOSAL_ID_PATTERN}$`), 'id'));
const text = (max: number) =>
  z.string().check(
    z.trim(),
    z.maxLength(max, `at most ${max} characters`),
    z.refine((s) => s.length > 0, 'must not be empty'),
  );

/** A deadline as typed in the form: a date and a time in Norwegian time (Europe/Oslo). */
export const wallTimeSchema = z.strictObject({
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD')),
  time: z.string().check(z.regex(/^\d{2}:\d{2}(:\d{2})?$/, 'a time as HH:MM')),
});

/** POST /api/boards/<id>/consultations: what opening a round takes. No `proposal` means the whole board. */
export const newConsultationSchema = z.strictObject({
  title: text(MAX_TITLE_LENGTH),
  question: text(MAX_QUESTION_LENGTH),
  deadline: wallTimeSchema,
  proposal: z.optional(serverId),
  /** Whether replies to the secretariat's questions (see isSecretariatQuestion) are still taken after the deadline. */
  questionsStayOpen: z._default(z.boolean(), false),
});
export type NewConsultation = z.infer<typeof newConsultationSchema>;

/** POST /api/boards/<id>/consultations/<cid>/extend: the new deadline. */
export const extendConsultationSchema = z.strictObject({ deadline: wallTimeSchema });

/**
 * A stored round. `deadline` and the times are ISO instants by the server's clock; `proposal` is
 * the saved proposal it is about (its name copied, as proposals never change), null for the
 * whole board. `closedAt` is set when a facilitator closed it early.
 */
export const consultationSchema = z.object({
  id: serverId,
  boardId: z.string(),
  title: z.string(),
  question: z.string(),
  proposal: z.nullable(z.object({ id: serverId, name: z.string() })),
  questionsStayOpen: z.boolean(),
  openedAt: z.string(),
  deadline: z.string(),
  closedAt: z.nullable(z.string()),
});
export type Consultation = z.infer<typeof consultationSchema>;

/**
 * GET /api/boards/<id>/consultations: every round, oldest first; `current` is the newest, which
 * alone decides what commenting is refused (null when the board never had one); `serverNow` is
 * the server's clock in epoch ms, so a page can count down by it rather than by its own clock.
 */
export const consultationsAnswerSchema = z.object({ rounds: z.array(consultationSchema), current: z.nullable(consultationSchema), serverNow: z.number() });
export type ConsultationsAnswer = z.infer<typeof consultationsAnswerSchema>;
/** The answer of open, extend and close: the round as it now stands, with the server's clock. */
export const consultationAnswerSchema = z.object({ round: consultationSchema, serverNow: z.number() });

/** When the round stopped taking input (the deadline, or an earlier close), in epoch ms. */
export const endsAt = (round: Consultation): number => Math.min(Date.parse(round.deadline), round.closedAt === null ? Infinity : Date.parse(round.closedAt));

/** Whether the round still takes input at `now` (epoch ms). */
export const isOpen = (round: Consultation, now: number): boolean => now < endsAt(round);

/** The newest of the board's rounds (they are listed oldest first), which alone governs commenting. */
export const currentRound = (rounds: readonly Consultation[]): Consultation | null => rounds[rounds.length - 1] ?? null;

/**
 * The deadline a form asked for, as an ISO instant, or why it cannot be one: not a time in
 * Norway, not after `now`, or more than MAX_DEADLINE_AHEAD_MS ahead.
 */
export function parseDeadline(wall: z.infer<typeof wallTimeSchema>, now: number): { ok: true; at: string } | { ok: false; reason: 'invalid' | 'past' | 'far' } {
  const at = osloToInstant(wall);
  if (at === null) return { ok: false, reason: 'invalid' };
  if (at <= now) return { ok: false, reason: 'past' };
  if (at - now > MAX_DEADLINE_AHEAD_MS) return { ok: false, reason: 'far' };
  return { ok: true, at: new Date(at).toISOString() };
}

/**
 * Whether a thread is one of the secretariat's questions: its opening comment, still there, was
 * written by a facilitator (the role the token had when it was written) with the stance
 * "question". Only these stay open for replies after the deadline when the round says so.
 */
export function isSecretariatQuestion(thread: Pick<Thread, 'comments'>): boolean {
  const first = thread.comments[0];
  return first !== undefined && first.removedAt === null && first.stance === 'question' && first.author.role === 'facilitator';
}

/** Whether an anchor is within the round's scope: every anchor for a board round, only its proposal's for a proposal round. */
export const inScope = (round: Pick<Consultation, 'proposal'>, anchor: Anchor): boolean =>
  round.proposal === null || (anchor.kind === 'proposal' && anchor.id === round.proposal.id);

/**
 * Which comments are the round's input, as the input summary's filter: written from its opening
 * until it ended (the deadline, or an earlier close; the same half-open window the server enforces,
 * so a reply to a secretariat question taken after the deadline is not counted as the round's),
 * and on its scope. A later extension moves the end, so the window is always the round as it stands.
 */
export function roundFilter(round: Consultation): (thread: Pick<Thread, 'anchor'>, comment: Pick<Comment, 'createdAt'>) => boolean {
  const from = Date.parse(round.openedAt);
  const to = endsAt(round);
  return (thread, comment) => {
    const at = Date.parse(comment.createdAt);
    return at >= from && at < to && inScope(round, thread.anchor);
  };
}

/** A comment write that a round may refuse: a new thread, a reply (with its stance) in a thread, or an edit of a comment in one. */
export type CommentWrite =
  | { kind: 'thread'; anchor: Anchor }
  | { kind: 'reply'; thread: Pick<Thread, 'anchor' | 'comments'>; stance: Stance | undefined }
  | { kind: 'edit'; thread: Pick<Thread, 'anchor' | 'comments'> };

/**
 * Whether the board's current round refuses a write at `now`: null when it may go ahead. While the
 * round is open everything goes ahead; once it has ended, every write on its scope is refused
 * (an edit too, so what was said by the deadline stays what was said), except, when the round
 * keeps them open, replies without a stance in the secretariat's questions. A reply there with a
 * stance is refused: a stance counts as a position taken in the round, and the round is over.
 * Resolving, reopening and removing are never refused here.
 */
export function refusedByRound(round: Consultation | null, write: CommentWrite, now: number): { endedAt: number } | null {
  if (!round || isOpen(round, now)) return null;
  const anchor = write.kind === 'thread' ? write.anchor : write.thread.anchor;
  if (!inScope(round, anchor)) return null;
  if (write.kind === 'reply' && write.stance === undefined && round.questionsStayOpen && isSecretariatQuestion(write.thread)) return null;
  return { endedAt: endsAt(round) };
}

/** The server's refusal, in both languages since the API speaks to either: "høringen ble avsluttet fredag 11. desember kl. 12.00". */
export const closedMessage = (endedAt: number): string =>
  `høringen ble avsluttet ${formatOsloDateTime(endedAt, 'nb')} (the consultation closed ${formatOsloDateTime(endedAt, 'en')})`;

/** How much time is left, as the strip words it: a unit and a count (see lib/i18n/consultation.ts). */
export type TimeLeft = { unit: 'days' | 'hours' | 'overHour' | 'underHour' | 'minutes' | 'underMinute' | 'ended'; n: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * The time left as people say it, coarse far off and finer near the end: whole days from two days
 * up, whole hours from two hours up, "over an hour", "under an hour" down to a quarter, then minutes
 * (a started minute counts whole, so it never says 0), then "under a minute".
 */
export function timeLeft(ms: number): TimeLeft {
  if (ms <= 0) return { unit: 'ended', n: 0 };
  if (ms >= 48 * HOUR) return { unit: 'days', n: Math.floor(ms / (24 * HOUR)) };
  if (ms >= 2 * HOUR) return { unit: 'hours', n: Math.floor(ms / HOUR) };
  if (ms >= HOUR) return { unit: 'overHour', n: 1 };
  if (ms >= 15 * MINUTE) return { unit: 'underHour', n: 1 };
  if (ms >= MINUTE) return { unit: 'minutes', n: Math.ceil(ms / MINUTE) };
  return { unit: 'underMinute', n: 1 };
}

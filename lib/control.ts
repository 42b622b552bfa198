import * as z from 'zod/mini';
import { err, ok, type Result } from './result';
import { roleSchema } from './roles';

/**
 * A board's facilitation controls: the lock, the shared timer and the "follow me" request.
 * Only facilitators change them, through the HTTP API; the server stores them and pushes every
 * change on the live feed. Times are the server's epoch milliseconds, so every screen counts
 * down to the same instant; `serverNow` on each state lets a client correct its own clock.
 */

/** Shortest and longest timer a facilitator may start: one second to four hours. */
export const MIN_TIMER_MS = 1000;
export const MAX_TIMER_MS = 4 * 60 * 60 * 1000;

/**
 * The timer. While running, `endsAt` is when it reaches zero and `remainingMs` is what was left
 * at the moment of reading; paused and idle timers keep `remainingMs` and have no `endsAt`.
 * A running timer past its end stays `running` with 0 remaining until it is reset or started
 * again, so a screen that loads after zero still shows that time is up.
 */
export const timerSchema = z.object({
  status: z.enum(['idle', 'running', 'paused']),
  durationMs: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_TIMER_MS)),
  remainingMs: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_TIMER_MS)),
  endsAt: z.nullable(z.number().check(z.int(), z.nonnegative())),
});
export type Timer = z.infer<typeof timerSchema>;

/** Who everyone is asked to follow: a facilitator's participant id and display name. */
export const followSchema = z.object({ participantId: z.string().check(z.minLength(1), z.maxLength(64)), name: z.string().check(z.minLength(1), z.maxLength(120)) });
export type Follow = z.infer<typeof followSchema>;

/** The controls as the server stores them. `lockedBy` is the name of the facilitator who locked. */
export const controlRecordSchema = z.object({
  locked: z.boolean(),
  lockedBy: z.nullable(z.string().check(z.maxLength(120))),
  timer: timerSchema,
  follow: z.nullable(followSchema),
  /**
   * Set by a facilitator when everyone must sign in with the server's identity provider to join
   * (only when the server offers sign-in); absent on boards from before the setting existed.
   */
  signInRequired: z.optional(z.boolean()),
});
export type ControlRecord = z.infer<typeof controlRecordSchema>;

/** The controls as the API and the live feed deliver them: read at `serverNow` (server epoch ms). */
export const controlStateSchema = z.extend(controlRecordSchema, { serverNow: z.number().check(z.int(), z.nonnegative()) });
export type ControlState = z.infer<typeof controlStateSchema>;

/** A board's controls before any facilitator touched them: unlocked, no timer, nobody to follow. */
export const INITIAL_CONTROL: ControlRecord = {
  locked: false,
  lockedBy: null,
  timer: { status: 'idle', durationMs: 0, remainingMs: 0, endsAt: null },
  follow: null,
};

/** POST /api/boards/<id>/control/lock */
export const lockBodySchema = z.strictObject({ locked: z.boolean() });

/** POST /api/boards/<id>/control/timer: start (with a duration), pause, resume or reset. */
export const timerBodySchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start'), durationMs: z.number().check(z.int(), z.minimum(MIN_TIMER_MS, 'at least 1 s'), z.maximum(MAX_TIMER_MS, 'at most 4 hours')) }),
  z.strictObject({ action: z.literal('pause') }),
  z.strictObject({ action: z.literal('resume') }),
  z.strictObject({ action: z.literal('reset') }),
]);
export type TimerAction = z.infer<typeof timerBodySchema>;

/** POST /api/boards/<id>/control/follow: true asks everyone to follow the calling facilitator, false stops it. */
export const followBodySchema = z.strictObject({ follow: z.boolean() });

/** POST /api/boards/<id>/control/sign-in: true makes every join need a sign-in, false lets people join with a typed name again. */
export const signInBodySchema = z.strictObject({ required: z.boolean() });

/** GET /api/boards/<id>/links and POST links/<role>/rotate: each role's current link and its bare token. */
export const linksResponseSchema = z.object({
  links: z.record(roleSchema, z.string()),
  tokens: z.record(roleSchema, z.string()),
});
export type LinksResponse = z.infer<typeof linksResponseSchema>;

/** The controls as read at `now`: a running timer's remaining time counted down from `endsAt`. */
export function controlAt(record: ControlRecord, now: number): ControlState {
  const { timer } = record;
  const remainingMs = timer.status === 'running' && timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
  return { ...record, timer: { ...timer, remainingMs }, serverNow: now };
}

/**
 * The controls after a timer action at `now`, or why it does not apply: pausing needs a running
 * timer, resuming a paused one. Starting always applies (it restarts a running timer); reset
 * goes back to idle with the last duration, ready to be shown and started again.
 */
export function applyTimer(record: ControlRecord, action: TimerAction, now: number): Result<ControlRecord, string> {
  const current = controlAt(record, now).timer;
  const next = (timer: Timer): Result<ControlRecord, string> => ok({ ...record, timer });
  switch (action.action) {
    case 'start':
      return next({ status: 'running', durationMs: action.durationMs, remainingMs: action.durationMs, endsAt: now + action.durationMs });
    case 'pause':
      if (current.status !== 'running') return err(['the timer is not running']);
      return next({ ...current, status: 'paused', endsAt: null });
    case 'resume':
      if (current.status !== 'paused') return err(['the timer is not paused']);
      return next({ ...current, status: 'running', endsAt: now + current.remainingMs });
    case 'reset':
      return next({ status: 'idle', durationMs: current.durationMs, remainingMs: current.durationMs, endsAt: null });
  }
}

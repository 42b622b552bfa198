import { describe, expect, it } from 'vitest';
import { applyTimer, controlAt, controlStateSchema, INITIAL_CONTROL, MAX_TIMER_MS, timerBodySchema, type ControlRecord, type TimerAction } from './control';

const T0 = 1_700_000_000_000;

/** Applies actions in turn at the given times; fails the test when one is refused. */
function run(steps: [TimerAction, number][], from: ControlRecord = INITIAL_CONTROL): ControlRecord {
  let record = from;
  for (const [action, at] of steps) {
    const next = applyTimer(record, action, at);
    if (!next.ok) throw new Error(`${action.action} at ${at} refused: ${next.errors.join()}`);
    record = next.value;
  }
  return record;
}

describe('controlAt', () => {
  it('counts a running timer down from endsAt and stamps serverNow', () => {
    const record = run([[{ action: 'start', durationMs: 60_000 }, T0]]);
    const state = controlAt(record, T0 + 15_000);
    expect(state.timer).toEqual({ status: 'running', durationMs: 60_000, remainingMs: 45_000, endsAt: T0 + 60_000 });
    expect(state.serverNow).toBe(T0 + 15_000);
    expect(controlStateSchema.parse(state)).toEqual(state);
  });

  it('keeps a timer past its end running at zero, so a late screen still shows that time is up', () => {
    const record = run([[{ action: 'start', durationMs: 5_000 }, T0]]);
    expect(controlAt(record, T0 + 9_000).timer).toMatchObject({ status: 'running', remainingMs: 0, endsAt: T0 + 5_000 });
  });

  it('leaves a paused timer where it stopped however much later it is read', () => {
    const record = run([
      [{ action: 'start', durationMs: 60_000 }, T0],
      [{ action: 'pause' }, T0 + 20_000],
    ]);
    expect(controlAt(record, T0 + 500_000).timer).toEqual({ status: 'paused', durationMs: 60_000, remainingMs: 40_000, endsAt: null });
  });
});

describe('applyTimer', () => {
  it('resumes with what was left when paused, ending that much after the resume', () => {
    const record = run([
      [{ action: 'start', durationMs: 60_000 }, T0],
      [{ action: 'pause' }, T0 + 20_000],
      [{ action: 'resume' }, T0 + 100_000],
    ]);
    expect(record.timer).toMatchObject({ status: 'running', endsAt: T0 + 140_000 });
    expect(controlAt(record, T0 + 130_000).timer.remainingMs).toBe(10_000);
  });

  it('resets to idle with the last duration, whatever state the timer was in', () => {
    const running = run([[{ action: 'start', durationMs: 90_000 }, T0]]);
    const paused = run([[{ action: 'pause' }, T0 + 1_000]], running);
    for (const from of [running, paused]) {
      expect(run([[{ action: 'reset' }, T0 + 2_000]], from).timer).toEqual({ status: 'idle', durationMs: 90_000, remainingMs: 90_000, endsAt: null });
    }
  });

  it('restarts a running timer with the new duration', () => {
    const record = run([
      [{ action: 'start', durationMs: 60_000 }, T0],
      [{ action: 'start', durationMs: 30_000 }, T0 + 10_000],
    ]);
    expect(record.timer).toEqual({ status: 'running', durationMs: 30_000, remainingMs: 30_000, endsAt: T0 + 40_000 });
  });

  it('refuses to pause a timer that is not running and to resume one that is not paused', () => {
    expect(applyTimer(INITIAL_CONTROL, { action: 'pause' }, T0)).toEqual({ ok: false, errors: ['the timer is not running'] });
    expect(applyTimer(INITIAL_CONTROL, { action: 'resume' }, T0)).toEqual({ ok: false, errors: ['the timer is not paused'] });
    const running = run([[{ action: 'start', durationMs: 60_000 }, T0]]);
    expect(applyTimer(running, { action: 'resume' }, T0 + 1)).toEqual({ ok: false, errors: ['the timer is not paused'] });
  });

  it('leaves the lock and the follow request as they were', () => {
    const from: ControlRecord = { ...INITIAL_CONTROL, locked: true, lockedBy: 'Kari', follow: { participantId: 'p-123456789', name: 'Kari' } };
    const record = run([[{ action: 'start', durationMs: 1_000 }, T0]], from);
    expect(record).toMatchObject({ locked: true, lockedBy: 'Kari', follow: { participantId: 'p-123456789', name: 'Kari' } });
  });
});

describe('timerBodySchema', () => {
  it('takes durations from one second to four hours only', () => {
    expect(timerBodySchema.safeParse({ action: 'start', durationMs: 1000 }).success).toBe(true);
    expect(timerBodySchema.safeParse({ action: 'start', durationMs: MAX_TIMER_MS }).success).toBe(true);
    expect(timerBodySchema.safeParse({ action: 'start', durationMs: 999 }).success).toBe(false);
    expect(timerBodySchema.safeParse({ action: 'start', durationMs: MAX_TIMER_MS + 1 }).success).toBe(false);
    expect(timerBodySchema.safeParse({ action: 'start' }).success).toBe(false);
    expect(timerBodySchema.safeParse({ action: 'pause', durationMs: 1000 }).success).toBe(false);
    expect(timerBodySchema.safeParse({ action: 'stop' }).success).toBe(false);
  });
});

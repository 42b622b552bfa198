import { controlAt, type ControlState } from '@/lib/control';

/**
 * The facilitation controls as this page received them, with the gap between the server's
 * clock and this device's (`offset`, server minus local, in ms) measured on arrival, so a
 * countdown ends at the same instant on every screen whatever their clocks say.
 */
export type LiveControl = { state: ControlState; offset: number };

/**
 * The state to keep when `next` arrives: the newer by the server's clock. An HTTP answer and
 * the feed's echo of the same change can arrive in either order; the older one must not win.
 */
export function receiveControl(prev: LiveControl | null, next: ControlState, localNow: number): LiveControl {
  if (prev && prev.state.serverNow > next.serverNow) return prev;
  return { state: next, offset: next.serverNow - localNow };
}

/**
 * Milliseconds left on the timer at this device's `localNow`. Never more than the state said when
 * it was read: the offset is measured late by the state's travel time, which must not show a
 * two-minute timer as 2:01.
 */
export const remainingMs = (control: LiveControl, localNow: number): number =>
  Math.min(control.state.timer.remainingMs, controlAt(control.state, localNow + control.offset).timer.remainingMs);

/** Whether a facilitator has set a timer that screens show: one running, paused, or set and not started. */
export const timerSet = (control: LiveControl | null): boolean => control !== null && (control.state.timer.status !== 'idle' || control.state.timer.remainingMs > 0);

/** A countdown as shown: m:ss, or h:mm:ss from an hour up; a started second counts as whole. */
export function formatCountdown(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${String(m).padStart(2, '0')}:${s}`;
}

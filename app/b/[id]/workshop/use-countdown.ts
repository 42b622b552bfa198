'use client';
import { useEffect, useRef, useState } from 'react';
import { remainingMs, type LiveControl } from './clock';

/** The countdown as a screen shows it: its status, the time left now, and whether it reached zero. */
export type Countdown = { status: 'idle' | 'running' | 'paused'; remaining: number; done: boolean };

// Four ticks a second: the shown second changes within a quarter second of the true one.
const TICK_MS = 250;

/**
 * The timer of the live controls at this moment, re-rendering while it runs; null before the
 * first controls arrive. `onZero` runs once when a running timer reaches zero on this screen
 * (not when a page opens on a timer already at zero).
 */
export function useCountdown(control: LiveControl | null, onZero?: () => void): Countdown | null {
  const [now, setNow] = useState(() => Date.now());
  const status = control?.state.timer.status ?? 'idle';
  useEffect(() => {
    if (status !== 'running') return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, [status, control]);

  const remaining = control ? remainingMs(control, now) : 0;
  const done = status === 'running' && remaining === 0;
  const wasDone = useRef<boolean | null>(null);
  const zero = useRef(onZero);
  useEffect(() => {
    zero.current = onZero;
  }, [onZero]);
  useEffect(() => {
    if (!control) return;
    if (wasDone.current === false && done) zero.current?.();
    wasDone.current = done;
  }, [control, done]);

  return control ? { status, remaining, done } : null;
}

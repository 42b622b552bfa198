'use client';
import { useEffect, useRef, useState } from 'react';

/**
 * `value`, passed on at most once per `ms`: the first change after a quiet spell at once, the
 * latest of a burst when the interval ends, so the last value is always shown. In a large
 * workshop cards move many times a second; the board shows every move, while the consequence
 * panel (the page's heaviest render) follows at this pace instead of rebuilding on each.
 */
export function useCalm<T>(value: T, ms: number): T {
  const [shown, setShown] = useState(value);
  const last = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    if (Object.is(value, shown)) return;
    const wait = last.current + ms - performance.now();
    if (timer.current) clearTimeout(timer.current);
    const pass = () => {
      timer.current = null;
      last.current = performance.now();
      setShown(value);
    };
    if (wait <= 0) pass();
    else timer.current = setTimeout(pass, wait);
  }, [value, shown, ms]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);
  return shown;
}

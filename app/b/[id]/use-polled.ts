'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ApiProblem, ApiResult } from './comments/comments-api';

/** A value fetched from the server and kept current; `problem` is the last failed fetch, if any. */
export type Polled<T> = {
  value: T | null;
  problem: ApiProblem | null;
  /** True while a fetch is under way. */
  loading: boolean;
  refresh: () => Promise<void>;
  /** Shows a value this page already has (an action's answer) without asking the server. */
  replace: (value: T) => void;
};

/**
 * Fetches now and then every `intervalMs` while `shown` is on screen and the browser tab is
 * visible: what others change (proposals saved, rounds answered, groups split) arrives without
 * a live feed of its own. Answers that arrive out of order are dropped, so an old value never
 * replaces a newer one. `fetch` must be stable (memoised) or every render refetches.
 */
export function usePolled<T>(fetch: () => Promise<ApiResult<T>>, shown: RefObject<HTMLElement | null>, intervalMs: number): Polled<T> {
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [loading, setLoading] = useState(true);
  const asked = useRef(0);

  const refresh = useCallback(async () => {
    const n = ++asked.current;
    setLoading(true);
    const r = await fetch();
    if (n !== asked.current) return;
    setLoading(false);
    if (r.ok) {
      setValue(r.value);
      setProblem(null);
    } else setProblem(r.problem);
  }, [fetch]);

  const replace = useCallback((next: T) => {
    // A fetch already under way started before this value existed; its answer must not undo it.
    asked.current++;
    setLoading(false);
    setValue(next);
    setProblem(null);
  }, []);

  useEffect(() => {
    const timer = setInterval(() => {
      // A hidden tab panel has no layout box, so offsetParent tells whether the section is on screen.
      if (document.visibilityState === 'visible' && shown.current?.offsetParent) void refresh();
    }, intervalMs);
    return () => clearInterval(timer);
  }, [refresh, shown, intervalMs]);

  useEffect(() => {
    void refresh();
    // The counter itself, not a node: it is the same object when the cleanup runs.
    const counter = asked;
    return () => {
      // A late answer after unmount must not set state.
      counter.current++;
    };
  }, [refresh]);

  return { value, problem, loading, refresh, replace };
}

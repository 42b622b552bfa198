'use client';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { BoardPart } from '@/lib/board-feed';
import type { ApiProblem, ApiResult } from './api';
import { coalesced } from './coalesced';
import { usePartSignals } from './use-part-signals';

/** A part of the board as this page last read it; `problem` is the last failed read, if any. */
export type BoardPartState<T> = {
  value: T | null;
  problem: ApiProblem | null;
  /** True while a read is under way. */
  loading: boolean;
  /** Reads again; resolves once a read begun after the call has finished. */
  refresh: () => Promise<void>;
  /** Shows a value this page already has (an action's answer) without asking the server. */
  replace: (value: T) => void;
};

/**
 * Reads one part of the board (proposals, rating rounds, groups) with `fetch` when `shown` is on
 * screen, and again whenever the live feed says it changed or has reconnected; never on a timer.
 * A burst of signals costs one read in flight and one after it. `fetch` must be stable (memoised).
 */
export function useBoardPart<T>(part: BoardPart, fetch: () => Promise<ApiResult<T>>, shown: RefObject<HTMLElement | null>): BoardPartState<T> {
  const [value, setValue] = useState<T | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [loading, setLoading] = useState(true);
  // Moves on when a value is shown without a read, and on unmount: a read begun before then is dropped.
  const generation = useRef(0);

  const read = useMemo(
    () =>
      coalesced(async () => {
        const n = generation.current;
        setLoading(true);
        const r = await fetch();
        if (n !== generation.current) return;
        setLoading(false);
        if (r.ok) {
          setValue(r.value);
          setProblem(null);
        } else setProblem(r.problem);
      }),
    [fetch],
  );
  const refresh = useCallback(() => read(), [read]);
  const signalled = useCallback(() => void read(), [read]);
  usePartSignals(part, shown, signalled);

  const replace = useCallback((next: T) => {
    generation.current++;
    setLoading(false);
    setValue(next);
    setProblem(null);
  }, []);

  useEffect(() => {
    // The counter itself, not a node: it is the same object when the cleanup runs.
    const counter = generation;
    return () => {
      // A late answer after unmount must not set state.
      counter.current++;
    };
  }, [read]);

  return { value, problem, loading, refresh, replace };
}

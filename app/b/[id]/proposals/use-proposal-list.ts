'use client';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ProposalSummary } from '@/lib/proposals';
import type { ApiProblem } from '../comments/comments-api';
import type { ProposalsApi } from './proposals-api';

/** The board's proposals as this page last heard them; `problem` is the last failed fetch, if any. */
export type ProposalList = {
  proposals: readonly ProposalSummary[] | null;
  problem: ApiProblem | null;
  loading: boolean;
  refresh: () => Promise<void>;
};

// Others save proposals too; a light poll keeps the list current without a live feed for it.
const POLL_MS = 10_000;

/**
 * Fetches the list now and every ten seconds while `shown` is on screen and the browser tab is
 * visible. Answers that arrive out of order are dropped, so an old list never replaces a newer one.
 */
export function useProposalList(api: ProposalsApi, shown: RefObject<HTMLElement | null>): ProposalList {
  const [proposals, setProposals] = useState<readonly ProposalSummary[] | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [loading, setLoading] = useState(true);
  const asked = useRef(0);

  const refresh = useCallback(async () => {
    const n = ++asked.current;
    setLoading(true);
    const r = await api.list();
    if (n !== asked.current) return;
    setLoading(false);
    if (r.ok) {
      setProposals(r.value);
      setProblem(null);
    } else setProblem(r.problem);
  }, [api]);

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => {
      // A hidden tab panel has no layout box, so offsetParent tells whether the list is on screen.
      if (document.visibilityState === 'visible' && shown.current?.offsetParent) void refresh();
    }, POLL_MS);
    return () => {
      clearInterval(timer);
      // A late answer after unmount must not set state.
      asked.current++;
    };
  }, [refresh, shown]);

  return { proposals, problem, loading, refresh };
}

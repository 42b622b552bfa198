'use client';
import type { RefObject } from 'react';
import type { ProposalSummary } from '@/lib/proposals';
import type { ApiProblem } from '../comments/comments-api';
import { usePolled } from '../use-polled';
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

/** Fetches the list now and every ten seconds while `shown` is on screen (see usePolled). */
export function useProposalList(api: ProposalsApi, shown: RefObject<HTMLElement | null>): ProposalList {
  const { value, problem, loading, refresh } = usePolled(api.list, shown, POLL_MS);
  return { proposals: value, problem, loading, refresh };
}

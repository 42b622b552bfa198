'use client';
import type { RefObject } from 'react';
import type { ProposalSummary } from '@/lib/proposals';
import type { ApiProblem } from '../shell/api';
import { useBoardPart } from '../shell/use-board-part';
import type { ProposalsApi } from './proposals-api';

/** The board's proposals as this page last heard them; `problem` is the last failed fetch, if any. */
export type ProposalList = {
  proposals: readonly ProposalSummary[] | null;
  problem: ApiProblem | null;
  loading: boolean;
  refresh: () => Promise<void>;
};

/** Fetches the list when `shown` is on screen and again each time the live feed says a proposal was saved (see useBoardPart). */
export function useProposalList(api: ProposalsApi, shown: RefObject<HTMLElement | null>): ProposalList {
  const { value, problem, loading, refresh } = useBoardPart('proposals', api.list, shown);
  return { proposals: value, problem, loading, refresh };
}

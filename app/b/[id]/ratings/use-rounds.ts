'use client';
import type { RefObject } from 'react';
import type { RoundView } from '@/lib/ratings';
import type { ApiProblem } from '../shell/api';
import { useBoardPart } from '../shell/use-board-part';
import type { RatingsApi } from './ratings-api';

/** The board's rating rounds as this page last heard them; `problem` is the last failed fetch, if any. */
export type Rounds = {
  rounds: readonly RoundView[] | null;
  problem: ApiProblem | null;
  refresh: () => Promise<void>;
};

/**
 * Fetches the rounds when `shown` is on screen and again each time the live feed says a round
 * was opened, answered, revealed or closed. The signal names no answer: this page reads the
 * rounds with its own token, so what it may see before a reveal is the server's decision.
 */
export function useRounds(api: RatingsApi, shown: RefObject<HTMLElement | null>): Rounds {
  const { value, problem, refresh } = useBoardPart('rounds', api.list, shown);
  return { rounds: value, problem, refresh };
}

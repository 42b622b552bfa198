'use client';
import { useState, type RefObject } from 'react';
import type { RoundView } from '@/lib/ratings';
import type { ApiProblem } from '../comments/comments-api';
import { usePolled } from '../use-polled';
import type { RatingsApi } from './ratings-api';

/** The board's rating rounds as this page last heard them; `problem` is the last failed fetch, if any. */
export type Rounds = {
  rounds: readonly RoundView[] | null;
  problem: ApiProblem | null;
  refresh: () => Promise<void>;
};

// Answers, reveals and closes come from other people; while a round is under way a short poll
// keeps counts and results current without a live feed of their own. With none under way, a
// slower poll still notices the next round opening.
const ACTIVE_MS = 3_000;
const IDLE_MS = 8_000;

/** Fetches the rounds now and then every few seconds while `shown` is on screen (see usePolled). */
export function useRounds(api: RatingsApi, shown: RefObject<HTMLElement | null>): Rounds {
  // The pace follows the rounds last fetched; until the first answer it is the idle one.
  const [pace, setPace] = useState(IDLE_MS);
  const { value, problem, refresh } = usePolled(api.list, shown, pace);
  const wanted = value?.some((r) => r.status !== 'closed') ? ACTIVE_MS : IDLE_MS;
  if (wanted !== pace) setPace(wanted);
  return { rounds: value, problem, refresh };
}

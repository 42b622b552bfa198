'use client';
import type { RefObject } from 'react';
import type { BreakoutList } from '@/lib/breakouts';
import type { ApiProblem } from '../comments/comments-api';
import { usePolled } from '../use-polled';
import type { BreakoutsApi } from './breakouts-api';

/** The board's groups as this page last heard them; `problem` is the last failed fetch, if any. */
export type BreakoutListState = {
  list: BreakoutList | null;
  problem: ApiProblem | null;
  refresh: () => Promise<void>;
  /** Shows a list this page already has (a split's answer) without asking the server. */
  replace: (list: BreakoutList) => void;
};

// A facilitator may split while others look on; a light poll shows them the groups without a feed of its own.
const POLL_MS = 15_000;

/** Fetches the groups now and every fifteen seconds while `shown` is on screen (see usePolled). */
export function useBreakouts(api: BreakoutsApi, shown: RefObject<HTMLElement | null>): BreakoutListState {
  const { value, problem, refresh, replace } = usePolled(api.list, shown, POLL_MS);
  return { list: value, problem, refresh, replace };
}

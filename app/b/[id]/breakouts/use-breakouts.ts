'use client';
import type { RefObject } from 'react';
import type { BreakoutList } from '@/lib/breakouts';
import type { ApiProblem } from '../shell/api';
import { useBoardPart } from '../shell/use-board-part';
import type { BreakoutsApi } from './breakouts-api';

/** The board's groups as this page last heard them; `problem` is the last failed fetch, if any. */
export type BreakoutListState = {
  list: BreakoutList | null;
  problem: ApiProblem | null;
  refresh: () => Promise<void>;
  /** Shows a list this page already has (a split's answer) without asking the server. */
  replace: (list: BreakoutList) => void;
};

/** Fetches the groups when `shown` is on screen and again each time the live feed says the board was split (see useBoardPart). */
export function useBreakouts(api: BreakoutsApi, shown: RefObject<HTMLElement | null>): BreakoutListState {
  const { value, problem, refresh, replace } = useBoardPart('breakouts', api.list, shown);
  return { list: value, problem, refresh, replace };
}

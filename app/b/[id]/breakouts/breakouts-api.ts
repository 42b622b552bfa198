import { z } from 'zod';
import { breakoutComparisonSchema, breakoutListSchema, splitAnswerSchema, type BreakoutComparison, type BreakoutList, type SplitAnswer } from '@/lib/breakouts';
import { proposalSchema, type Proposal } from '@/lib/proposals';
import { call, type ApiResult } from '../shell/api';

const adoptAnswer = z.object({ proposal: proposalSchema });

/**
 * The breakout groups' HTTP API as the board page calls it, bound to a board and a token. Every
 * answer is parsed with the shared schemas; one that does not parse is a 502, never trusted.
 */
export function breakoutsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/breakouts`;
  return {
    list: (): Promise<ApiResult<BreakoutList>> => call(breakoutListSchema, token, base),
    /** Blank names are sent as they are: the server gives those groups their default names. */
    split: (groups: number, names: string[]): Promise<ApiResult<SplitAnswer>> => call(splitAnswerSchema, token, base, { method: 'POST', body: { groups, names } }),
    compare: (): Promise<ApiResult<BreakoutComparison>> => call(breakoutComparisonSchema, token, `${base}/compare`),
    adopt: (groupBoardId: string): Promise<ApiResult<Proposal>> =>
      call(adoptAnswer, token, `${base}/${encodeURIComponent(groupBoardId)}/adopt`, { method: 'POST', body: {} }).then((r) => (r.ok ? { ok: true, value: r.value.proposal } : r)),
  };
}

/** The calls for one board and token. */
export type BreakoutsApi = ReturnType<typeof breakoutsApi>;

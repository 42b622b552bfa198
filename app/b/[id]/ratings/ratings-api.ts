import {
  givenAnswerAnswerSchema,
  resultsAnswerSchema,
  roundAnswerSchema,
  roundsAnswerSchema,
  type GivenAnswer,
  type NewAnswer,
  type RoundResults,
  type RoundView,
} from '@/lib/ratings';
import { call, type ApiResult } from '../shell/api';

/**
 * The rating rounds' HTTP API as the workshop tab calls it. Every answer is parsed with the
 * shared schemas; one that does not parse is a 502, never trusted.
 */

/** Binds the API to a board and a participant token; each call answers a Result, never throws. */
export function ratingsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/rounds`;
  const round = (path: string, body?: unknown) =>
    call(roundAnswerSchema, token, `${base}${path}`, { method: 'POST', body }).then((r): ApiResult<RoundView> => (r.ok ? { ok: true, value: r.value.round } : r));
  return {
    list: () => call(roundsAnswerSchema, token, base).then((r): ApiResult<RoundView[]> => (r.ok ? { ok: true, value: r.value.rounds } : r)),
    open: (proposals: string[], anonymous: boolean) => round('', { proposals, anonymous }),
    answer: (roundId: string, answer: NewAnswer) =>
      call(givenAnswerAnswerSchema, token, `${base}/${encodeURIComponent(roundId)}/answers`, { method: 'POST', body: answer }).then(
        (r): ApiResult<GivenAnswer> => (r.ok ? { ok: true, value: r.value.answer } : r),
      ),
    reveal: (roundId: string) => round(`/${encodeURIComponent(roundId)}/reveal`),
    close: (roundId: string) => round(`/${encodeURIComponent(roundId)}/close`),
    results: (roundId: string) =>
      call(resultsAnswerSchema, token, `${base}/${encodeURIComponent(roundId)}/results`).then((r): ApiResult<RoundResults> => (r.ok ? { ok: true, value: r.value.results } : r)),
  };
}

/** The calls for one board and token. */
export type RatingsApi = ReturnType<typeof ratingsApi>;

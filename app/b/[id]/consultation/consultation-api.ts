import { consultationAnswerSchema, consultationsAnswerSchema, type ConsultationsAnswer, type NewConsultation, type WallTime } from '@/lib/consultation';
import { call, type ApiResult } from '../shell/api';

/** What an open, extend or close call answers: the round as it now stands, and the server's clock. */
export type RoundAnswer = { round: ConsultationsAnswer['rounds'][number]; serverNow: number };

/**
 * The consultation rounds' HTTP API as the page calls it. Every answer is parsed with the shared
 * schemas; one that does not parse is a 502, never trusted.
 */
export function consultationApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/consultations`;
  const post = (path: string, body?: unknown): Promise<ApiResult<RoundAnswer>> => call(consultationAnswerSchema, token, `${base}${path}`, { method: 'POST', body });
  return {
    list: (): Promise<ApiResult<ConsultationsAnswer>> => call(consultationsAnswerSchema, token, base),
    open: (input: NewConsultation) => post('', input),
    extend: (roundId: string, deadline: WallTime) => post(`/${encodeURIComponent(roundId)}/extend`, { deadline }),
    close: (roundId: string) => post(`/${encodeURIComponent(roundId)}/close`),
  };
}

/** The calls for one board and token. */
export type ConsultationApi = ReturnType<typeof consultationApi>;

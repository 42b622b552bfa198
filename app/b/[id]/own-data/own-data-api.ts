import * as z from 'zod/mini';
import { ERASE_CONFIRMATION, erasureSchema, ownDataSchema, type Erasure, type OwnData } from '@/lib/own-data';
import { call, type ApiResult } from '../shell/api';

const erasedAnswer = z.object({ erased: erasureSchema });

/** The own-data endpoints as the board page calls them, with the participant's token; never throws. */
export function ownDataApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/me`;
  return {
    read: (): Promise<ApiResult<OwnData>> => call(ownDataSchema, token, `${base}/data`),
    erase: (): Promise<ApiResult<Erasure>> =>
      call(erasedAnswer, token, `${base}/erase`, { method: 'POST', body: { confirm: ERASE_CONFIRMATION } }).then((r) => (r.ok ? { ok: true as const, value: r.value.erased } : r)),
  };
}

import { z } from 'zod';
import { historyEntrySchema, type HistoryEntry } from '@/lib/history';
import { presenterGrantSchema, type PresenterGrant } from '@/lib/presenter-grant';
import { call, type ApiResult } from '../shell/api';

const lastChangeAnswer = z.object({ entry: historyEntrySchema.nullable() });

/**
 * The presenter endpoints as the pages call them, with one token: minting a presenter grant
 * and revoking them all (from the board), and the board's last recorded change (from the
 * presenter view). Every call answers a Result and never throws.
 */
export function presenterApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}/presenter`;
  return {
    mint: (): Promise<ApiResult<PresenterGrant>> => call(presenterGrantSchema, token, base, { method: 'POST', body: {} }),
    revoke: (): Promise<ApiResult<PresenterGrant>> => call(presenterGrantSchema, token, `${base}/rotate`, { method: 'POST' }),
    lastChange: (): Promise<ApiResult<HistoryEntry | null>> => call(lastChangeAnswer, token, `${base}/last-change`).then((r) => (r.ok ? { ok: true, value: r.value.entry } : r)),
  };
}

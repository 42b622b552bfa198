import * as z from 'zod/mini';
import { controlStateSchema, linksResponseSchema, type ControlState, type LinksResponse, type TimerAction } from '@/lib/control';
import type { Role } from '@/lib/roles';
import { call, type ApiResult } from '../shell/api';

const controlAnswer = z.object({ control: controlStateSchema });
const deleteAnswer = z.object({ deleted: z.literal(true), boards: z.number() });
const cleanAnswer = z.object({ removed: z.array(z.string()), bytesBefore: z.number(), bytesAfter: z.number() });
/** What cleaning a board removed (document paths) and its stored size before and after, in bytes. */
export type CleanResult = z.infer<typeof cleanAnswer>;

/**
 * The facilitation controls' HTTP API as the board page calls it: the lock, the timer, the
 * follow request, the role links and cleaning the board. Answers are parsed with the shared
 * schemas; every call answers a Result and never throws.
 */
export function workshopApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}`;
  const control = (path: string, body: unknown) =>
    call(controlAnswer, token, `${base}/control/${path}`, { method: 'POST', body }).then((r): ApiResult<ControlState> => (r.ok ? { ok: true, value: r.value.control } : r));
  return {
    read: (): Promise<ApiResult<ControlState>> => call(controlAnswer, token, `${base}/control`).then((r) => (r.ok ? { ok: true, value: r.value.control } : r)),
    lock: (locked: boolean) => control('lock', { locked }),
    timer: (action: TimerAction) => control('timer', action),
    follow: (follow: boolean) => control('follow', { follow }),
    requireSignIn: (required: boolean) => control('sign-in', { required }),
    links: (): Promise<ApiResult<LinksResponse>> => call(linksResponseSchema, token, `${base}/links`),
    rotate: (role: Role): Promise<ApiResult<LinksResponse>> => call(linksResponseSchema, token, `${base}/links/${role}/rotate`, { method: 'POST' }),
    clean: (): Promise<ApiResult<CleanResult>> => call(cleanAnswer, token, `${base}/clean`, { method: 'POST' }),
    /** Deletes the board and its group boards for good; `title` must be the board's, as typed to confirm. */
    deleteBoard: (title: string) => call(deleteAnswer, token, base, { method: 'DELETE', body: { title } }),
  };
}

/** The calls for one board and one participant token. */
export type WorkshopApi = ReturnType<typeof workshopApi>;

import * as z from 'zod/mini';
import { participantSchema, threadSchema, type Anchor, type Stance, type Thread } from '@/lib/comments';
import { openFeed, type FeedHandlers } from './feed-stream';

/**
 * The comment threads' HTTP API, as the board page calls it. Every answer is parsed with the
 * shared schemas; an answer that does not parse is reported as a 502, never trusted.
 */

/** Why a call failed: the HTTP status (0 for no answer), the server's message and its field errors. */
export type ApiProblem = { status: number; message: string; fields?: Record<string, string[]> };

/** A call's outcome: the parsed answer, or the problem. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: ApiProblem };

const problemSchema = z.object({ error: z.string(), fields: z.optional(z.record(z.string(), z.array(z.string()))) });
const threadAnswer = z.object({ thread: threadSchema });
const threadsAnswer = z.object({ threads: z.array(threadSchema) });
const participantsAnswer = z.object({ participants: z.array(participantSchema) });

/** One JSON call with a bearer token, its answer parsed with `schema` (mini or classic zod); never throws. */
export async function call<T>(schema: z.core.$ZodType<T>, token: string, url: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  } catch {
    return { ok: false, problem: { status: 0, message: 'network' } };
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const parsed = problemSchema.safeParse(body);
    return { ok: false, problem: parsed.success ? { status: res.status, message: parsed.data.error, fields: parsed.data.fields } : { status: res.status, message: res.statusText } };
  }
  const parsed = z.safeParse(schema, body);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: { status: 502, message: 'unexpected answer from the server' } };
}

/** The calls for one board and one participant token. */
export type CommentsApi = ReturnType<typeof commentsApi>;

/** Binds the API to a board and a participant token; each call answers a Result, never throws. */
export function commentsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}`;
  const thread = (url: string, method: string, body?: unknown) =>
    call(threadAnswer, token, url, { method, body }).then((r): ApiResult<Thread> => (r.ok ? { ok: true, value: r.value.thread } : r));
  return {
    /** Opens the live feed, the token in a header like every other call; answers how to stop it. */
    openFeed: (handlers: FeedHandlers) => openFeed(`${base}/events`, token, handlers),
    listThreads: () => call(threadsAnswer, token, `${base}/threads`).then((r) => (r.ok ? { ok: true as const, value: r.value.threads } : r)),
    listParticipants: () => call(participantsAnswer, token, `${base}/participants`).then((r) => (r.ok ? { ok: true as const, value: r.value.participants } : r)),
    createThread: (anchor: Anchor, body: string, stance?: Stance) => thread(`${base}/threads`, 'POST', { anchor, body, ...(stance ? { stance } : {}) }),
    reply: (threadId: string, body: string, stance?: Stance) =>
      thread(`${base}/threads/${encodeURIComponent(threadId)}/comments`, 'POST', { body, ...(stance ? { stance } : {}) }),
    edit: (commentId: string, body: string) => thread(`${base}/comments/${encodeURIComponent(commentId)}`, 'PATCH', { body }),
    remove: (commentId: string) => thread(`${base}/comments/${encodeURIComponent(commentId)}`, 'DELETE'),
    resolve: (threadId: string) => thread(`${base}/threads/${encodeURIComponent(threadId)}/resolve`, 'POST'),
    reopen: (threadId: string) => thread(`${base}/threads/${encodeURIComponent(threadId)}/reopen`, 'POST'),
  };
}

import * as z from 'zod/mini';
import { participantSchema, threadSchema, type Anchor, type Stance, type Thread } from '@/lib/comments';
import { call, type ApiResult } from '../shell/api';

/** The comment threads' HTTP API, as the board page calls it (see ../shell/api.ts). */

const threadAnswer = z.object({ thread: threadSchema });
const threadsAnswer = z.object({ threads: z.array(threadSchema) });
const participantsAnswer = z.object({ participants: z.array(participantSchema) });

/** The calls for one board and one participant token. */
export type CommentsApi = ReturnType<typeof commentsApi>;

/** Binds the API to a board and a participant token; each call answers a Result, never throws. */
export function commentsApi(boardId: string, token: string) {
  const base = `/api/boards/${encodeURIComponent(boardId)}`;
  const thread = (url: string, method: string, body?: unknown) =>
    call(threadAnswer, token, url, { method, body }).then((r): ApiResult<Thread> => (r.ok ? { ok: true, value: r.value.thread } : r));
  return {
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

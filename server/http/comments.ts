import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { editCommentSchema, newReplySchema, newThreadSchema, parseAnchorKey, threadQuerySchema, type Author, type Thread } from '@/lib/comments';
import type { Result } from '@/lib/result';
import { keyScopeOf, type TokenPayload } from '@/lib/roles';
import { bearer } from '../auth/access';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { BoardFeed } from '../feed/board-feed';
import { writerOf, type Refusal, type Threads } from '../comments/threads';
import type { Metrics } from '../metrics';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, readBody, ROUTE_ID, sendRefusal, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { clientAddress, type ClientPolicy } from './client';
import { streamEvents } from './events';
import { fail, fieldErrors, json } from './respond';

/** What the comment endpoints need; a subset of ApiDeps. */
export type CommentRouteDeps = {
  stores: Pick<Stores, 'boards' | 'settings'>;
  secret: Secret;
  signIn: SignIn | null;
  threads: Threads;
  feed: BoardFeed;
  metrics: Metrics;
  maxBodyBytes: number;
  limits: { maxFeedsPerBoard: number; bufferWatermark: number };
  /** How to tell the writer's network address, which a per-address comment limit counts. */
  clients: Pick<ClientPolicy, 'trustProxy'>;
};

type Call = BoardCall<CommentRouteDeps>;
type Handler = BoardHandler<CommentRouteDeps>;

/** Answers the token's payload, or sends the refusal and answers null. */
const reader = async (call: Call, token?: string): Promise<TokenPayload | null> => (await boardAccess(call, token))?.payload ?? null;

/** Answers who writes, after the token check and the role check, or sends the refusal. */
async function writer(call: Call): Promise<Author | null> {
  const token = await reader(call);
  if (!token) return null;
  const who = writerOf(token);
  if (who.ok) return who.value;
  sendRefusal(call.res, who.errors[0]!);
  return null;
}

const body = async <T>(call: Call, schema: z.core.$ZodType<T>): Promise<T | null> => (await readBody(call, schema))?.value ?? null;

const address = (call: Call): string => clientAddress(call.req, call.deps.clients);

const answer = (res: ServerResponse, status: 200 | 201, result: Result<Thread, Refusal>): void => sendResult(res, status, result, (thread) => ({ thread }));

const listThreads: Handler = async (call) => {
  if (!(await reader(call))) return;
  // An empty parameter (`?status=`) means no filter, as a form with a blank field would send it.
  const raw = Object.fromEntries([...call.url.searchParams].filter(([, v]) => v !== ''));
  const query = threadQuerySchema.safeParse(raw);
  if (!query.success) return fail(call.res, 400, 'invalid query', fieldErrors(query.error.issues));
  if (query.data.anchor && !parseAnchorKey(query.data.anchor)) {
    return fail(call.res, 400, 'invalid query', { anchor: ['not an anchor: use board, card:<id>, level:<id>, proposal:<id> or indicator:<id>'] });
  }
  json(call.res, 200, { threads: await call.deps.threads.list(call.boardId, query.data) });
};

const startThread: Handler = async (call) => {
  const author = await writer(call);
  const input = author && (await body(call, newThreadSchema));
  if (author && input) answer(call.res, 201, await call.deps.threads.start(call.boardId, author, input, address(call)));
};

const reply: Handler = async (call) => {
  const author = await writer(call);
  const input = author && (await body(call, newReplySchema));
  if (author && input) answer(call.res, 201, await call.deps.threads.reply(call.boardId, call.id, author, input, address(call)));
};

const edit: Handler = async (call) => {
  const author = await writer(call);
  const input = author && (await body(call, editCommentSchema));
  if (author && input) answer(call.res, 200, await call.deps.threads.edit(call.boardId, call.id, author, input, address(call)));
};

const remove: Handler = async (call) => {
  const actor = await writer(call);
  if (actor) answer(call.res, 200, await call.deps.threads.remove(call.boardId, call.id, actor));
};

const setStatus =
  (status: Thread['status']): Handler =>
  async (call) => {
    const actor = await writer(call);
    if (actor) answer(call.res, 200, await call.deps.threads.setStatus(call.boardId, call.id, actor, status));
  };

const participants: Handler = async (call) => {
  if (await reader(call)) json(call.res, 200, { participants: await call.deps.threads.participants(call.boardId) });
};

// EventSource cannot set headers, so the feed takes its token as a query parameter as well;
// server/log.ts redacts it from every logged URL.
const events: Handler = async (call) => {
  const token = await reader(call, call.url.searchParams.get('token') ?? bearer(call.req.headers.authorization));
  if (!token) return;
  const { feed, limits } = call.deps;
  if (feed.count(call.boardId) >= limits.maxFeedsPerBoard) return fail(call.res, 409, `this board has ${limits.maxFeedsPerBoard} live feeds open already`);
  // The key scope goes with the feed so that rotating that role's links (or the presenter grants) can end it.
  await streamEvents(call.res, call.boardId, keyScopeOf(token), { threads: call.deps.threads, metrics: call.deps.metrics, bufferWatermark: limits.bufferWatermark });
};

/** Each comment endpoint under /api/boards/<id>/, with the handler of each method it takes. */
const ROUTES: BoardRoute<CommentRouteDeps>[] = [
  { path: /^threads$/, methods: { GET: listThreads, POST: startThread } },
  { path: new RegExp(`^threads/${ROUTE_ID}/comments$`), methods: { POST: reply } },
  { path: new RegExp(`^threads/${ROUTE_ID}/resolve$`), methods: { POST: setStatus('resolved') } },
  { path: new RegExp(`^threads/${ROUTE_ID}/reopen$`), methods: { POST: setStatus('open') } },
  { path: new RegExp(`^comments/${ROUTE_ID}$`), methods: { PATCH: edit, DELETE: remove } },
  { path: /^participants$/, methods: { GET: participants } },
  { path: /^events$/, methods: { GET: events } },
];

/**
 * Handles the comment endpoints (threads, comments, participants, the live feed) under
 * /api/boards/<id>/; returns false for any other path.
 */
export const handleComments = (req: IncomingMessage, res: ServerResponse, url: URL, deps: CommentRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

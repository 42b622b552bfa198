import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Author } from '@/lib/comments';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import type { Result } from '@/lib/result';
import type { TokenPayload } from '@/lib/roles';
import { authorise, bearer, deniedBody } from '../auth/access';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { BoardRecord } from '../storage/board-store';
import type { Stores } from '../storage/stores';
import { fail, json, readJson } from './respond';

/** One request to an endpoint under /api/boards/<id>/: the board id, the id the path names ('' if none), and the route's deps. */
export type BoardCall<D> = { req: IncomingMessage; res: ServerResponse; url: URL; boardId: string; id: string; deps: D };
export type BoardHandler<D> = (call: BoardCall<D>) => Promise<void>;
/** A path below /api/boards/<id>/ (its first group, if any, is the id) and the handler of each method it takes. */
export type BoardRoute<D> = { path: RegExp; methods: Record<string, BoardHandler<D>> };

/** The id part of a route's path: what the server's comment, thread and proposal ids look like. */
export const ROUTE_ID = '([A-Za-z0-9_-]{1,64})';

const BOARD_PATH = new RegExp(`^/api/boards/(${BOARD_ID_PATTERN})/(.+)$`);

/**
 * Runs the route matching the path below /api/boards/<id>/; a matching path with another
 * method gets 405 and an Allow header. Returns false when no route matches.
 */
export async function dispatchBoardRoutes<D>(req: IncomingMessage, res: ServerResponse, url: URL, deps: D, routes: readonly BoardRoute<D>[]): Promise<boolean> {
  const board = BOARD_PATH.exec(url.pathname);
  if (!board) return false;
  for (const route of routes) {
    const m = route.path.exec(board[2]!);
    if (!m) continue;
    const method = req.method ?? '';
    const handler = Object.hasOwn(route.methods, method) ? route.methods[method] : undefined;
    if (!handler) {
      res.setHeader('allow', Object.keys(route.methods).join(', '));
      fail(res, 405, 'method not allowed');
    } else await handler({ req, res, url, boardId: board[1]!, id: m[1] ?? '', deps });
    return true;
  }
  return false;
}

/** What checking a token takes: the boards, the secret, and the sign-in (null when off), which decides who may act as facilitator. */
export type AccessDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null };

/** The token's payload and its board, or null once the refusal (401, 403 or 404) has been sent. */
export async function boardAccess(call: BoardCall<AccessDeps>, token = bearer(call.req.headers.authorization)): Promise<{ payload: TokenPayload; board: BoardRecord } | null> {
  const access = await authorise(token, call.boardId, call.deps.stores, call.deps.secret, { on: call.deps.signIn !== null });
  if (access.ok) return access.value;
  const denied = access.errors[0]!;
  json(call.res, denied.status, deniedBody(denied));
  return null;
}

/**
 * The token's access when it is a facilitator's, else null once the refusal or a 403 saying what
 * only they may do has been sent. With sign-in on, boardAccess has already refused a facilitator
 * token that did not come from a signed-in join.
 */
export async function facilitatorAccess(call: BoardCall<AccessDeps>, what: string) {
  const access = await boardAccess(call);
  if (!access) return null;
  if (access.payload.r === 'facilitator') return access;
  fail(call.res, 403, `only facilitators can ${what}`);
  return null;
}

/** Who a participant token names, as an author; null for a shared link, which carries no identity until its holder joins. */
export function joinedAuthor(payload: TokenPayload): Author | null {
  const { p: participantId, n: name, o: organisation, r: role } = payload;
  // Only the signed token says whether the name came from a sign-in.
  return participantId && name ? { participantId, name, organisation: organisation ?? '', role, ...(payload.a === 1 ? { verified: true } : {}) } : null;
}

/**
 * The parsed JSON body, boxed so a JSON `null` is told apart from a refusal; null once the
 * refusal (400, 413 or 415) has been sent. `limit` defaults to the route's body limit.
 */
export async function readBody<T>(call: BoardCall<{ maxBodyBytes: number }>, schema: z.core.$ZodType<T>, limit = call.deps.maxBodyBytes): Promise<{ value: T } | null> {
  const parsed = await readJson(call.req, schema, limit);
  if (parsed.ok) return { value: parsed.value };
  const e = parsed.errors[0]!;
  // The rest of a refused body is not read; closing stops a client still sending it.
  if (e.status === 413) call.res.setHeader('connection', 'close');
  fail(call.res, e.status, e.message, e.fields);
  return null;
}

/** Why a service turned a request down: the HTTP status and message to answer with, and what the client may retry or fix. */
export type Refused = { status: number; message: string; fields?: Record<string, string[]>; retryAfterSeconds?: number };

/** Sends a refusal, with its Retry-After header when it has one. */
export function sendRefusal(res: ServerResponse, r: Refused): void {
  if (r.retryAfterSeconds !== undefined) res.setHeader('retry-after', String(r.retryAfterSeconds));
  fail(res, r.status, r.message, r.fields);
}

/** Sends a service's answer: its value (wrapped) with `status`, or its first refusal. */
export function sendResult<T>(res: ServerResponse, status: 200 | 201, result: Result<T, Refused>, wrap: (value: T) => unknown = (value) => value): void {
  if (result.ok) json(res, status, wrap(result.value));
  else sendRefusal(res, result.errors[0]!);
}

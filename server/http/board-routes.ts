import type { IncomingMessage, ServerResponse } from 'node:http';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import type { TokenPayload } from '@/lib/roles';
import { authorise, bearer } from '../auth/access';
import type { Secret } from '../auth/tokens';
import type { BoardRecord, DocStore } from '../storage/doc-store';
import { fail } from './respond';

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

/** The token's payload and its board, or null once the refusal (401, 403 or 404) has been sent. */
export async function boardAccess(
  call: BoardCall<{ store: DocStore; secret: Secret }>,
  token = bearer(call.req.headers.authorization),
): Promise<{ payload: TokenPayload; board: BoardRecord } | null> {
  const access = await authorise(token, call.boardId, call.deps.store, call.deps.secret);
  if (access.ok) return access.value;
  const denied = access.errors[0]!;
  fail(call.res, denied.status, denied.message);
  return null;
}

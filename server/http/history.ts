import type { IncomingMessage, ServerResponse } from 'node:http';
import { historyQuerySchema } from '@/lib/history';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, fieldErrors, json } from './respond';

/** What the history endpoint needs; a subset of ApiDeps. */
export type HistoryRouteDeps = { stores: Pick<Stores, 'boards' | 'settings' | 'history'>; secret: Secret; signIn: SignIn | null };

/** GET /api/boards/<id>/history?after=<seq>&limit=<n>: the board's recorded history, oldest first, for any valid token. */
const history: BoardHandler<HistoryRouteDeps> = async (call) => {
  if (!(await boardAccess(call))) return;
  // An empty parameter (`?after=`) means the default, as a form with a blank field would send it.
  const raw = Object.fromEntries([...call.url.searchParams].filter(([, v]) => v !== ''));
  const query = historyQuerySchema.safeParse(raw);
  if (!query.success) return fail(call.res, 400, 'invalid query', fieldErrors(query.error.issues));
  json(call.res, 200, { entries: await call.deps.stores.history.listHistory(call.boardId, query.data) });
};

const ROUTES: BoardRoute<HistoryRouteDeps>[] = [{ path: /^history$/, methods: { GET: history } }];

/** Handles GET /api/boards/<id>/history; returns false for any other path. */
export const handleHistory = (req: IncomingMessage, res: ServerResponse, url: URL, deps: HistoryRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

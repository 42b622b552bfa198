import type { IncomingMessage, ServerResponse } from 'node:http';
import { presenterGrantBodySchema } from '@/lib/presenter-grant';
import { canEdit } from '@/lib/roles';
import type { PresenterGrants } from '../auth/presenter-grant';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, facilitatorAccess, readBody, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the presenter endpoints need; a subset of ApiDeps. */
export type PresenterRouteDeps = { stores: Pick<Stores, 'boards' | 'settings' | 'history'>; secret: Secret; signIn: SignIn | null; presenters: PresenterGrants; maxBodyBytes: number };

type Handler = BoardHandler<PresenterRouteDeps>;

/** POST presenter, body {}: a fresh presenter grant, for facilitators and editors (who could show the board anyway). */
const mint: Handler = async (call) => {
  const access = await boardAccess(call);
  if (!access) return;
  if (!canEdit(access.payload.r)) return fail(call.res, 403, 'only facilitators and editors can open a presenter view');
  if (!(await readBody(call, presenterGrantBodySchema))) return;
  json(call.res, 201, await call.deps.presenters.mint(call.boardId));
};

/** POST presenter/rotate: revokes every presenter grant of the board and answers a fresh one; facilitators only. */
const rotate: Handler = async (call) => {
  if (!(await facilitatorAccess(call, 'revoke presenter views'))) return;
  json(call.res, 200, await call.deps.presenters.rotate(call.boardId));
};

/**
 * GET presenter/last-change: the board's newest history entry (or null), so a presenter view
 * that saw a card move can name who moved it without reading the whole history; any valid token.
 */
const lastChange: Handler = async (call) => {
  if (await boardAccess(call)) json(call.res, 200, { entry: await call.deps.stores.history.lastHistory(call.boardId) });
};

const ROUTES: BoardRoute<PresenterRouteDeps>[] = [
  { path: /^presenter$/, methods: { POST: mint } },
  { path: /^presenter\/rotate$/, methods: { POST: rotate } },
  { path: /^presenter\/last-change$/, methods: { GET: lastChange } },
];

/** Handles the presenter grant endpoints under /api/boards/<id>/presenter; returns false for any other path. */
export const handlePresenter = (req: IncomingMessage, res: ServerResponse, url: URL, deps: PresenterRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

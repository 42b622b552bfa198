import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { adoptRequestSchema, splitRequestSchema } from '@/lib/breakouts';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Breakouts } from '../breakouts/breakouts';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, facilitatorAccess, joinedAuthor, readBody, ROUTE_ID, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the breakout endpoints need; a subset of ApiDeps. */
export type BreakoutRouteDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null; breakouts: Breakouts; maxBodyBytes: number };

type Call = BoardCall<BreakoutRouteDeps>;
type Handler = BoardHandler<BreakoutRouteDeps>;

const body = async <T>(call: Call, schema: z.ZodType<T>): Promise<T | null> => (await readBody(call, schema))?.value ?? null;

const split: Handler = async (call) => {
  const access = await facilitatorAccess(call, 'split a board into breakout groups');
  const request = access && (await body(call, splitRequestSchema));
  if (access && request) sendResult(call.res, 201, await call.deps.breakouts.split(access.board, request, access.payload.p ?? 'link'));
};

const list: Handler = async (call) => {
  const access = await boardAccess(call);
  // Only a facilitator hands out a group's links; everyone else sees which groups there are.
  if (access) json(call.res, 200, await call.deps.breakouts.list(access.board.id, access.payload.r === 'facilitator'));
};

const compare: Handler = async (call) => {
  const access = await boardAccess(call);
  if (access) sendResult(call.res, 200, await call.deps.breakouts.compare(access.board));
};

const adopt: Handler = async (call) => {
  const access = await facilitatorAccess(call, 'take a breakout group in as a proposal');
  if (!access) return;
  // A proposal carries its author, so a shared link (no identity) must join first.
  const author = joinedAuthor(access.payload);
  if (!author) return fail(call.res, 403, 'join the board first: a proposal is saved with the participant token that joining gives, not with a shared link');
  const request = await body(call, adoptRequestSchema);
  if (request) sendResult(call.res, 201, await call.deps.breakouts.adopt(access.board, call.id, author, request), (proposal) => ({ proposal }));
};

/** Each breakout endpoint under /api/boards/<id>/; `compare` before the id route it would match. */
const ROUTES: BoardRoute<BreakoutRouteDeps>[] = [
  { path: /^breakouts$/, methods: { GET: list, POST: split } },
  { path: /^breakouts\/compare$/, methods: { GET: compare } },
  { path: new RegExp(`^breakouts/${ROUTE_ID}/adopt$`), methods: { POST: adopt } },
];

/** Handles the breakout endpoints (split, list, compare, adopt) under /api/boards/<id>/; returns false for any other path. */
export const handleBreakouts = (req: IncomingMessage, res: ServerResponse, url: URL, deps: BreakoutRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

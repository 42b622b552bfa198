import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import { adoptRequestSchema, splitRequestSchema } from '@/lib/breakouts';
import type { Author } from '@/lib/comments';
import type { TokenPayload } from '@/lib/roles';
import type { Result } from '@/lib/result';
import type { Secret } from '../auth/tokens';
import type { BreakoutRefusal, Breakouts } from '../breakouts/breakouts';
import type { ProposalRefusal } from '../proposals/proposals';
import type { BoardRecord, DocStore } from '../storage/doc-store';
import { boardAccess, dispatchBoardRoutes, ROUTE_ID, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json, readJson } from './respond';

/** What the breakout endpoints need; a subset of ApiDeps. */
export type BreakoutRouteDeps = { store: DocStore; secret: Secret; breakouts: Breakouts; maxBodyBytes: number };

type Call = BoardCall<BreakoutRouteDeps>;
type Handler = BoardHandler<BreakoutRouteDeps>;

/** The caller's token and board when the token is a facilitator's, else null once the 403 (or the access refusal) is sent. */
async function facilitator(call: Call, what: string): Promise<{ payload: TokenPayload; board: BoardRecord } | null> {
  const access = await boardAccess(call);
  if (!access) return null;
  if (access.payload.r === 'facilitator') return access;
  fail(call.res, 403, `only facilitators can ${what}`);
  return null;
}

async function body<T>(call: Call, schema: z.ZodType<T>): Promise<T | null> {
  const parsed = await readJson(call.req, schema, call.deps.maxBodyBytes);
  if (parsed.ok) return parsed.value;
  const e = parsed.errors[0]!;
  fail(call.res, e.status, e.message, e.fields);
  return null;
}

function answer<T>(res: ServerResponse, status: 200 | 201, result: Result<T, BreakoutRefusal | ProposalRefusal>, wrap: (value: T) => unknown): void {
  if (result.ok) json(res, status, wrap(result.value));
  else {
    const r = result.errors[0]!;
    fail(res, r.status, r.message, r.fields);
  }
}

const split: Handler = async (call) => {
  const access = await facilitator(call, 'split a board into breakout groups');
  const request = access && (await body(call, splitRequestSchema));
  if (access && request) answer(call.res, 201, await call.deps.breakouts.split(access.board, request, access.payload.p ?? 'link'), (r) => r);
};

const list: Handler = async (call) => {
  const access = await boardAccess(call);
  // Only a facilitator hands out a group's links; everyone else sees which groups there are.
  if (access) json(call.res, 200, await call.deps.breakouts.list(access.board.id, access.payload.r === 'facilitator'));
};

const compare: Handler = async (call) => {
  const access = await boardAccess(call);
  if (access) answer(call.res, 200, await call.deps.breakouts.compare(access.board), (r) => r);
};

const adopt: Handler = async (call) => {
  const access = await facilitator(call, 'take a breakout group in as a proposal');
  if (!access) return;
  const { p: participantId, n: name, o: organisation, r: role } = access.payload;
  // A proposal carries its author, so a shared link (no identity) must join first.
  if (!participantId || !name) return fail(call.res, 403, 'join the board first: a proposal is saved with the participant token that joining gives, not with a shared link');
  const author: Author = { participantId, name, organisation: organisation ?? '', role };
  const request = await body(call, adoptRequestSchema);
  if (request) answer(call.res, 201, await call.deps.breakouts.adopt(access.board, call.id, author, request), (proposal) => ({ proposal }));
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

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Catalog } from '@/lib/catalog/schema';
import { cleanBoard } from '@/lib/clean-board';
import { followBodySchema, lockBodySchema, signInBodySchema, timerBodySchema, type ControlState } from '@/lib/control';
import type { Result } from '@/lib/result';
import { roleSchema } from '@/lib/roles';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import { boardLinks } from '../boards';
import type { Control, ControlRefusal } from '../control/control';
import type { Stores } from '../storage/stores';
import { ActorOrigin } from '../sync/origin';
import type { Rooms } from '../sync/rooms';
import { boardAccess, dispatchBoardRoutes, facilitatorAccess, readBody, ROUTE_ID, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the control, link and clean endpoints need; a subset of ApiDeps. */
export type ControlRouteDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; control: Control; maxBodyBytes: number; rooms: Rooms; catalog: Catalog; signIn: SignIn | null };

type Call = BoardCall<ControlRouteDeps>;
type Handler = BoardHandler<ControlRouteDeps>;

const facilitator = facilitatorAccess;
const body = async <T>(call: Call, schema: z.core.$ZodType<T>): Promise<T | null> => (await readBody(call, schema))?.value ?? null;
const answer = (res: ServerResponse, result: Result<ControlState, ControlRefusal>): void => sendResult(res, 200, result, (control) => ({ control }));

const read: Handler = async (call) => {
  if (await boardAccess(call)) json(call.res, 200, { control: await call.deps.control.get(call.boardId) });
};

const lock: Handler = async (call) => {
  const who = await facilitator(call, 'lock or unlock the board');
  const input = who && (await body(call, lockBodySchema));
  if (who && input) answer(call.res, await call.deps.control.lock(call.boardId, input.locked, who.payload.n ?? null));
};

const timer: Handler = async (call) => {
  const who = await facilitator(call, 'run the timer');
  const input = who && (await body(call, timerBodySchema));
  if (who && input) answer(call.res, await call.deps.control.timer(call.boardId, input));
};

const follow: Handler = async (call) => {
  const who = (await facilitator(call, 'ask everyone to follow'))?.payload;
  const input = who && (await body(call, followBodySchema));
  if (!who || !input) return;
  if (!input.follow) return answer(call.res, await call.deps.control.follow(call.boardId, null));
  // Followers look for the leader's presence by participant id, which a shared link does not have.
  if (!who.p || !who.n) return fail(call.res, 403, 'join the board first: everyone follows the participant token that joining gives, not a shared link');
  answer(call.res, await call.deps.control.follow(call.boardId, { participantId: who.p, name: who.n }));
};

const signIn: Handler = async (call) => {
  const who = await facilitator(call, 'decide whether joining needs a sign-in');
  const input = who && (await body(call, signInBodySchema));
  if (!who || !input) return;
  // Without a provider nobody could sign in, so requiring it would shut everyone out.
  if (input.required && !call.deps.signIn) return fail(call.res, 409, 'sign-in is not enabled on this server, so it cannot be required');
  answer(call.res, await call.deps.control.requireSignIn(call.boardId, input.required));
};

const links: Handler = async (call) => {
  const access = await facilitator(call, 'see the board links');
  // The record the token check read holds each role's current key version.
  if (access) json(call.res, 200, boardLinks(access.board, call.deps.secret));
};

const rotate: Handler = async (call) => {
  const role = roleSchema.safeParse(call.id);
  if (!role.success) return fail(call.res, 404, `no role named ${call.id}; use one of ${roleSchema.options.join(', ')}`);
  if (!(await facilitator(call, 'replace links'))) return;
  const rotated = await call.deps.control.rotate(call.boardId, role.data);
  sendResult(call.res, 200, rotated);
};

/** Most removed entries one clean names in its answer; a board filled with junk could have thousands. */
export const MAX_CLEAN_LISTED = 10_000;

/**
 * Removes what no reader of the board uses (see cleanBoard) from the live board, as a change by the
 * facilitator, then compacts it so the size the limit counts drops. A facilitator's own write,
 * so it goes through whether the board is locked or at its size limit.
 */
const clean: Handler = async (call) => {
  const who = (await facilitator(call, 'clean the board'))?.payload;
  if (!who) return;
  const { rooms, catalog } = call.deps;
  const room = await rooms.acquire(call.boardId);
  try {
    const bytesBefore = room.docBytes;
    const origin = new ActorOrigin({ role: who.r, participantId: who.p ?? null, name: who.n ?? 'Gjest', organisation: who.o ?? '' });
    const removed = cleanBoard(room.doc, origin, catalog);
    await room.compact();
    json(call.res, 200, { removed: removed.slice(0, MAX_CLEAN_LISTED), removedCount: removed.length, bytesBefore, bytesAfter: room.docBytes });
  } finally {
    rooms.release(room);
  }
};

/** Each control, link and clean endpoint under /api/boards/<id>/, with the handler of each method it takes. */
const ROUTES: BoardRoute<ControlRouteDeps>[] = [
  { path: /^control$/, methods: { GET: read } },
  { path: /^control\/lock$/, methods: { POST: lock } },
  { path: /^control\/timer$/, methods: { POST: timer } },
  { path: /^control\/follow$/, methods: { POST: follow } },
  { path: /^control\/sign-in$/, methods: { POST: signIn } },
  { path: /^links$/, methods: { GET: links } },
  { path: new RegExp(`^links/${ROUTE_ID}/rotate$`), methods: { POST: rotate } },
  { path: /^clean$/, methods: { POST: clean } },
];

/**
 * Handles the facilitation endpoints (control state, lock, timer, follow, links and their
 * rotation, cleaning) under /api/boards/<id>/; returns false for any other path.
 */
export const handleControl = (req: IncomingMessage, res: ServerResponse, url: URL, deps: ControlRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

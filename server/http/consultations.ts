import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod/mini';
import { extendConsultationSchema, newConsultationSchema, type Consultation } from '@/lib/consultation';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Consultations } from '../consultation/consultations';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, facilitatorAccess, readBody, ROUTE_ID, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { json } from './respond';

/** What the consultation endpoints need: token checks, the rounds' service (with the server's clock), and the body limit. */
export type ConsultationRouteDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null; consultations: Consultations; maxBodyBytes: number };

type Call = BoardCall<ConsultationRouteDeps>;
type Handler = BoardHandler<ConsultationRouteDeps>;

/** Passes a facilitator's token (a shared link will do: a round records no author), or sends the refusal. */
const facilitator = async (call: Call): Promise<boolean> => (await facilitatorAccess(call, 'open, extend or close a consultation round')) !== null;

const body = async <T>(call: Call, schema: z.core.$ZodType<T>): Promise<T | null> => (await readBody(call, schema))?.value ?? null;

// Every answer carries the server's clock, so a page counts down to the deadline by it.
const asRound = (call: Call) => (round: Consultation) => ({ round, serverNow: call.deps.consultations.clock() });

const list: Handler = async (call) => {
  if (await boardAccess(call)) json(call.res, 200, await call.deps.consultations.list(call.boardId));
};

const open: Handler = async (call) => {
  const input = (await facilitator(call)) && (await body(call, newConsultationSchema));
  if (input) sendResult(call.res, 201, await call.deps.consultations.open(call.boardId, input), asRound(call));
};

const extend: Handler = async (call) => {
  const input = (await facilitator(call)) && (await body(call, extendConsultationSchema));
  if (input) sendResult(call.res, 200, await call.deps.consultations.extend(call.boardId, call.id, input.deadline), asRound(call));
};

const close: Handler = async (call) => {
  if (await facilitator(call)) sendResult(call.res, 200, await call.deps.consultations.close(call.boardId, call.id), asRound(call));
};

/** Each consultation endpoint under /api/boards/<id>/, with the handler of each method it takes. */
const ROUTES: BoardRoute<ConsultationRouteDeps>[] = [
  { path: /^consultations$/, methods: { GET: list, POST: open } },
  { path: new RegExp(`^consultations/${ROUTE_ID}/extend$`), methods: { POST: extend } },
  { path: new RegExp(`^consultations/${ROUTE_ID}/close$`), methods: { POST: close } },
];

/**
 * Handles the consultation-round endpoints (list with the current round, open, extend, close)
 * under /api/boards/<id>/; returns false for any other path.
 */
export const handleConsultations = (req: IncomingMessage, res: ServerResponse, url: URL, deps: ConsultationRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

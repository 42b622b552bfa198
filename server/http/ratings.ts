import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { Author } from '@/lib/comments';
import { newAnswerSchema, newRoundSchema, type RoundView } from '@/lib/ratings';
import type { SignIn } from '../auth/oidc/sign-in';
import { grantParticipantId, type Secret } from '../auth/tokens';
import type { FeedPublisher } from '../feed/board-feed';
import { ratingRounds } from '../ratings/rounds';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, facilitatorAccess, joinedAuthor, readBody, ROUTE_ID, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the rating endpoints need; a subset of ApiDeps, since the rounds keep their state in the store. */
export type RatingRouteDeps = { stores: Pick<Stores, 'boards' | 'settings' | 'ratings' | 'proposals'>; feed: FeedPublisher; secret: Secret; signIn: SignIn | null; maxBodyBytes: number };

type Call = BoardCall<RatingRouteDeps>;
type Handler = BoardHandler<RatingRouteDeps>;

const rounds = (call: Call) => ratingRounds({ stores: call.deps.stores, feed: call.deps.feed });

/** Passes a facilitator's token (a shared link will do: the round records no author), or sends the refusal. */
const facilitator = async (call: Call): Promise<boolean> => (await facilitatorAccess(call, 'open, reveal or close a rating round')) !== null;

/** Answers who rates: a joined participant who is not a viewer, since every answer counts as one person's. */
async function rater(call: Call): Promise<Author | null> {
  const access = await boardAccess(call);
  if (!access) return null;
  const { payload } = access;
  const author = joinedAuthor(payload);
  if (payload.r === 'viewer') fail(call.res, 403, 'viewers can see the results but not rate');
  else if (!author) fail(call.res, 403, 'join the board first: answers are given with the participant token that joining gives, not with a shared link');
  // A grant joins as one participant id only, so the store's one answer per participant is one
  // per grant; a token pairing a grant with any other id would be a second voice for one device.
  else if (payload.g !== undefined && author.participantId !== grantParticipantId(call.boardId, payload.g, call.deps.secret)) {
    fail(call.res, 409, 'answers from this device already count under another participant; rejoin the board to answer');
  } else return author;
  return null;
}

const body = async <T>(call: Call, schema: z.ZodType<T>): Promise<T | null> => (await readBody(call, schema))?.value ?? null;

const asRound = (round: RoundView) => ({ round });

const list: Handler = async (call) => {
  const access = await boardAccess(call);
  if (access) json(call.res, 200, { rounds: await rounds(call).list(call.boardId, access.payload.p ?? null) });
};

const open: Handler = async (call) => {
  const input = (await facilitator(call)) && (await body(call, newRoundSchema));
  if (input) sendResult(call.res, 201, await rounds(call).open(call.boardId, input), asRound);
};

const rate: Handler = async (call) => {
  const author = await rater(call);
  const input = author && (await body(call, newAnswerSchema));
  if (author && input) sendResult(call.res, 201, await rounds(call).answer(call.boardId, call.id, author, input), (a) => ({ answer: a }));
};

const reveal: Handler = async (call) => {
  if (await facilitator(call)) sendResult(call.res, 200, await rounds(call).reveal(call.boardId, call.id), asRound);
};

const close: Handler = async (call) => {
  if (await facilitator(call)) sendResult(call.res, 200, await rounds(call).close(call.boardId, call.id), asRound);
};

const results: Handler = async (call) => {
  if (await boardAccess(call)) sendResult(call.res, 200, await rounds(call).results(call.boardId, call.id), (r) => ({ results: r }));
};

/** Each rating endpoint under /api/boards/<id>/, with the handler of each method it takes. */
const ROUTES: BoardRoute<RatingRouteDeps>[] = [
  { path: /^rounds$/, methods: { GET: list, POST: open } },
  { path: new RegExp(`^rounds/${ROUTE_ID}/answers$`), methods: { POST: rate } },
  { path: new RegExp(`^rounds/${ROUTE_ID}/reveal$`), methods: { POST: reveal } },
  { path: new RegExp(`^rounds/${ROUTE_ID}/close$`), methods: { POST: close } },
  { path: new RegExp(`^rounds/${ROUTE_ID}/results$`), methods: { GET: results } },
];

/**
 * Handles the rating-round endpoints (list, open, answer, reveal, close, results) under
 * /api/boards/<id>/; returns false for any other path.
 */
export const handleRatings = (req: IncomingMessage, res: ServerResponse, url: URL, deps: RatingRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

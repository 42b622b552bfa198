import type { IncomingMessage, ServerResponse } from 'node:http';
import { eraseRequestSchema } from '@/lib/own-data';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Threads } from '../comments/threads';
import type { FeedPublisher } from '../feed/board-feed';
import { ownData } from '../own-data/own-data';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';
import { boardAccess, dispatchBoardRoutes, readBody, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the own-data endpoints need; a subset of ApiDeps. */
export type OwnDataRouteDeps = {
  stores: Pick<Stores, 'boards' | 'settings' | 'comments' | 'ratings' | 'history' | 'proposals' | 'breakouts' | 'notifications' | 'mail'>;
  threads: Pick<Threads, 'erase'>;
  proposals: Pick<Proposals, 'erase'>;
  rooms: Rooms;
  feed: FeedPublisher;
  secret: Secret;
  signIn: SignIn | null;
  maxBodyBytes: number;
};

type Call = BoardCall<OwnDataRouteDeps>;

/**
 * The participant id the caller's token names, or null once the refusal has been sent. A shared
 * link (or a projector's grant) names no one, so there is nothing of the holder's to show or erase.
 */
async function caller(call: Call): Promise<string | null> {
  const access = await boardAccess(call);
  if (!access) return null;
  if (access.payload.p) return access.payload.p;
  fail(call.res, 403, 'this link is shared and names no participant, so it has no data of yours; open the board, join with your name, and ask again with the token joining gives');
  return null;
}

const service = ({ deps }: Call) => ownData({ stores: deps.stores, threads: deps.threads, proposals: deps.proposals, rooms: deps.rooms, feed: deps.feed });

/** GET /api/boards/<id>/me/data: everything the board stores about the caller. */
const read: BoardHandler<OwnDataRouteDeps> = async (call) => {
  const participantId = await caller(call);
  if (participantId) json(call.res, 200, await service(call).read(call.boardId, participantId));
};

/** POST /api/boards/<id>/me/erase with `{ "confirm": "erase" }`: erases the caller's part and answers what went. */
const erase: BoardHandler<OwnDataRouteDeps> = async (call) => {
  const participantId = await caller(call);
  const confirmed = participantId && (await readBody(call, eraseRequestSchema));
  if (participantId && confirmed) json(call.res, 200, { erased: await service(call).erase(call.boardId, participantId) });
};

const ROUTES: BoardRoute<OwnDataRouteDeps>[] = [
  { path: /^me\/data$/, methods: { GET: read } },
  { path: /^me\/erase$/, methods: { POST: erase } },
];

/** Handles /api/boards/<id>/me/data and /me/erase; returns false for any other path. */
export const handleOwnData = (req: IncomingMessage, res: ServerResponse, url: URL, deps: OwnDataRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

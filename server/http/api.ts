import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBoardDoc } from '@/lib/board-doc';
import type { Catalog } from '@/lib/catalog/schema';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { roleSchema } from '@/lib/roles';
import { authorise, bearer, deniedBody } from '../auth/access';
import type { PresenterGrants } from '../auth/presenter-grant';
import type { Secret } from '../auth/tokens';
import type { Breakouts } from '../breakouts/breakouts';
import type { BoardFeed } from '../feed/board-feed';
import type { Control } from '../control/control';
import type { Threads } from '../comments/threads';
import type { Consultations } from '../consultation/consultations';
import type { Fanout } from '../fanout/fanout';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import { originAllowed, type ClientPolicy } from './client';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';
import type { SignIn } from '../auth/oidc/sign-in';
import { handleAuth } from './auth';
import { handleBreakouts } from './breakouts';
import { handleComments } from './comments';
import { handleConsequences, templateList } from './consequences';
import { handleConsultations } from './consultations';
import { handleControl } from './control';
import { boardRequirements, handleCreateBoard } from './create-board';
import { handleHealth } from './health';
import { handleHistory } from './history';
import { handleInputSummary } from './input-summary';
import { handleJoin } from './join';
import { handleMailLinks } from './mail-links';
import { handleNotifications } from './notifications';
import type { Notifications } from '../notifications/notifications';
import type { EmailSettingsService } from '../notifications/email-settings';
import { handlePresenter } from './presenter';
import { handleProposals } from './proposals';
import { handleOwnData } from './own-data';
import { handleRatings } from './ratings';
import { handleDeleteBoard } from './delete-board';
import type { BoardDeletion } from '../deletion/board-deletion';
import { fail, json } from './respond';

export type ApiDeps = {
  stores: Pick<Stores, 'boards' | 'settings' | 'history' | 'ratings' | 'proposals' | 'comments' | 'breakouts' | 'ping' | 'notifications' | 'mail'>;
  catalog: Catalog;
  secret: Secret;
  metrics: Metrics;
  log: Logger;
  rooms: Rooms;
  threads: Threads;
  feed: BoardFeed;
  proposals: Proposals;
  control: Control;
  presenters: PresenterGrants;
  breakouts: Breakouts;
  consultations: Consultations;
  notifications: Notifications;
  emailSettings: EmailSettingsService;
  /** Whether email notifications are configured; the links in emails answer 404 otherwise. */
  mailOn: boolean;
  maxBodyBytes: number;
  clients: ClientPolicy;
  joins: { perAddressPerMinute: number; perLinkPerMinute: number; maxParticipantsPerBoard: number };
  boardsPerHourPerAddress: number;
  limits: { maxFeedsPerBoard: number; bufferWatermark: number };
  /** Deletes boards (DELETE /api/boards/<id>). */
  deletion: BoardDeletion;
  /** The link to other instances, when there are any; health reports it. */
  fanout?: Pick<Fanout, 'connected'>;
  /** Sign-in with OpenID Connect; null when it is off. */
  signIn: SignIn | null;
  /** True once shutdown has begun; readiness reports it. */
  closing: () => boolean;
  /** The key POST /api/boards asks for, when the server is set to ask for one. */
  createKey: string | undefined;
};

/** Fixed endpoints and their one method, so any other method gets 405 rather than 404. */
const FIXED: Record<string, string> = { '/api/boards': 'POST', '/api/boards/requirements': 'GET', '/api/templates': 'GET' };
const BOARD = new RegExp(`^/api/boards/(${BOARD_ID_PATTERN})(/join)?$`);
// The API changes nothing on these, so any page may send them; it cannot read the answers without CORS.
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Handles /api/* and /metrics; returns false for any other path so the app can serve it. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x');
  const path = url.pathname;
  if (path === '/metrics' && req.method === 'GET') {
    const text = await deps.metrics.render();
    res.writeHead(200, { 'content-type': deps.metrics.contentType });
    res.end(text);
    return true;
  }
  if (!path.startsWith('/api/')) return false;
  // A page elsewhere can make a visitor's browser post here (with a token it got from a link),
  // so a state-changing call from a browser must come from an origin this server trusts.
  if (!SAFE_METHODS.has(req.method ?? '') && !originAllowed(req, deps.clients)) {
    deps.metrics.refusedRequests.inc();
    fail(res, 403, 'origin not allowed');
    return true;
  }
  if (await handleHealth(req, res, path, deps)) return true;
  if (await handleAuth(req, res, url, deps)) return true;
  if (await handleMailLinks(req, res, url, deps)) return true;
  if (path === '/api/boards/requirements' && req.method === 'GET') {
    json(res, 200, boardRequirements(deps));
    return true;
  }
  if (path === '/api/templates' && req.method === 'GET') {
    json(res, 200, templateList(deps.catalog));
    return true;
  }
  if (path === '/api/boards' && req.method === 'POST') {
    await handleCreateBoard(req, res, deps);
    return true;
  }
  const allowed = FIXED[path];
  if (allowed) {
    res.setHeader('allow', allowed);
    fail(res, 405, 'method not allowed');
    return true;
  }
  if (await handleComments(req, res, url, deps)) return true;
  if (await handleNotifications(req, res, url, deps)) return true;
  if (await handleHistory(req, res, url, deps)) return true;
  if (await handleInputSummary(req, res, url, deps)) return true;
  if (await handleConsequences(req, res, url, deps)) return true;
  if (await handleProposals(req, res, url, deps)) return true;
  if (await handleConsultations(req, res, url, deps)) return true;
  if (await handleControl(req, res, url, deps)) return true;
  if (await handlePresenter(req, res, url, deps)) return true;
  if (await handleBreakouts(req, res, url, deps)) return true;
  if (await handleRatings(req, res, url, deps)) return true;
  if (await handleDeleteBoard(req, res, url, deps)) return true;
  if (await handleOwnData(req, res, url, deps)) return true;
  const m = BOARD.exec(path);
  if (!m) {
    fail(res, 404, 'no such endpoint');
    return true;
  }
  // Reading the board's title and joining are how a facilitator link leads to a signed-in join.
  const access = await authorise(bearer(req.headers.authorization), m[1]!, deps.stores, deps.secret, { on: deps.signIn !== null, joining: true });
  if (!access.ok) {
    json(res, access.errors[0]!.status, deniedBody(access.errors[0]!));
    return true;
  }
  const { payload, board } = access.value;
  if (m[2] && req.method === 'POST') {
    // A projector's grant shows the board; joining would turn it into a participant outside its own revocation.
    if (payload.s === 'presenter') {
      fail(res, 403, 'a presenter view cannot join the board');
      return true;
    }
    await handleJoin(req, res, deps, payload);
    return true;
  }
  if (!m[2] && req.method === 'GET') {
    const room = await deps.rooms.acquire(board.id).catch((error: unknown) => {
      // A document that will not load (storage down, a stored state that fails to migrate) is
      // the server's trouble, not the caller's; it is logged here and the caller may try again.
      deps.log('board-load-failed', { board: board.id, error: String(error) }, 'error');
      return null;
    });
    if (!room) {
      res.setHeader('retry-after', '30');
      fail(res, 503, 'this board cannot be loaded right now; try again in a minute, and tell the facilitator if it goes on');
      return true;
    }
    let levels;
    try {
      levels = readBoardDoc(room.doc).allocation.levels;
    } finally {
      deps.rooms.release(room);
    }
    json(res, 200, { id: board.id, title: board.title, template: board.template, role: payload.r, roles: roleSchema.options, levels });
    return true;
  }
  fail(res, 405, 'method not allowed');
  return true;
}


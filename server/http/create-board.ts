import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Catalog } from '@/lib/catalog/schema';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import { boardLinks, createBoard } from '../boards';
import type { Metrics } from '../metrics';
import type { Stores } from '../storage/stores';
import { clientAddress, type ClientPolicy } from './client';
import { apiLimits, sendTooMany, type LimitSettings } from './limits';
import { fail, json, readJson } from './respond';

/** What board creation needs; a subset of ApiDeps. */
export type CreateBoardDeps = LimitSettings & {
  stores: Pick<Stores, 'boards'>;
  catalog: Catalog;
  secret: Secret;
  metrics: Metrics;
  maxBodyBytes: number;
  clients: ClientPolicy;
  /** When set, creating a board takes this key (header x-create-key or body field createKey). */
  createKey: string | undefined;
  /** With sign-in on, only someone signed in may start a board. */
  signIn: SignIn | null;
};

/** The header a caller may send the creation key in, instead of the body field `createKey`. */
export const CREATE_KEY_HEADER = 'x-create-key';

const createSchema = (catalog: Catalog) => {
  const ids = catalog.templates.map((t) => t.id);
  return z.object({
    title: z.string().trim().min(1).max(120),
    template: z.string().refine((t) => ids.includes(t), `unknown template; use one of ${ids.join(', ')}`),
    createKey: z.string().max(1000).optional(),
  });
};

/** The body of GET /api/boards/requirements: what the start form must ask for before it may create a board. */
export const boardRequirements = (deps: Pick<CreateBoardDeps, 'createKey' | 'signIn'>) => ({ createKey: deps.createKey !== undefined, signIn: deps.signIn !== null });

// Digests first: timingSafeEqual needs equal lengths, and comparing digests gives away neither
// the key's length nor how much of a guess matched.
const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();
const keyMatches = (given: string, expected: string) => timingSafeEqual(digest(given), digest(expected));

/** POST /api/boards: makes a board from a template and answers 201 with its id and every role's link. */
export async function handleCreateBoard(req: IncomingMessage, res: ServerResponse, deps: CreateBoardDeps): Promise<void> {
  if (deps.signIn && !(await deps.signIn.session(req))) {
    deps.metrics.refusedRequests.inc();
    return fail(res, 401, 'sign in to start a board: this server lets only signed-in people create boards');
  }
  const body = await readJson(req, createSchema(deps.catalog), deps.maxBodyBytes);
  if (!body.ok) {
    const e = body.errors[0]!;
    return fail(res, e.status, e.message, e.fields);
  }
  const header = req.headers[CREATE_KEY_HEADER];
  const given = (Array.isArray(header) ? header[0] : header) || body.value.createKey;
  // A request with no key at all guesses nothing, so it is refused without costing a slot.
  if (deps.createKey !== undefined && !given) {
    deps.metrics.refusedRequests.inc();
    return fail(res, 403, 'this server needs a creation key to start a board; ask whoever runs it', { createKey: ['missing'] });
  }
  // Counted after the body checks out, so a mistyped request costs no one a board; counted
  // before the key is compared, so every key tried costs a slot and one address can guess at
  // most BOARDS_PER_HOUR_PER_ADDRESS keys an hour (a person who mistypes it loses one board of the hour).
  const waitMs = apiLimits(deps).boardsPerAddress.take(clientAddress(req, deps.clients));
  if (waitMs > 0) {
    sendTooMany(res, deps.metrics, waitMs, `too many boards from your network address: at most ${deps.boardsPerHourPerAddress} an hour; try again in {wait}`);
    return;
  }
  if (deps.createKey !== undefined && !keyMatches(given!, deps.createKey)) {
    deps.metrics.refusedRequests.inc();
    return fail(res, 403, 'wrong creation key', { createKey: ['wrong'] });
  }
  const board = await createBoard(deps.stores.boards, deps.catalog, { title: body.value.title, template: body.value.template });
  json(res, 201, { id: board.id, ...boardLinks(board, deps.secret) });
}

import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Catalog } from '@/lib/catalog/schema';
import type { Author } from '@/lib/comments';
import { compareQuerySchema, newProposalSchema, type Proposal } from '@/lib/proposals';
import { canEdit } from '@/lib/roles';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import { compareSides } from '../proposals/compare';
import { exportProposal, exportQuerySchema } from '../proposals/export';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, joinedAuthor, readBody, ROUTE_ID, sendRefusal, sendResult, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { download, fail, fieldErrors, json } from './respond';

/** What the proposal endpoints need; a subset of ApiDeps. */
export type ProposalRouteDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null; catalog: Catalog; proposals: Proposals; maxBodyBytes: number };

/** An imported file may be this large: a full board with threads is well under 1 MiB. */
export const MAX_IMPORT_BYTES = 2 * 1024 * 1024;

type Call = BoardCall<ProposalRouteDeps>;
type Handler = BoardHandler<ProposalRouteDeps>;
const reader = (call: Call) => boardAccess(call);

/**
 * Answers who changes the board's proposals, or sends the refusal. Saving, importing and
 * restoring change what the board holds, so they take an editor's or a facilitator's role;
 * and a proposal carries its author, so a shared link (no identity) must join first.
 */
async function editor(call: Call): Promise<Author | null> {
  const access = await reader(call);
  if (!access) return null;
  const author = joinedAuthor(access.payload);
  if (!canEdit(access.payload.r)) fail(call.res, 403, 'only editors and facilitators can save, import or restore proposals');
  else if (!author) fail(call.res, 403, 'join the board first: proposals are saved with the participant token that joining gives, not with a shared link');
  else return author;
  return null;
}

function query<T>(call: Call, schema: z.ZodType<T>): T | null {
  const parsed = schema.safeParse(Object.fromEntries(call.url.searchParams));
  if (parsed.success) return parsed.data;
  fail(call.res, 400, 'invalid query', fieldErrors(parsed.error.issues));
  return null;
}


const asProposal = (proposal: Proposal) => ({ proposal });

const list: Handler = async (call) => {
  if (await reader(call)) json(call.res, 200, { proposals: await call.deps.proposals.list(call.boardId) });
};

const save: Handler = async (call) => {
  const author = await editor(call);
  const input = author && (await readBody(call, newProposalSchema));
  if (author && input) sendResult(call.res, 201, await call.deps.proposals.save(call.boardId, author, input.value), asProposal);
};

const importFile: Handler = async (call) => {
  const author = await editor(call);
  const raw = author && (await readBody(call, z.unknown(), MAX_IMPORT_BYTES));
  if (author && raw) sendResult(call.res, 201, await call.deps.proposals.importFile(call.boardId, author, raw.value), asProposal);
};

const fetchOne: Handler = async (call) => {
  if (await reader(call)) sendResult(call.res, 200, await call.deps.proposals.get(call.boardId, call.id), asProposal);
};

const exportOne: Handler = async (call) => {
  const access = await reader(call);
  const q = access && query(call, exportQuerySchema);
  if (!access || !q) return;
  const found = await call.deps.proposals.get(call.boardId, call.id);
  if (!found.ok) return sendRefusal(call.res, found.errors[0]!);
  const file = exportProposal(found.value, q.format, access.board.title, call.deps.catalog, q.lang);
  download(call.res, file.type, file.filename, file.utf8Name, file.body);
};

const restore: Handler = async (call) => {
  const author = await editor(call);
  if (author) sendResult(call.res, 200, await call.deps.proposals.restore(call.boardId, call.id, author));
};

const compare: Handler = async (call) => {
  const access = await reader(call);
  const q = access && query(call, compareQuerySchema);
  if (access && q) sendResult(call.res, 200, await compareSides(access.board, q.a, q.b, call.deps));
};

/** Each proposal endpoint under /api/boards/<id>/, with the handler of each method it takes; `import` before the id route it would match. */
const ROUTES: BoardRoute<ProposalRouteDeps>[] = [
  { path: /^proposals$/, methods: { GET: list, POST: save } },
  { path: /^proposals\/import$/, methods: { POST: importFile } },
  { path: new RegExp(`^proposals/${ROUTE_ID}$`), methods: { GET: fetchOne } },
  { path: new RegExp(`^proposals/${ROUTE_ID}/export$`), methods: { GET: exportOne } },
  { path: new RegExp(`^proposals/${ROUTE_ID}/restore$`), methods: { POST: restore } },
  { path: /^compare$/, methods: { GET: compare } },
];

/**
 * Handles the proposal endpoints (list, save, fetch, export, import, restore, compare) under
 * /api/boards/<id>/; returns false for any other path.
 */
export const handleProposals = (req: IncomingMessage, res: ServerResponse, url: URL, deps: ProposalRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

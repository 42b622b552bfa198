import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Catalog } from '@/lib/catalog/schema';
import { sourceLabel } from '@/lib/catalog/sources';
import { computeConsequences } from '@/lib/consequences/engine';
import { consequencesReport } from '@/lib/consequences/report';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import { boardAccess, dispatchBoardRoutes, type BoardHandler, type BoardRoute } from './board-routes';
import { fail, json } from './respond';

/** What the consequence endpoints need; a subset of ApiDeps. */
export type ConsequenceRouteDeps = { stores: Pick<Stores, 'boards' | 'settings'>; secret: Secret; signIn: SignIn | null; catalog: Catalog; proposals: Pick<Proposals, 'live'> };

/** GET /api/boards/<id>/consequences: the live board's consequences for any valid token of the board. */
const consequences: BoardHandler<ConsequenceRouteDeps> = async (call) => {
  if (!(await boardAccess(call))) return;
  const { allocation, custom, choices, bindings } = await call.deps.proposals.live(call.boardId);
  const c = computeConsequences(allocation, call.deps.catalog, [], { custom, choices, bindings });
  // The board reader repairs what it reads, so a live board always fits; a miss is a bug worth a 500.
  if (!c.ok) return fail(call.res, 500, 'the board does not fit the catalog');
  json(call.res, 200, consequencesReport(c.value, call.deps.catalog));
};

const ROUTES: BoardRoute<ConsequenceRouteDeps>[] = [{ path: /^consequences$/, methods: { GET: consequences } }];

/** Handles GET /api/boards/<id>/consequences; returns false for any other path. */
export const handleConsequences = (req: IncomingMessage, res: ServerResponse, url: URL, deps: ConsequenceRouteDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

/** The body of GET /api/templates: every template with its sources named as a person reads them. */
export const templateList = (catalog: Catalog) =>
  catalog.templates.map((t) => ({ id: t.id, name: t.name.nb, description: t.description.nb, sources: t.sources.map((s) => sourceLabel(s, 'nb')) }));

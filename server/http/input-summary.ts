import type { IncomingMessage, ServerResponse } from 'node:http';
import { readBoardDoc } from '@/lib/board-doc';
import { boardCatalog } from '@/lib/catalog/board';
import type { Catalog } from '@/lib/catalog/schema';
import type { Comment, Thread } from '@/lib/comments';
import { roundFilter } from '@/lib/consultation';
import { HEADLINES } from '@/lib/headlines';
import { translator, type Lang } from '@/lib/i18n';
import { levelLabels } from '@/lib/i18n/catalog-names';
import { commentsText } from '@/lib/i18n/comments';
import { headlineText } from '@/lib/i18n/headlines';
import { inputCsv, type AnchorLabel } from '@/lib/input-csv';
import { summariseInput, summaryQuerySchema, windowFilter } from '@/lib/input-summary';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Secret } from '../auth/tokens';
import type { Threads } from '../comments/threads';
import type { Consultations } from '../consultation/consultations';
import type { Logger } from '../log';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';
import { boardAccess, dispatchBoardRoutes, type BoardCall, type BoardHandler, type BoardRoute } from './board-routes';
import { download, fail, fieldErrors, json } from './respond';

/** What the input summary endpoints need; a subset of ApiDeps. */
export type InputSummaryDeps = {
  stores: Pick<Stores, 'boards' | 'settings'>;
  secret: Secret;
  signIn: SignIn | null;
  catalog: Catalog;
  threads: Threads;
  proposals: Proposals;
  consultations: Pick<Consultations, 'list'>;
  rooms: Rooms;
  log: Logger;
};

type Call = BoardCall<InputSummaryDeps>;
type Handler = BoardHandler<InputSummaryDeps>;

type Filter = (thread: Thread, comment: Comment) => boolean;

/**
 * The query and the filter it asks for (its window, and its round's window and scope), or null
 * once a 400 naming the bad field, or a 404 for a round the board does not have, has been sent.
 */
async function query(call: Call) {
  const raw = Object.fromEntries([...call.url.searchParams].filter(([, v]) => v !== ''));
  const parsed = summaryQuerySchema.safeParse(raw);
  if (!parsed.success) {
    fail(call.res, 400, 'invalid query', fieldErrors(parsed.error.issues));
    return null;
  }
  const q = parsed.data;
  const inWindow = windowFilter(q);
  if (q.round === undefined) return { q, filter: inWindow };
  const round = (await call.deps.consultations.list(call.boardId)).rounds.find((r) => r.id === q.round);
  if (!round) {
    fail(call.res, 404, 'no consultation round with that id on this board');
    return null;
  }
  const inRound = roundFilter(round);
  const filter: Filter = (t, c) => inWindow(t, c) && inRound(t, c);
  return { q, filter };
}

/** The board's threads and its proposals' names, read together. */
async function inputs(call: Call): Promise<{ threads: Thread[]; proposals: Map<string, string> }> {
  const [threads, proposals] = await Promise.all([call.deps.threads.list(call.boardId, {}), call.deps.proposals.list(call.boardId)]);
  return { threads, proposals: new Map(proposals.map((p) => [p.id, p.name])) };
}

/**
 * Names for anchors as the board shows them: catalog and custom cards, the board's columns,
 * proposals and headline tiles. Without the document (it will not load) cards keep their
 * catalog names and the rest their ids, which is still a usable file.
 */
async function anchorLabels(call: Call, proposals: ReadonlyMap<string, string>): Promise<AnchorLabel> {
  const cards = new Map<string, string>();
  const levels = new Map<Lang, Map<string, string>>();
  const room = await call.deps.rooms.acquire(call.boardId).catch((error: unknown) => {
    call.deps.log('board-load-failed', { board: call.boardId, error: String(error) }, 'warn');
    return null;
  });
  if (room) {
    try {
      const doc = readBoardDoc(room.doc);
      for (const c of doc.custom) cards.set(c.id, c.name);
      const rows = doc.allocation.levels.map((l) => ({ level: l.id, kind: l.kind, arrangement: l.arrangement }));
      for (const lang of ['nb', 'en'] as const) {
        const labels = levelLabels(rows, boardCatalog, lang);
        for (const l of doc.allocation.levels) if (l.name) labels.set(l.id, l.name);
        levels.set(lang, labels);
      }
    } finally {
      call.deps.rooms.release(room);
    }
  }
  const responsibilities = new Map(call.deps.catalog.responsibilities.map((r) => [r.id, r.name]));
  const tiles = (lang: Lang) => new Map<string, string>(HEADLINES.map((h) => [h.panel, translator(headlineText, lang)(`headline.${h.panel}`)]));
  return (anchor, lang) => {
    switch (anchor.kind) {
      case 'board':
        return translator(commentsText, lang)('anchor.board');
      case 'card':
        return responsibilities.get(anchor.id)?.[lang] ?? cards.get(anchor.id) ?? null;
      case 'level':
        return levels.get(lang)?.get(anchor.id) ?? null;
      case 'proposal':
        return translator(commentsText, lang)('anchor.proposal', { name: proposals.get(anchor.id) ?? anchor.id });
      case 'indicator':
        return tiles(lang).get(anchor.id) ?? null;
    }
  };
}

const summary: Handler = async (call) => {
  if (!(await boardAccess(call))) return;
  const asked = await query(call);
  if (!asked) return;
  const { threads, proposals } = await inputs(call);
  json(call.res, 200, { summary: summariseInput(threads, { proposals, responsibilities: call.deps.catalog.responsibilities, filter: asked.filter }) });
};

const csv: Handler = async (call) => {
  const asked = (await boardAccess(call)) && (await query(call));
  if (!asked) return;
  const { q, filter } = asked;
  const { threads, proposals } = await inputs(call);
  const label = await anchorLabels(call, proposals);
  const name = q.lang === 'nb' ? 'innspill' : 'input';
  // A byte order mark, without which Excel reads UTF-8 as Latin-1 and garbles æøå.
  const body = `\uFEFF${inputCsv(threads, q.lang, label, filter)}`;
  download(call.res, 'text/csv; charset=utf-8; header=present', `${name}.csv`, `${name}.csv`, body);
};

const ROUTES: BoardRoute<InputSummaryDeps>[] = [
  { path: /^summary$/, methods: { GET: summary } },
  { path: /^summary\.csv$/, methods: { GET: csv } },
];

/**
 * Handles GET /api/boards/<id>/summary (the input summary as JSON) and /summary.csv (one row per
 * comment) for any token of the board, viewers included: both show only what the threads show.
 * Both take ?from=&to= and ?round=<consultation id> to narrow what counts.
 */
export const handleInputSummary = (req: IncomingMessage, res: ServerResponse, url: URL, deps: InputSummaryDeps): Promise<boolean> =>
  dispatchBoardRoutes(req, res, url, deps, ROUTES);

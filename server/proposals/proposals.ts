import { randomBytes } from 'node:crypto';
import { readBoardDoc } from '@/lib/board-doc';
import type { Catalog } from '@/lib/catalog/schema';
import type { Author } from '@/lib/comments';
import type { ErasureTarget } from '@/lib/own-data-copies';
import { parseProposalFile, type ImportProblem } from '@/lib/proposal-file';
import { headlineOf, proposalSchema, summariseOpenThreads, summariseProposal, type NewProposal, type Proposal, type ProposalContent, type ProposalSummary } from '@/lib/proposals';
import { restoreProposal } from '@/lib/restore';
import { err, ok, type Result } from '@/lib/result';
import { keyedSerial } from '../comments/serial';
import type { FeedPublisher } from '../feed/board-feed';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { Stores } from '../storage/stores';
import { ActorOrigin } from '../sync/origin';
import type { Rooms } from '../sync/rooms';

/** Why a proposal request was turned down, as the HTTP status and message (and fields) to answer with. */
export type ProposalRefusal = { status: 404 | 409 | 422 | 423; message: string; fields?: Record<string, string[]> };

/** At most this many proposals on one board; each holds a whole allocation, so the list stays bounded. */
export const MAX_PROPOSALS_PER_BOARD = 200;

/** What createProposals needs: storage, the resident rooms, the catalog, the live feed each stored change is announced on, logging and metrics. */
export type ProposalsDeps = { stores: Pick<Stores, 'proposals' | 'comments'>; rooms: Rooms; catalog: Catalog; feed: FeedPublisher; log: Logger; metrics: Metrics; maxPerBoard?: number };

const refuse = (status: ProposalRefusal['status'], message: string, fields?: Record<string, string[]>): Result<never, ProposalRefusal> =>
  err([fields ? { status, message, fields } : { status, message }]);
// 72 random bits in 12 url-safe characters: never 'live' or 'baseline', which compare reads as sides.
const newId = () => randomBytes(9).toString('base64url');
const now = () => new Date().toISOString();
const unknown = () => refuse(404, 'no proposal with that id on this board');

/**
 * The proposals of every board: snapshots of the live document, imports, and restores onto it.
 * The server decides id, author, time and figures; a stored proposal never changes but to erase a
 * participant from it (see eraseFromProposal).
 */
export function createProposals(deps: ProposalsDeps) {
  const { stores, rooms, catalog } = deps;
  const maxPerBoard = deps.maxPerBoard ?? MAX_PROPOSALS_PER_BOARD;
  // Saves of one board run one at a time, so the count checked is still true when the row lands.
  const serial = keyedSerial();

  /** The live board read through the schema, with the room held only while reading. */
  async function live(boardId: string) {
    const room = await rooms.acquire(boardId);
    try {
      return readBoardDoc(room.doc, catalog);
    } finally {
      rooms.release(room);
    }
  }

  /** Stores a proposal built under the board's lock, unless the board is full. */
  function add(boardId: string, action: 'saved' | 'adopted' | 'imported', build: () => Promise<Result<Proposal, ProposalRefusal>>): Promise<Result<Proposal, ProposalRefusal>> {
    return serial(boardId, async () => {
      if ((await stores.proposals.countProposals(boardId)) >= maxPerBoard) {
        return refuse(409, `this board already holds ${maxPerBoard} proposals, the most it may have; no more can be saved`);
      }
      const built = await build();
      if (!built.ok) return built;
      // A proposal the server built that breaks its own schema is a bug: fail loudly, store nothing.
      const proposal = proposalSchema.parse(built.value);
      await stores.proposals.createProposal(proposal);
      deps.metrics.proposalWrites.inc();
      deps.log(`proposal-${action}`, { board: boardId, proposal: proposal.id, by: proposal.author.participantId });
      deps.feed.publish(boardId, { type: 'changed', change: { part: 'proposals', action, id: proposal.id } });
      return ok(proposal);
    });
  }

  /** A proposal of `boardId` holding `sourceId`'s live board as it is now (the same board, or a group split from it). */
  async function snapshot(boardId: string, sourceId: string, author: Author, input: NewProposal, origin: Proposal['origin']): Promise<Result<Proposal, ProposalRefusal>> {
    const board = await live(sourceId);
    const content: ProposalContent = {
      catalogVersion: catalog.version,
      allocation: board.allocation,
      custom: board.custom,
      assumptions: [],
      choices: board.choices,
      // Recorded only when some pathway is bound, so a board without bindings saves what it did before.
      ...(board.bindings.length > 0 ? { bindings: board.bindings } : {}),
    };
    const openThreads = summariseOpenThreads(await stores.comments.listThreads(sourceId));
    return ok({ id: newId(), boardId, name: input.name, note: input.note, author, createdAt: now(), origin, content, headline: headline(content), openThreads });
  }

  function headline(content: ProposalContent) {
    const h = headlineOf(content, catalog);
    if (!h.ok) throw new Error(`invariant: content read or checked against the catalog does not fit it: ${h.errors.join('; ')}`);
    return h.value;
  }

  return {
    /** Every proposal of the board, oldest first, without allocations or threads. */
    list: async (boardId: string): Promise<ProposalSummary[]> => (await stores.proposals.listProposals(boardId)).map(summariseProposal),

    /** One stored proposal, or a 404 refusal. */
    async get(boardId: string, proposalId: string): Promise<Result<Proposal, ProposalRefusal>> {
      const p = await stores.proposals.getProposal(boardId, proposalId);
      return p ? ok(p) : unknown();
    },

    /** The live board's state, for a comparison side. */
    live,

    /** Saves the live board as a new proposal, with its headline figures and open threads as they are now. */
    save: (boardId: string, author: Author, input: NewProposal) => add(boardId, 'saved', () => snapshot(boardId, boardId, author, input, 'board')),

    /**
     * Saves another board's live state (a breakout group's) as a new proposal on `boardId`, with
     * that board's figures and open threads as they are now: the group's discussion goes with its draft.
     */
    adopt: (boardId: string, sourceId: string, author: Author, input: NewProposal) =>
      add(boardId, 'adopted', () => snapshot(boardId, sourceId, author, input, 'breakout')),

    /** Stores a proposal file as a new proposal by the importer; a file parseProposalFile refuses is a 422 and stores nothing. */
    importFile: (boardId: string, author: Author, raw: unknown) =>
      add(boardId, 'imported', async () => {
        const file = parseProposalFile(raw, catalog);
        if (!file.ok) {
          const problem: ImportProblem = file.errors[0]!;
          return refuse(422, problem.message, problem.fields);
        }
        const { name, note, content } = file.value;
        // Only this server can vouch that someone signed in; a file can claim anything.
        const openThreads = file.value.openThreads.map((t) => ({ ...t, author: { name: t.author.name, organisation: t.author.organisation } }));
        // The file's own figures were checked when its catalog is ours; either way this board shows its own.
        return ok({ id: newId(), boardId, name, note, author, createdAt: now(), origin: 'import', content, headline: headline(content), openThreads });
      }),

    /**
     * Erases a participant from the board's stored proposals (see ProposalStore.eraseParticipant)
     * and tells the open pages which changed. In the board's queue: a save that read the threads
     * before their comments were erased has stored its copy by then, so it is erased too.
     */
    erase: (boardId: string, target: ErasureTarget): Promise<string[]> =>
      serial(boardId, async () => {
        const changed = await stores.proposals.eraseParticipant(boardId, target);
        for (const id of changed) deps.feed.publish(boardId, { type: 'changed', change: { part: 'proposals', action: 'erased', id } });
        return changed;
      }),

    /**
     * Writes a proposal onto the live document as one change by `author`, which every peer
     * receives, and answers once it is durable. A proposal that no longer fits the catalog is refused.
     */
    async restore(boardId: string, proposalId: string, author: Author): Promise<Result<{ changed: boolean }, ProposalRefusal>> {
      const proposal = await stores.proposals.getProposal(boardId, proposalId);
      if (!proposal) return unknown();
      const fits = headlineOf(proposal.content, catalog);
      if (!fits.ok) return refuse(422, `this proposal does not fit the board's catalog any more: ${fits.errors.slice(0, 5).join('; ')}`);
      const room = await rooms.acquire(boardId);
      try {
        // The same rule as for edits over the socket: a locked board changes at a facilitator's hand only.
        if (room.locked && author.role !== 'facilitator') return refuse(423, 'the board is locked; only a facilitator can restore a proposal onto it now');
        const result = restoreProposal(room.doc, proposal.content, new ActorOrigin(author));
        await room.settled();
        deps.metrics.proposalRestores.inc();
        deps.log('proposal-restored', { board: boardId, proposal: proposalId, by: author.participantId, changed: result.changed });
        deps.feed.publish(boardId, { type: 'changed', change: { part: 'proposals', action: 'restored', id: proposalId } });
        return ok(result);
      } finally {
        rooms.release(room);
      }
    },
  };
}

/** The proposals of a server: see createProposals. */
export type Proposals = ReturnType<typeof createProposals>;

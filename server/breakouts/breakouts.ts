import * as Y from 'yjs';
import { ROOT } from '@/lib/board-doc';
import {
  compareBreakouts,
  groupBoardTitle,
  groupNames,
  toGroup,
  MAX_ROUNDS,
  type AdoptRequest,
  type BreakoutComparison,
  type BreakoutGroup,
  type BreakoutList,
  type BreakoutRecord,
  type SplitAnswer,
  type SplitRequest,
} from '@/lib/breakouts';
import type { Catalog } from '@/lib/catalog/schema';
import type { Author } from '@/lib/comments';
import type { Proposal } from '@/lib/proposals';
import { err, ok, type Result } from '@/lib/result';
import type { Secret } from '../auth/tokens';
import { boardLinks, newBoardId } from '../boards';
import { keyedSerial } from '../comments/serial';
import type { FeedPublisher } from '../feed/board-feed';
import type { Logger } from '../log';
import type { ProposalRefusal, Proposals } from '../proposals/proposals';
import type { BoardRecord } from '../storage/board-store';
import type { NewBreakout } from '../storage/breakout-store';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';

/** Why a breakout request was turned down, as the HTTP status and message to answer with. */
export type BreakoutRefusal = { status: 404 | 409 | 422; message: string; fields?: Record<string, string[]> };

/**
 * What createBreakouts needs: storage, the resident rooms, the catalog, the link secret, the
 * proposals service (which announces an adopted group itself), the live feed a split is announced on, and logging.
 */
export type BreakoutsDeps = { stores: Pick<Stores, 'boards' | 'breakouts'>; rooms: Rooms; catalog: Catalog; secret: Secret; proposals: Proposals; feed: FeedPublisher; log: Logger };

const refuse = (status: BreakoutRefusal['status'], message: string): Result<never, BreakoutRefusal> => err([{ status, message }]);

/** A document state with the board's title replaced, so a group's page and exports name the group. */
function retitled(state: Uint8Array, title: string): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  doc.getMap(ROOT.meta).set('title', title);
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/**
 * Breakout groups of every board: split a board into groups (each a new board holding a copy of
 * its live document), list them, compare them live with the main board, and take one back in as a proposal.
 */
export function createBreakouts(deps: BreakoutsDeps) {
  const { stores, rooms, catalog, secret, proposals } = deps;
  // Splits of one board run one at a time, so two at once cannot both take the same round.
  const serial = keyedSerial();

  /** The live document's whole state, with the room held only while encoding it. */
  async function liveState(boardId: string): Promise<Uint8Array> {
    const room = await rooms.acquire(boardId);
    try {
      return Y.encodeStateAsUpdate(room.doc);
    } finally {
      rooms.release(room);
    }
  }

  /** A group with its board's four links, made from the board's current key versions. */
  async function linked(r: BreakoutRecord): Promise<BreakoutGroup> {
    const child = await stores.boards.getBoard(r.childId);
    // Rows and boards are created together and deleted together (see Stores.purgeBoard).
    if (!child) throw new Error(`invariant: breakout group ${r.childId} of ${r.parentId} has no board`);
    return toGroup(r, boardLinks(child, secret).links);
  }

  /** The newest round's rows of a board, and that round (null before the first split). */
  async function latest(boardId: string): Promise<{ round: number | null; rows: BreakoutRecord[] }> {
    const all = await stores.breakouts.listBreakouts(boardId);
    const round = all.at(-1)?.round ?? null;
    return { round, rows: all.filter((r) => r.round === round) };
  }

  return {
    /**
     * Splits a board into groups: a new round of new boards, each a copy of the live document
     * titled "<title> – <group name>", stored with their rows in one step. A group cannot be split (409).
     */
    split: (board: BoardRecord, request: SplitRequest, by: string): Promise<Result<SplitAnswer, BreakoutRefusal>> =>
      serial(board.id, async () => {
        if (await stores.breakouts.getBreakout(board.id)) return refuse(409, 'this board is a breakout group; only the main board it was split from can be split');
        const round = ((await stores.breakouts.listBreakouts(board.id)).at(-1)?.round ?? 0) + 1;
        if (round > MAX_ROUNDS) return refuse(409, `this board has been split ${MAX_ROUNDS} times, the most it may be`);
        const state = await liveState(board.id);
        const createdAt = new Date().toISOString();
        const groups: NewBreakout[] = groupNames(request).map((name, i) => {
          const id = newBoardId();
          const title = groupBoardTitle(board.title, name);
          return {
            board: { id, title, template: board.template, keyVersion: 1, createdAt },
            initialState: retitled(state, title),
            breakout: { parentId: board.id, childId: id, round, group: i + 1, name, createdAt },
          };
        });
        await stores.breakouts.createBreakouts(groups);
        deps.log('breakout-split', { board: board.id, round, groups: groups.length, by });
        deps.feed.publish(board.id, { type: 'changed', change: { part: 'breakouts', action: 'split', round } });
        return ok({ round, groups: await Promise.all(groups.map((g) => linked(g.breakout))) });
      }),

    /** The newest round's groups, with links when `withLinks`, and which group this board is, if it is one. */
    async list(boardId: string, withLinks: boolean): Promise<BreakoutList> {
      const [{ round, rows }, mine] = await Promise.all([latest(boardId), stores.breakouts.getBreakout(boardId)]);
      const groups = await Promise.all(rows.map((r) => (withLinks ? linked(r) : toGroup(r))));
      return { round, groups, groupOf: mine ? { round: mine.round, group: mine.group, name: mine.name } : null };
    },

    /** The main board and the newest round's groups read live, each group compared with the main board, and where the groups differ. */
    async compare(board: BoardRecord): Promise<Result<BreakoutComparison, BreakoutRefusal>> {
      const { round, rows } = await latest(board.id);
      const read = async (boardId: string, name: string) => {
        const { allocation, custom, choices, bindings } = await proposals.live(boardId);
        return { boardId, name, allocation, custom, choices, bindings };
      };
      const [main, ...groups] = await Promise.all([read(board.id, board.title), ...rows.map(async (r) => ({ ...(await read(r.childId, r.name)), group: r.group }))]);
      const compared = compareBreakouts(main, groups, catalog);
      if (!compared.ok) {
        const boards = [...new Set(compared.errors.map((e) => e.boardId))].join(', ');
        return refuse(422, `board ${boards} does not fit the catalog, so the groups cannot be compared`);
      }
      return ok({ round, ...compared.value });
    },

    /** Saves a group's board, as it is now, as a proposal on the board it was split from; 404 for a board that is not one of its groups. */
    async adopt(board: BoardRecord, childId: string, author: Author, request: AdoptRequest): Promise<Result<Proposal, BreakoutRefusal | ProposalRefusal>> {
      const group = await stores.breakouts.getBreakout(childId);
      if (!group || group.parentId !== board.id) return refuse(404, 'no breakout group with that board id was split from this board');
      return proposals.adopt(board.id, childId, author, { name: request.name ?? group.name, note: request.note });
    },
  };
}

/** The breakout groups of a server: see createBreakouts. */
export type Breakouts = ReturnType<typeof createBreakouts>;

import { randomBytes } from 'node:crypto';
import type { Author } from '@/lib/comments';
import {
  MAX_ROUNDS_PER_BOARD,
  tallyRound,
  viewRound,
  type GivenAnswer,
  type NewAnswer,
  type NewRound,
  type RatingRound,
  type RoundResults,
  type RoundView,
} from '@/lib/ratings';
import { err, ok, type Result } from '@/lib/result';
import type { FeedPublisher } from '../feed/board-feed';
import type { Stores } from '../storage/stores';

/** Why a rating request was turned down, as the HTTP status and message (and fields) to answer with. */
export type RatingRefusal = { status: 403 | 404 | 409 | 422; message: string; fields?: Record<string, string[]> };

/** What ratingRounds needs: storage, the live feed each stored change is announced on, and optionally a clock and an id maker (for tests). */
export type RatingRoundsDeps = { stores: Pick<Stores, 'ratings' | 'proposals'>; feed: FeedPublisher; now?: () => string; newId?: () => string; maxPerBoard?: number };

const refuse = (status: RatingRefusal['status'], message: string, fields?: Record<string, string[]>): Result<never, RatingRefusal> =>
  err([fields ? { status, message, fields } : { status, message }]);
const unknown = () => refuse(404, 'no rating round with that id on this board');

/**
 * The rating rounds of every board. Holds no state of its own: the store checks each
 * invariant in the same step as its write, so a service per request is as good as one per server.
 */
export function ratingRounds(deps: RatingRoundsDeps) {
  const { stores } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  // 72 random bits in 12 url-safe characters, as proposal ids are made.
  const newId = deps.newId ?? (() => randomBytes(9).toString('base64url'));
  const maxPerBoard = deps.maxPerBoard ?? MAX_ROUNDS_PER_BOARD;

  async function view(round: RatingRound, participantId: string | null): Promise<RoundView> {
    return viewRound(round, await stores.ratings.listAnswers(round.boardId, round.id), participantId);
  }

  /** Tells every page on the board that a round changed; the signal names no answer, each page reads what its role may see. */
  const announce = (boardId: string, action: 'opened' | 'answered' | 'revealed' | 'closed', id: string) =>
    deps.feed.publish(boardId, { type: 'changed', change: { part: 'rounds', action, id } });

  /** Runs a change of state; a round that exists but is past that state is a 409 with `conflict`. */
  async function change(boardId: string, roundId: string, action: 'revealed' | 'closed', apply: () => Promise<RatingRound | null>, conflict: string) {
    const changed = await apply();
    if (changed) {
      announce(boardId, action, roundId);
      return ok(await view(changed, null));
    }
    return (await stores.ratings.getRound(boardId, roundId)) ? refuse(409, conflict) : unknown();
  }

  return {
    /** Every round of the board, oldest first, with the answers `participantId` gave (none for null). */
    async list(boardId: string, participantId: string | null): Promise<RoundView[]> {
      return Promise.all((await stores.ratings.listRounds(boardId)).map((r) => view(r, participantId)));
    },

    /** Opens a round on stored proposals of the board; unknown proposals are a 422, a round still open a 409. */
    async open(boardId: string, input: NewRound): Promise<Result<RoundView, RatingRefusal>> {
      const found = await Promise.all(input.proposals.map((id) => stores.proposals.getProposal(boardId, id)));
      const missing = input.proposals.filter((_, i) => !found[i]);
      if (missing.length > 0) return refuse(422, 'no proposal with that id on this board', { proposals: missing.map((id) => `unknown proposal ${id}`) });
      const rounds = await stores.ratings.listRounds(boardId);
      if (rounds.length >= maxPerBoard) return refuse(409, `this board already holds ${maxPerBoard} rating rounds, the most it may have`);
      const proposals = found.map((p) => ({ id: p!.id, name: p!.name }));
      const round: RatingRound = { id: newId(), boardId, proposals, anonymous: input.anonymous, openedAt: now(), revealedAt: null, closedAt: null };
      if (!(await stores.ratings.createRound(round))) return refuse(409, 'a rating round is already open on this board; close it before opening another');
      announce(boardId, 'opened', round.id);
      return ok(viewRound(round, [], null));
    },

    /** Stores one answer by `author`; a proposal outside the round is a 422, a repeat or a round no longer open a 409. */
    async answer(boardId: string, roundId: string, author: Author, input: NewAnswer): Promise<Result<GivenAnswer, RatingRefusal>> {
      const round = await stores.ratings.getRound(boardId, roundId);
      if (!round) return unknown();
      if (!round.proposals.some((p) => p.id === input.proposal)) {
        return refuse(422, 'that proposal is not part of this round', { proposal: [`not in round ${roundId}`] });
      }
      const given: GivenAnswer = { ...input, at: now() };
      const outcome = await stores.ratings.addAnswer({ ...given, boardId, roundId, author });
      if (outcome === 'taken') return refuse(409, 'you have already answered this criterion for this proposal; an answer cannot be changed');
      if (outcome === 'not-open') return refuse(409, 'this round no longer takes answers');
      announce(boardId, 'answered', roundId);
      return ok(given);
    },

    /** Shows the answers: no more are taken from now on. */
    reveal: (boardId: string, roundId: string) =>
      change(boardId, roundId, 'revealed', () => stores.ratings.revealRound(boardId, roundId, now()), 'this round has already been revealed or closed'),

    /** Ends the round; a revealed round's results stay readable. */
    close: (boardId: string, roundId: string) => change(boardId, roundId, 'closed', () => stores.ratings.closeRound(boardId, roundId, now()), 'this round is already closed'),

    /** The distributions per proposal and criterion; a 403 until the facilitator has revealed them. */
    async results(boardId: string, roundId: string): Promise<Result<RoundResults, RatingRefusal>> {
      const round = await stores.ratings.getRound(boardId, roundId);
      if (!round) return unknown();
      if (round.revealedAt === null) return refuse(403, 'the answers stay hidden until the facilitator reveals them');
      return ok(tallyRound(round, await stores.ratings.listAnswers(boardId, roundId)));
    },
  };
}

/** The rating rounds over one store: see ratingRounds. */
export type RatingRounds = ReturnType<typeof ratingRounds>;

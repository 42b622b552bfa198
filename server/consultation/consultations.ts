import { randomBytes } from 'node:crypto';
import type { z } from 'zod/mini';
import {
  closedMessage,
  isOpen,
  MAX_CONSULTATIONS_PER_BOARD,
  parseDeadline,
  refusedByRound,
  type CommentWrite,
  type Consultation,
  type extendConsultationSchema,
  type NewConsultation,
} from '@/lib/consultation';
import { formatOsloDateTime } from '@/lib/oslo-time';
import { err, ok, type Result } from '@/lib/result';
import type { FeedPublisher } from '../feed/board-feed';
import type { Stores } from '../storage/stores';

/** Why a consultation request was turned down, as the HTTP status and message (and fields) to answer with. */
export type ConsultationRefusal = { status: 404 | 409 | 422; message: string; fields?: Record<string, string[]> };

/**
 * What consultations needs: storage, the live feed each change is announced on, the server's clock
 * (epoch ms; tests pass their own, so a deadline can pass without waiting), and an id maker.
 */
export type ConsultationDeps = { stores: Pick<Stores, 'consultations' | 'proposals'>; feed: FeedPublisher; now?: () => number; newId?: () => string; maxPerBoard?: number };

const refuse = (status: ConsultationRefusal['status'], message: string, fields?: Record<string, string[]>): Result<never, ConsultationRefusal> =>
  err([fields ? { status, message, fields } : { status, message }]);

const DEADLINE_PROBLEM = {
  invalid: 'not a date and time that happens in Norwegian time (the hour skipped when clocks go forward does not exist)',
  past: 'the deadline must be in the future',
  far: 'the deadline may be at most a year ahead',
} as const;

/**
 * The consultation rounds of every board. Holds no state of its own: the store checks that at
 * most one round is open in the same step as its write, so a service per request is as good as one
 * per server, and instances sharing one database agree.
 */
export function consultations(deps: ConsultationDeps) {
  const { stores } = deps;
  const now = deps.now ?? Date.now;
  // 72 random bits in 12 url-safe characters, as proposal and round ids are made.
  const newId = deps.newId ?? (() => randomBytes(9).toString('base64url'));
  const maxPerBoard = deps.maxPerBoard ?? MAX_CONSULTATIONS_PER_BOARD;
  const iso = (ms: number) => new Date(ms).toISOString();

  /** Tells every page on the board that its rounds changed; each page reads them again. */
  const announce = (round: Consultation, action: 'opened' | 'extended' | 'closed') =>
    deps.feed.publish(round.boardId, { type: 'changed', change: { part: 'consultations', action, id: round.id } });

  const deadline = (wall: z.infer<typeof extendConsultationSchema>['deadline'], at: number) => {
    const parsed = parseDeadline(wall, at);
    return parsed.ok ? ok(parsed.at) : refuse(422, DEADLINE_PROBLEM[parsed.reason], { deadline: [DEADLINE_PROBLEM[parsed.reason]] });
  };

  /** Why a round that is not the board's newest unclosed one cannot change: unknown (404) or over or superseded (409). */
  async function unchangeable(boardId: string, roundId: string): Promise<Result<never, ConsultationRefusal>> {
    const rounds = await stores.consultations.listRounds(boardId);
    const round = rounds.find((r) => r.id === roundId);
    if (!round) return refuse(404, 'no consultation round with that id on this board');
    if (round.closedAt !== null) return refuse(409, `this consultation round was already closed ${formatOsloDateTime(Date.parse(round.closedAt), 'en')}`);
    return refuse(409, 'a newer consultation round has been opened on this board; only the newest can change');
  }

  return {
    /** The clock the service judges deadlines by, in epoch ms; answers carry it as `serverNow`. */
    clock: (): number => now(),

    /** Every round of the board, oldest first, the current one (the newest), and the clock they were read at. */
    async list(boardId: string) {
      const rounds = await stores.consultations.listRounds(boardId);
      return { rounds, current: rounds.at(-1) ?? null, serverNow: now() };
    },

    /** Opens a round; a deadline not ahead is a 422, an unknown proposal a 422, a round still open a 409. */
    async open(boardId: string, input: NewConsultation): Promise<Result<Consultation, ConsultationRefusal>> {
      const at = now();
      const due = deadline(input.deadline, at);
      if (!due.ok) return due;
      let proposal: Consultation['proposal'] = null;
      if (input.proposal !== undefined) {
        const found = await stores.proposals.getProposal(boardId, input.proposal);
        if (!found) return refuse(422, 'no proposal with that id on this board', { proposal: [`unknown proposal ${input.proposal}`] });
        proposal = { id: found.id, name: found.name };
      }
      if ((await stores.consultations.listRounds(boardId)).length >= maxPerBoard) {
        return refuse(409, `this board already holds ${maxPerBoard} consultation rounds, the most it may have`);
      }
      const round: Consultation = {
        id: newId(),
        boardId,
        title: input.title,
        question: input.question,
        proposal,
        questionsStayOpen: input.questionsStayOpen,
        openedAt: iso(at),
        deadline: due.value,
        closedAt: null,
      };
      if (!(await stores.consultations.openRound(round, iso(at)))) {
        return refuse(409, 'a consultation round is already open on this board; close it or wait for its deadline before opening another');
      }
      announce(round, 'opened');
      return ok(round);
    },

    /**
     * Moves the deadline of the board's newest round to a later time in the future; a round past its
     * deadline opens again. A closed round stays closed (409): closing early is final.
     */
    async extend(boardId: string, roundId: string, wall: z.infer<typeof extendConsultationSchema>['deadline']): Promise<Result<Consultation, ConsultationRefusal>> {
      const at = now();
      const due = deadline(wall, at);
      if (!due.ok) return due;
      const current = await stores.consultations.currentRound(boardId);
      if (current?.id === roundId && Date.parse(due.value) <= Date.parse(current.deadline)) {
        return refuse(422, 'an extension must move the deadline later', { deadline: ['must be later than the current deadline'] });
      }
      const extended = await stores.consultations.extendRound(boardId, roundId, due.value);
      if (!extended) return unchangeable(boardId, roundId);
      announce(extended, 'extended');
      return ok(extended);
    },

    /** Ends the board's newest round now, before its deadline; one already over is a 409. */
    async close(boardId: string, roundId: string): Promise<Result<Consultation, ConsultationRefusal>> {
      const at = now();
      const current = await stores.consultations.currentRound(boardId);
      if (current?.id === roundId && current.closedAt === null && !isOpen(current, at)) {
        return refuse(409, `this consultation round already ended at its deadline, ${formatOsloDateTime(Date.parse(current.deadline), 'en')}`);
      }
      const closed = await stores.consultations.closeRound(boardId, roundId, iso(at));
      if (!closed) return unchangeable(boardId, roundId);
      announce(closed, 'closed');
      return ok(closed);
    },
  };
}

/** The consultation rounds over one store: see consultations. */
export type Consultations = ReturnType<typeof consultations>;

/**
 * The one check comment writes pass (see createThreads): the board's current round decides, by
 * the server's clock, whether `write` is refused; answers the message to refuse with, or null.
 */
export type ConsultationGate = (boardId: string, write: CommentWrite) => Promise<string | null>;

/** The gate over the stored rounds and a clock (epoch ms). */
export function consultationGate(stores: Pick<Stores, 'consultations'>, now: () => number = Date.now): ConsultationGate {
  return async (boardId, write) => {
    const refused = refusedByRound(await stores.consultations.currentRound(boardId), write, now());
    return refused ? closedMessage(refused.endedAt) : null;
  };
}

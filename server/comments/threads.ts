import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import {
  type Comment,
  filterThreads,
  findMentions,
  participantSchema,
  type Author,
  type editCommentSchema,
  type newReplySchema,
  type newThreadSchema,
  type Participant,
  type Thread,
  type ThreadQuery,
} from '@/lib/comments';
import type { CommentWrite } from '@/lib/consultation';
import type { ControlState } from '@/lib/control';
import { err, ok, type Result } from '@/lib/result';
import { canComment, type TokenPayload } from '@/lib/roles';
import { eventFrame, type BoardFeed, type FeedSubscriber } from '../feed/board-feed';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { CommentErasure } from '../storage/comment-store';
import type { Stores } from '../storage/stores';
import { RateLimit } from './rate-limit';
import { keyedSerial } from './serial';

/** Why a comment request was turned down, as the HTTP status and message to answer with. */
export type Refusal = { status: 401 | 403 | 404 | 409 | 429; message: string; retryAfterSeconds?: number };

/**
 * What createThreads needs: storage, the feed to publish to, logging, metrics, the comment limits,
 * and the board's facilitation controls as they are now, which each feed's snapshot carries.
 */
export type ThreadsDeps = {
  stores: Pick<Stores, 'comments'>;
  feed: BoardFeed;
  log: Logger;
  metrics: Metrics;
  limits: { perMinute: number; maxPerBoard: number; perAddressPerMinute: number };
  control: (boardId: string) => Promise<ControlState>;
  /**
   * The board's consultation round, asked before every new thread, reply and edit (see
   * server/consultation/consultations.ts): a message when the round refuses the write, else null.
   * Without it nothing is refused on that ground.
   */
  consultation?: (boardId: string, write: CommentWrite) => Promise<string | null>;
  /** Hears of each new comment (a thread's first or a reply) once it is stored and sent: who must be told is decided there. */
  commentAdded?: (boardId: string, thread: Thread, comment: Comment) => Promise<void>;
};

type Answer = Promise<Result<Thread, Refusal>>;

const refuse = (status: Refusal['status'], message: string, retryAfterSeconds?: number): Result<never, Refusal> =>
  err([retryAfterSeconds === undefined ? { status, message } : { status, message, retryAfterSeconds }]);
// 72 random bits: ids are only unique per board, and they appear in URLs.
const newId = () => randomBytes(9).toString('base64url');
const now = () => new Date().toISOString();

/**
 * The author a token writes as, or why it may not write. Viewers never write; a shared link
 * carries no identity, so its holder must join first and use the participant token.
 */
export function writerOf(token: TokenPayload): Result<Author, Refusal> {
  if (!canComment(token.r)) return refuse(403, 'viewers can read comments but not write them');
  if (!token.p || !token.n) return refuse(401, 'join the board first: comments are written with the participant token that joining gives, not with a shared link');
  return ok({ participantId: token.p, name: token.n, organisation: token.o ?? '', role: token.r, ...(token.a === 1 ? { verified: true } : {}) });
}

/**
 * Comment threads of every board: reads, checked writes, and the live feed. The server is the
 * only writer; each change is stored, then sent whole to every feed open on the board.
 */
export function createThreads(deps: ThreadsDeps) {
  const { stores, feed } = deps;
  // Writes of one board run one at a time: a bound checked is still true when the write lands,
  // and each thread event a feed sends is newer than the one before it.
  const serial = keyedSerial();
  const rate = new RateLimit(deps.limits.perMinute, 60_000);
  // Joining again mints a new participant id and so a fresh per-participant budget; this one,
  // per board and network address, is what rejoining cannot reset.
  const perAddress = new RateLimit(deps.limits.perAddressPerMinute, 60_000);

  /** Board cap, then the participant's and the address's rate limits; answers the refusal or null. */
  async function admit(boardId: string, author: Author, address: string, adds: boolean): Promise<Result<never, Refusal> | null> {
    if (adds && (await stores.comments.countComments(boardId)) >= deps.limits.maxPerBoard) {
      return refuse(409, `this board already holds ${deps.limits.maxPerBoard} comments, the most it may have; no more can be added`);
    }
    const addressKey = `${boardId}\n${address}`;
    // Both limits are checked before either takes a slot, so a refusal costs neither budget.
    const own = rate.wait(author.participantId);
    const shared = perAddress.wait(addressKey);
    if (own > 0 || shared > 0) {
      const seconds = Math.ceil(Math.max(own, shared) / 1000);
      deps.metrics.refusedRequests.inc();
      if (own > 0) return refuse(429, `too many comments: at most ${deps.limits.perMinute} a minute each; try again in ${seconds} s`, seconds);
      return refuse(429, `too many comments from your network address on this board: at most ${deps.limits.perAddressPerMinute} a minute; try again in ${seconds} s`, seconds);
    }
    rate.take(author.participantId);
    perAddress.take(addressKey);
    return null;
  }

  /** Records a writer as a participant (someone who joined before participants were stored has a token but no row). */
  async function record(boardId: string, participant: Participant): Promise<void> {
    if (await stores.comments.addParticipant(boardId, participant, now())) feed.publish(boardId, { type: 'participant', participant });
  }

  async function publish(boardId: string, threadId: string): Answer {
    const thread = await stores.comments.getThread(boardId, threadId);
    if (!thread) throw new Error(`thread ${threadId} vanished while being written`);
    deps.metrics.commentWrites.inc();
    feed.publish(boardId, { type: 'thread', thread });
    return ok(thread);
  }

  /** Publishes the thread, then tells commentAdded of `commentId`; a failure there is logged, never the writer's problem. */
  async function added(boardId: string, threadId: string, commentId: string): Answer {
    const answer = await publish(boardId, threadId);
    const comment = answer.ok ? answer.value.comments.find((c) => c.id === commentId) : undefined;
    if (answer.ok && comment && deps.commentAdded) {
      await deps.commentAdded(boardId, answer.value, comment).catch((error: unknown) => deps.log('notify-failed', { board: boardId, thread: threadId, error: String(error) }, 'error'));
    }
    return answer;
  }

  const mentions = async (boardId: string, body: string) => findMentions(body, await stores.comments.listParticipants(boardId));

  /** The one place a consultation round refuses a write: a 409 with its message, or null. Runs in the board's queue, before any limit takes a slot. */
  async function consulted(boardId: string, write: CommentWrite): Promise<Result<never, Refusal> | null> {
    const message = deps.consultation ? await deps.consultation(boardId, write) : null;
    return message === null ? null : refuse(409, message);
  }

  return {
    /** The board's threads that match the query, oldest first. */
    async list(boardId: string, query: ThreadQuery): Promise<Thread[]> {
      return filterThreads(await stores.comments.listThreads(boardId), query);
    },

    /** Everyone who joined the board. */
    participants: (boardId: string): Promise<Participant[]> => stores.comments.listParticipants(boardId),

    /**
     * Records someone who joins, and tells the open feeds, unless the board already has `max` participants: one who joined
     * before (the same id) always may, and does not count twice. Checked and written in the
     * board's queue, so joins racing each other cannot pass the cap together. One who erased their
     * part keeps their id but a blank record; joining again under a name is choosing to be named
     * again, so the record takes that name (and others can @-mention them), while what they wrote
     * before stays erased: the comments carry their own blank copy of the author.
     */
    admit: (boardId: string, participant: Participant, max: number): Promise<Result<true, Refusal>> =>
      serial(boardId, async () => {
        const joined = await stores.comments.listParticipants(boardId);
        if (!joined.some((p) => p.participantId === participant.participantId) && joined.length >= max) {
          return refuse(409, `this board already has ${max} participants, the most it may have; ask the facilitator to make room or to open another board`);
        }
        await record(boardId, participant);
        return ok(true as const);
      }),

    /** Opens a new thread with its first comment; `address` is the writer's network address, which the per-address limit counts. */
    start: (boardId: string, author: Author, input: z.infer<typeof newThreadSchema>, address: string): Answer =>
      serial(boardId, async () => {
        const refused = (await consulted(boardId, { kind: 'thread', anchor: input.anchor })) ?? (await admit(boardId, author, address, true));
        if (refused) return refused;
        await record(boardId, author);
        const [threadId, commentId, at] = [newId(), newId(), now()];
        await stores.comments.createThread(
          { id: threadId, boardId, anchor: input.anchor, status: 'open', createdAt: at, resolvedAt: null, resolvedBy: null },
          { id: commentId, threadId, author, body: input.body, stance: input.stance ?? null, mentions: await mentions(boardId, input.body), createdAt: at, editedAt: null, removedAt: null, removedBy: null },
        );
        return added(boardId, threadId, commentId);
      }),

    /** Adds a reply at the end of a thread; resolved threads take replies too. */
    reply: (boardId: string, threadId: string, author: Author, input: z.infer<typeof newReplySchema>, address: string): Answer =>
      serial(boardId, async () => {
        const thread = await stores.comments.getThread(boardId, threadId);
        if (!thread) return refuse(404, 'no thread with that id on this board');
        const refused = (await consulted(boardId, { kind: 'reply', thread, stance: input.stance })) ?? (await admit(boardId, author, address, true));
        if (refused) return refused;
        await record(boardId, author);
        const comment = { id: newId(), threadId, author, body: input.body, stance: input.stance ?? null, mentions: await mentions(boardId, input.body), createdAt: now(), editedAt: null, removedAt: null, removedBy: null };
        await stores.comments.addComment(boardId, comment);
        return added(boardId, threadId, comment.id);
      }),

    /** Replaces the body of the writer's own comment. */
    edit: (boardId: string, commentId: string, author: Author, input: z.infer<typeof editCommentSchema>, address: string): Answer =>
      serial(boardId, async () => {
        const comment = await stores.comments.getComment(boardId, commentId);
        if (!comment) return refuse(404, 'no comment with that id on this board');
        if (comment.author.participantId !== author.participantId) return refuse(403, 'you can only edit your own comments');
        if (comment.removedAt) return refuse(409, 'this comment was removed and cannot be edited');
        const thread = await stores.comments.getThread(boardId, comment.threadId);
        const refused = (thread && (await consulted(boardId, { kind: 'edit', thread }))) ?? (await admit(boardId, author, address, false));
        if (refused) return refused;
        await stores.comments.editComment(boardId, commentId, input.body, await mentions(boardId, input.body), now());
        return publish(boardId, comment.threadId);
      }),

    /** Removes a comment softly: the author's own, or anyone's by a facilitator (which is logged). */
    remove: (boardId: string, commentId: string, actor: Author): Answer =>
      serial(boardId, async () => {
        const comment = await stores.comments.getComment(boardId, commentId);
        if (!comment) return refuse(404, 'no comment with that id on this board');
        const own = comment.author.participantId === actor.participantId;
        if (!own && actor.role !== 'facilitator') return refuse(403, "you can only remove your own comments; a facilitator can remove anyone's");
        if (comment.removedAt) return refuse(409, 'this comment was already removed');
        await stores.comments.removeComment(boardId, commentId, actor, now());
        if (!own) {
          deps.log('comment-removed-by-facilitator', { board: boardId, thread: comment.threadId, comment: commentId, author: comment.author.participantId, by: actor.participantId });
        }
        return publish(boardId, comment.threadId);
      }),

    /**
     * Erases a participant's comments and name (see CommentStore.eraseParticipant) in the board's
     * queue, then sends each thread it touched and the blanked participant to the open feeds.
     */
    erase: (boardId: string, participantId: string): Promise<CommentErasure> =>
      serial(boardId, async () => {
        const erasure = await stores.comments.eraseParticipant(boardId, participantId, now());
        for (const id of erasure.threads) {
          const thread = await stores.comments.getThread(boardId, id);
          if (thread) feed.publish(boardId, { type: 'thread', thread });
        }
        const blanked = erasure.participant ? await stores.comments.getParticipant(boardId, participantId) : null;
        // The feed's participant carries no join time, so the schema drops it.
        if (blanked) feed.publish(boardId, { type: 'participant', participant: participantSchema.parse(blanked) });
        return erasure;
      }),

    /** Resolves or reopens a thread; anyone who may comment may do either. */
    setStatus: (boardId: string, threadId: string, actor: Author, status: Thread['status']): Answer =>
      serial(boardId, async () => {
        if (!(await stores.comments.setThreadStatus(boardId, threadId, status, actor, now()))) return refuse(404, 'no thread with that id on this board');
        return publish(boardId, threadId);
      }),

    /**
     * Sends the board's snapshot to a new feed and subscribes it, with no change able to slip
     * in between; answers the unsubscribe function.
     */
    open: (boardId: string, subscriber: FeedSubscriber): Promise<() => void> =>
      serial(boardId, async () => {
        // Comment changes wait for this task, but control changes do not: the feed subscribes
        // first and holds what arrives until the snapshot is out, so none is lost or comes early.
        let held: string[] | null = [];
        const off = feed.subscribe(boardId, {
          write: (frame) => (held ? held.push(frame) : subscriber.write(frame)),
          close: () => subscriber.close(),
          role: subscriber.role,
        });
        try {
          const [threads, participants] = [await stores.comments.listThreads(boardId), await stores.comments.listParticipants(boardId)];
          const control = await deps.control(boardId);
          subscriber.write(eventFrame({ type: 'snapshot', threads, participants, control }));
        } catch (error) {
          off();
          throw error;
        }
        for (const frame of held) subscriber.write(frame);
        held = null;
        return off;
      }),
  };
}

/** The comment threads of a server: see createThreads. */
export type Threads = ReturnType<typeof createThreads>;

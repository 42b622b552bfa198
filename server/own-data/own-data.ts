import { randomBytes } from 'node:crypto';
import { collectOwnData, type Erasure, type OwnData } from '@/lib/own-data';
import { erasureTarget, ownProposals, type ErasureTarget } from '@/lib/own-data-copies';
import type { Threads } from '../comments/threads';
import type { FeedPublisher } from '../feed/board-feed';
import type { Proposals } from '../proposals/proposals';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';
import { boardFamily, cardsBy, eraseCardsBy } from './copies';

/**
 * What ownData needs: the stores it reads and erases, the comment threads and the proposals (whose
 * queues and feed erasing goes through), the rooms (whose documents hold custom cards), and the feed.
 */
export type OwnDataDeps = {
  stores: Pick<Stores, 'comments' | 'ratings' | 'history' | 'proposals' | 'breakouts' | 'notifications' | 'mail'>;
  threads: Pick<Threads, 'erase'>;
  proposals: Pick<Proposals, 'erase'>;
  rooms: Rooms;
  feed: FeedPublisher;
  /** Makes the id that erased answers in revealed rounds take instead of the person's; random unless a test sets it. */
  newStandInId?: () => string;
};

/**
 * A participant's access to, and erasure of, what a board stores about them. Both act on one
 * participant id, which the caller's own token names: nobody reads or erases anyone else's part.
 */
export function ownData(deps: OwnDataDeps) {
  const { stores } = deps;
  // Prefixed so an operator reading the tables sees at once that the answer belongs to no one.
  const newStandInId = deps.newStandInId ?? (() => `erased-${randomBytes(9).toString('base64url')}`);

  /** Whom to look for in copies, as the board's records say now (see erasureTarget). */
  async function targetOf(boardId: string, participantId: string): Promise<ErasureTarget> {
    const [participant, threads] = await Promise.all([stores.comments.getParticipant(boardId, participantId), stores.comments.listThreads(boardId)]);
    return erasureTarget(participantId, participant, threads);
  }

  /** `each` run for every board of the family, one board at a time, with the answers in family order. */
  async function acrossFamily<T>(family: readonly string[], each: (boardId: string) => Promise<T>): Promise<T[]> {
    const answers: T[] = [];
    for (const id of family) answers.push(await each(id));
    return answers;
  }

  /** Erases `target` from the family's proposals; answers each changed proposal as "board/id". */
  async function eraseProposals(family: readonly string[], target: ErasureTarget): Promise<string[]> {
    return (await acrossFamily(family, async (id) => (await deps.proposals.erase(id, target)).map((p) => `${id}/${p}`))).flat();
  }

  return {
    /**
     * Everything stored about `participantId` on the board: participant record, comments, rating
     * answers, history entries naming them, and the copies of their part (proposals, custom cards)
     * on this board and the boards a breakout split ties to it; their email setting, every
     * notification kept for them and how many emails were queued for them.
     */
    async read(boardId: string, participantId: string): Promise<OwnData> {
      const [participant, threads, rounds, family] = await Promise.all([
        stores.comments.getParticipant(boardId, participantId),
        stores.comments.listThreads(boardId),
        stores.ratings.listRounds(boardId),
        boardFamily(stores, boardId),
      ]);
      const target = erasureTarget(participantId, participant, threads);
      const { cardAuthor } = target;
      const [withAnswers, history, proposals, cards, email, notifications, emails] = await Promise.all([
        Promise.all(rounds.map(async (round) => ({ round, answers: await stores.ratings.listAnswers(boardId, round.id) }))),
        acrossFamily(family, async (id) => (await stores.history.historyNaming(id, participantId, cardAuthor)).map((e) => ({ ...e, boardId: id }))),
        acrossFamily(family, (id) => stores.proposals.listProposals(id)),
        cardAuthor === null ? [] : acrossFamily(family, (id) => cardsBy(deps.rooms, id, cardAuthor)),
        // Read even when this server sends no email now: a setting saved while it did is still stored.
        stores.mail.getAddress(boardId, participantId),
        // Every one, not the bell's latest: this answer is the full account of what is kept.
        stores.notifications.listNotifications(boardId, participantId, Number.MAX_SAFE_INTEGER),
        stores.mail.countOutbox({ boardId, participantId }),
      ]);
      return collectOwnData(boardId, participantId, {
        participant,
        threads,
        rounds: withAnswers,
        history: history.flat(),
        proposals: ownProposals(proposals.flat(), target),
        cards: cards.flat(),
        target,
        email,
        notifications,
        emails,
      });
    },

    /**
     * Erases `participantId`'s part of the board and tells the open pages. Each store erases in
     * its own transaction and each step finds nothing the second time, so a failure part-way is
     * mended by erasing again. What stays, and why:
     * - each comment keeps its place as a removed comment with a blank author, so replies to it
     *   still read in order, and keeps its participant id, which only the device that joined can
     *   tie to a person (it is derived from that device's grant);
     * - answers in rounds already revealed keep their values, since everyone has seen those
     *   tallies and a later change would make the record of the meeting untrue; their reason,
     *   name and participant id go, so no answer leads back to the person;
     * - history entries keep what changed on the board, but no longer who did it;
     * - custom cards (live, in history entries and in proposals) keep their figures and places, only
     *   their author text goes; saved proposals keep their allocation and figures (see eraseFromProposal).
     * Custom cards keep nothing of the person but their name as text, which only the participant
     * record still knows, so everything that looks for it runs before the comments' erasure blanks
     * that record. The proposals are swept again after it, with the threads read afresh: a save
     * that copied the threads before their comments were erased has landed by then.
     */
    async erase(boardId: string, participantId: string): Promise<Erasure> {
      const [target, family] = await Promise.all([targetOf(boardId, participantId), boardFamily(stores, boardId)]);
      const { cardAuthor } = target;
      const cards = cardAuthor === null ? [] : await acrossFamily(family, (id) => eraseCardsBy(deps.rooms, id, cardAuthor));
      const history = await acrossFamily(family, (id) => stores.history.eraseActor(id, participantId, cardAuthor));
      const proposals = new Set(await eraseProposals(family, target));
      const comments = await deps.threads.erase(boardId, participantId);
      for (const p of await eraseProposals(family, { ...(await targetOf(boardId, participantId)), cardAuthor })) proposals.add(p);
      const answers = await stores.ratings.eraseParticipant(boardId, participantId, newStandInId());
      // Their email address and everything queued for it go, and so do their notifications; on
      // others' notifications their comments caused, their name and the excerpt are blanked.
      await stores.mail.eraseParticipant(boardId, participantId);
      await stores.notifications.eraseParticipant(boardId, participantId);
      for (const id of answers.rounds) deps.feed.publish(boardId, { type: 'changed', change: { part: 'rounds', action: 'answered', id } });
      const sum = (counts: number[]) => counts.reduce((a, b) => a + b, 0);
      return {
        comments: comments.removed,
        answersRemoved: answers.removed,
        answersUnlinked: answers.unlinked,
        historyEntries: sum(history),
        proposals: proposals.size,
        cards: sum(cards),
        participant: comments.participant,
      };
    },
  };
}

/** A participant's own data on every board: see ownData. */
export type OwnDataService = ReturnType<typeof ownData>;

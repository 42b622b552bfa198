import { randomBytes } from 'node:crypto';
import { collectOwnData, type Erasure, type OwnData } from '@/lib/own-data';
import type { Threads } from '../comments/threads';
import type { FeedPublisher } from '../feed/board-feed';
import type { Stores } from '../storage/stores';

/** What ownData needs: the stores it reads and erases, the comment threads (whose queue and feed erasing comments goes through), and the feed. */
export type OwnDataDeps = {
  stores: Pick<Stores, 'comments' | 'ratings' | 'history'>;
  threads: Pick<Threads, 'erase'>;
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

  return {
    /** Everything stored about `participantId` on the board: participant record, comments, rating answers, history entries naming them. */
    async read(boardId: string, participantId: string): Promise<OwnData> {
      const [participant, threads, rounds, history] = await Promise.all([
        stores.comments.getParticipant(boardId, participantId),
        stores.comments.listThreads(boardId),
        stores.ratings.listRounds(boardId),
        stores.history.historyNaming(boardId, participantId),
      ]);
      const withAnswers = await Promise.all(rounds.map(async (round) => ({ round, answers: await stores.ratings.listAnswers(boardId, round.id) })));
      return collectOwnData(boardId, participantId, { participant, threads, rounds: withAnswers, history });
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
     * - history entries keep what changed on the board, but no longer who did it.
     */
    async erase(boardId: string, participantId: string): Promise<Erasure> {
      const comments = await deps.threads.erase(boardId, participantId);
      const answers = await stores.ratings.eraseParticipant(boardId, participantId, newStandInId());
      for (const id of answers.rounds) deps.feed.publish(boardId, { type: 'changed', change: { part: 'rounds', action: 'answered', id } });
      const historyEntries = await stores.history.eraseActor(boardId, participantId);
      return { comments: comments.removed, answersRemoved: answers.removed, answersUnlinked: answers.unlinked, historyEntries, participant: comments.participant };
    },
  };
}

/** A participant's own data on every board: see ownData. */
export type OwnDataService = ReturnType<typeof ownData>;

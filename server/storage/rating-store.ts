import type { RatingAnswer, RatingRound } from '@/lib/ratings';

/** What storing an answer came to: stored, the triple already answered, or the round not taking answers (or unknown). */
export type AnswerOutcome = 'added' | 'taken' | 'not-open';

/**
 * Rating rounds and their answers. The invariants live here, checked and written in one step,
 * so two requests racing cannot both open a round or both answer the same question: one
 * unclosed round per board, one answer per participant, proposal and criterion, and answers
 * only while the round is open.
 */
export interface RatingStore {
  /** Stores a new round; false (and nothing stored) when the board already has a round not yet closed. */
  createRound(round: RatingRound): Promise<boolean>;
  /** Every round of the board, oldest first. */
  listRounds(boardId: string): Promise<RatingRound[]>;
  /** One round, or null when the board has none with that id. */
  getRound(boardId: string, roundId: string): Promise<RatingRound | null>;
  /** Marks an open round revealed at `at` and answers it; null when unknown, already revealed or closed. */
  revealRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null>;
  /** Marks a round closed at `at` and answers it; null when unknown or already closed. */
  closeRound(boardId: string, roundId: string, at: string): Promise<RatingRound | null>;
  /** Stores an answer if its round is open and its author has not answered that proposal and criterion. */
  addAnswer(answer: RatingAnswer): Promise<AnswerOutcome>;
  /** Every answer of a round, in the order they were stored. */
  listAnswers(boardId: string, roundId: string): Promise<RatingAnswer[]>;
  /**
   * Erases a participant's answers on the board, in one step that no reveal can interleave with:
   * answers in rounds not yet revealed are deleted; answers in revealed rounds keep their value
   * (the tallies people have seen stay true) but lose their reason, their author's name, and their
   * author's id for `standInId`, an id that leads back to no one (one per erasure, so a round's
   * count of respondents stays as it was). Running it again finds nothing of theirs.
   */
  eraseParticipant(boardId: string, participantId: string, standInId: string): Promise<RatingErasure>;
}

/** What RatingStore.eraseParticipant did: answers deleted, answers cut loose, and the rounds either touched. */
export type RatingErasure = { removed: number; unlinked: number; rounds: string[] };

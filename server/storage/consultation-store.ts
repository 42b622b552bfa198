import type { Consultation } from '@/lib/consultation';

/**
 * Consultation rounds. The one invariant lives here, checked and written in one step, so two
 * facilitators (or two instances) racing cannot both open a round: a board has at most one round
 * still taking input, and only its newest round may be extended or closed. Whether a round still
 * takes input depends on the clock, so the caller passes `now` (an ISO instant) in.
 */
export interface ConsultationStore {
  /** Stores a new round; false (and nothing stored) when the board's newest round is neither closed nor past its deadline at `now`. */
  openRound(round: Consultation, now: string): Promise<boolean>;
  /** Every round of the board, oldest first. */
  listRounds(boardId: string): Promise<Consultation[]>;
  /** The board's newest round, which alone governs commenting; null when it never had one. */
  currentRound(boardId: string): Promise<Consultation | null>;
  /** Moves the deadline of the board's newest round if it is `roundId` and not closed; answers it, or null. */
  extendRound(boardId: string, roundId: string, deadline: string): Promise<Consultation | null>;
  /** Closes the board's newest round at `at` if it is `roundId` and not closed; answers it, or null. */
  closeRound(boardId: string, roundId: string, at: string): Promise<Consultation | null>;
}

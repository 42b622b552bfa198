import type { BreakoutRecord } from '@/lib/breakouts';
import type { NewBoardRecord } from './board-store';

/** One group a split creates: its board, the board's first document state, and its breakout row. */
export type NewBreakout = { board: NewBoardRecord; initialState: Uint8Array; breakout: BreakoutRecord };

/**
 * Breakout groups: which boards were split from which, in which round, as which group. A
 * group's board is an ordinary board besides, created with its row in one step.
 */
export interface BreakoutStore {
  /**
   * Creates every group's board and its row in one step, all or none; throws when a board id
   * is taken, a board is a group already, or the parent already has that round and group number.
   */
  createBreakouts(groups: readonly NewBreakout[]): Promise<void>;
  /** The groups split from a board, by round and then group number. */
  listBreakouts(parentId: string): Promise<BreakoutRecord[]>;
  /** The row of a group's board, or null when the board is not a group. */
  getBreakout(childId: string): Promise<BreakoutRecord | null>;
}

import type { ControlRecord } from '@/lib/control';

/**
 * The facilitation half of the storage interface (DocStore extends it): each board's control
 * state (lock, timer, follow) as one record the server alone writes, whole, after each change.
 */
export interface ControlStore {
  /** The board's stored controls, or null when no facilitator has changed them yet. */
  getControl(boardId: string): Promise<ControlRecord | null>;
  /** Replaces the board's controls with `record`. */
  setControl(boardId: string, record: ControlRecord): Promise<void>;
}

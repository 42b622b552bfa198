import type { ControlRecord } from '@/lib/control';

/**
 * Each board's facilitation controls (lock, timer, follow) as one record the server alone
 * writes, whole, after each change.
 */
export interface ControlStore {
  /** The board's stored controls, or null when no facilitator has changed them yet. */
  getControl(boardId: string): Promise<ControlRecord | null>;
  /** Replaces the board's controls with `record`. */
  setControl(boardId: string, record: ControlRecord): Promise<void>;
}

/** What a board's document is stored as: at most one compacted state plus the updates after it. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

/**
 * A board's Yjs document as stored: one state and the updates appended after it. The whole of
 * what a room needs from storage. Every method is safe to call concurrently; append resolves
 * only once the update is on disk (group commit may batch several appends into one transaction).
 * Implementations: SQLite (default), PostgreSQL (several instances on one database) and memory
 * (tests); all pass tests/integration/document-log.contract.ts.
 */
export interface DocumentLog {
  /** The board's state and every update appended after it; appends already called are included. */
  load(boardId: string): Promise<StoredDoc>;
  append(boardId: string, update: Uint8Array): Promise<void>;
  /**
   * Appends at once, for a store whose writes are local (SQLite): on disk when it returns,
   * throws when it could not write, and lands after every append called before it. A room
   * then relays an update within the event that applied it, with no wait for a later turn.
   */
  appendNow?(boardId: string, update: Uint8Array): void;
  /**
   * Replaces the state and every update stored so far with `state`, in one transaction.
   * Updates appended while the caller computed `state` must survive: pass the count of
   * updates the state covers, and only those are dropped.
   */
  compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void>;
  /**
   * Folds the stored state and every update stored so far into one state, for stores that several
   * instances write: `fold` gets what is stored and answers the new state; exactly the updates it was
   * given are dropped, so appends racing the fold survive. Answers false, changing nothing, when another
   * instance is folding the same board at that moment (only one compacts a board at a time).
   */
  fold(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean>;
}

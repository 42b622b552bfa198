import type { CommentStore } from './comment-store';
import type { ProposalStore } from './proposal-store';

/** A board's record: what the HTTP API and the token check need without loading its document. */
export type BoardRecord = {
  id: string;
  title: string;
  template: string;
  /** Bumped to revoke every link and participant token issued for the board. */
  keyVersion: number;
  createdAt: string;
};

/** What a board's document is stored as: at most one compacted state plus the updates after it. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

/**
 * Durable storage for boards, their Yjs documents, comment threads, proposals and history. Every method is
 * safe to call concurrently; appendUpdate resolves only once the update is on disk (group commit
 * may batch several appends into one transaction). Implementations: SqliteDocStore (default),
 * MemoryDocStore (tests); all pass tests/integration/doc-store.contract.ts.
 */
export interface DocStore extends CommentStore, ProposalStore {
  createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  listBoards(): Promise<BoardRecord[]>;
  /** Sets a new key version (revoking older tokens); returns the updated record or null. */
  rotateKey(id: string): Promise<BoardRecord | null>;
  load(boardId: string): Promise<StoredDoc>;
  appendUpdate(boardId: string, update: Uint8Array): Promise<void>;
  /** Number of updates stored after the compacted state. */
  updateCount(boardId: string): Promise<number>;
  /**
   * Replaces the state and every update stored so far with `state`, in one transaction.
   * Updates appended while the caller computed `state` must survive: pass the count of
   * updates the state covers, and only those are dropped.
   */
  compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void>;
  /** A small key-value area for server settings (demo board id, and the like). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** True when the store answers a trivial query; used by the health check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

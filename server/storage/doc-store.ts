import { roleSchema, type Role } from '@/lib/roles';
import type { BreakoutStore } from './breakout-store';
import type { CommentStore } from './comment-store';
import type { ControlStore } from './control-store';
import type { ProposalStore } from './proposal-store';
import type { RatingStore } from './rating-store';

/** A board's record: what the HTTP API and the token check need without loading its document. */
export type BoardRecord = {
  id: string;
  title: string;
  template: string;
  /**
   * The newest key version any role of the board has had: each rotation, of one role or all,
   * takes the next one, so a version never comes back. Tokens are checked against roleKeys.
   */
  keyVersion: number;
  /** Each role's current key version; a token is valid only when its `k` equals its role's. */
  roleKeys: Record<Role, number>;
  createdAt: string;
};

/** What createBoard takes: without role keys, every role starts at keyVersion. */
export type NewBoardRecord = Omit<BoardRecord, 'roleKeys'> & { roleKeys?: Record<Role, number> };

/** A new board's full record: role keys filled in, keyVersion raised to the highest of them. */
export function boardRecordOf(board: NewBoardRecord): BoardRecord {
  const roleKeys = board.roleKeys ?? (Object.fromEntries(roleSchema.options.map((r) => [r, board.keyVersion])) as Record<Role, number>);
  return { ...board, keyVersion: Math.max(board.keyVersion, ...Object.values(roleKeys)), roleKeys: { ...roleKeys } };
}

/** What a board's document is stored as: at most one compacted state plus the updates after it. */
export type StoredDoc = { state: Uint8Array | null; updates: Uint8Array[] };

/**
 * Durable storage for boards, their Yjs documents, comment threads, proposals, history, rating rounds and breakout groups. Every method is
 * safe to call concurrently; appendUpdate resolves only once the update is on disk (group commit
 * may batch several appends into one transaction). Implementations: SqliteDocStore (default),
 * PgDocStore (several instances on one database), MemoryDocStore (tests); all pass
 * tests/integration/doc-store.contract.ts.
 */
export interface DocStore extends CommentStore, ProposalStore, RatingStore, ControlStore, BreakoutStore {
  createBoard(board: NewBoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  listBoards(): Promise<BoardRecord[]>;
  /** Gives every role the next key version (revoking all tokens); returns the updated record or null. */
  rotateKey(id: string): Promise<BoardRecord | null>;
  /** Gives one role the next key version (revoking that role's tokens only); returns the updated record or null. */
  rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null>;
  load(boardId: string): Promise<StoredDoc>;
  appendUpdate(boardId: string, update: Uint8Array): Promise<void>;
  /**
   * Appends at once, for a store whose writes are local (SQLite): on disk when it returns,
   * throws when it could not write, and lands after every append called before it. A room
   * then relays an update within the event that applied it, with no wait for a later turn.
   */
  appendUpdateNow?(boardId: string, update: Uint8Array): void;
  /** Number of updates stored after the compacted state. */
  updateCount(boardId: string): Promise<number>;
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
  foldLog(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean>;
  /** A small key-value area for server settings (demo board id, and the like). */
  getSetting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** True when the store answers a trivial query; used by the health check. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

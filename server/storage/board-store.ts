import { roleSchema, type Role } from '@/lib/roles';

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

/** The boards: their records and role keys. A board's document lives in the DocumentLog. */
export interface BoardStore {
  /** Stores the board and its document's first state in one step; a taken id throws and changes nothing. */
  createBoard(board: NewBoardRecord, initialState: Uint8Array): Promise<void>;
  getBoard(id: string): Promise<BoardRecord | null>;
  /** Every board, oldest first; boards created at the same instant keep their order of creation. */
  listBoards(): Promise<BoardRecord[]>;
  /** Gives every role the next key version (revoking all tokens); returns the updated record or null. */
  rotateKey(id: string): Promise<BoardRecord | null>;
  /** Gives one role the next key version (revoking that role's tokens only); returns the updated record or null. */
  rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null>;
  /** Records that the board changed at `at` (an ISO time); an earlier time than the one stored changes nothing. */
  touchBoard(id: string, at: string): Promise<void>;
  /** The ids of boards last changed (or, never touched, created) before `before` (an ISO time), oldest first. */
  idleBoards(before: string): Promise<string[]>;
}

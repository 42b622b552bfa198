import type { Role } from '@/lib/roles';
import { boardRecordOf, type BoardRecord, type BoardStore, type NewBoardRecord } from './board-store';
import type { DocumentLog } from './document-log';

const copyBoard = (b: BoardRecord): BoardRecord => ({ ...b, roleKeys: { ...b.roleKeys } });

/** The BoardStore in memory; a new board's first state goes to the memory document log beside it. */
export class MemoryBoards implements BoardStore {
  private readonly boards = new Map<string, BoardRecord>();
  /** When each board last changed, once touched; its createdAt stands in before that. */
  private readonly touched = new Map<string, string>();

  constructor(private readonly log: DocumentLog) {}

  /** True when a board has that id. */
  has(id: string): boolean {
    return this.boards.has(id);
  }

  async createBoard(board: NewBoardRecord, initialState: Uint8Array): Promise<void> {
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
    this.boards.set(board.id, boardRecordOf(board));
    // The memory log stores before its promise settles, so board and state land in the same turn.
    await this.log.compact(board.id, initialState, 0);
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    const board = this.boards.get(id);
    return board ? copyBoard(board) : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    // Array.prototype.sort is stable, so equal timestamps keep creation order as in SQLite.
    return [...this.boards.values()].sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0)).map(copyBoard);
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    for (const role of Object.keys(board.roleKeys) as Role[]) board.roleKeys[role] = board.keyVersion;
    return copyBoard(board);
  }

  async rotateRoleKey(id: string, role: Role): Promise<BoardRecord | null> {
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    board.roleKeys[role] = board.keyVersion;
    return copyBoard(board);
  }

  async touchBoard(id: string, at: string): Promise<void> {
    const board = this.boards.get(id);
    if (board && this.touchedAt(board) < at) this.touched.set(id, at);
  }

  async idleBoards(before: string): Promise<string[]> {
    const idle = (await this.listBoards()).filter((b) => this.touchedAt(b) < before);
    return idle.sort((a, b) => (this.touchedAt(a) < this.touchedAt(b) ? -1 : this.touchedAt(a) > this.touchedAt(b) ? 1 : 0)).map((b) => b.id);
  }

  /** Drops the board's record (its document is the log's to forget). */
  forget(id: string): void {
    this.boards.delete(id);
    this.touched.delete(id);
  }

  private touchedAt(board: BoardRecord): string {
    return this.touched.get(board.id) ?? board.createdAt;
  }
}

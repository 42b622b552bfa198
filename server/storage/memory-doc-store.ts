import type { BoardRecord, DocStore, StoredDoc } from './doc-store';

type Doc = { state: Uint8Array | null; updates: Uint8Array[] };

/**
 * A DocStore held in memory, for tests and throwaway runs: same semantics as SqliteDocStore,
 * nothing survives the process. Bytes are copied in and out so callers cannot alias its state.
 */
export class MemoryDocStore implements DocStore {
  private readonly boards = new Map<string, BoardRecord>();
  private readonly docs = new Map<string, Doc>();
  private readonly settings = new Map<string, string>();
  private closed = false;

  async createBoard(board: BoardRecord, initialState: Uint8Array): Promise<void> {
    this.assertOpen();
    if (this.boards.has(board.id)) throw new Error(`board ${board.id} already exists`);
    this.boards.set(board.id, { ...board });
    this.doc(board.id).state = initialState.slice();
  }

  async getBoard(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    return board ? { ...board } : null;
  }

  async listBoards(): Promise<BoardRecord[]> {
    this.assertOpen();
    // Array.prototype.sort is stable, so equal timestamps keep creation order as in SQLite.
    return [...this.boards.values()]
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
      .map((b) => ({ ...b }));
  }

  async rotateKey(id: string): Promise<BoardRecord | null> {
    this.assertOpen();
    const board = this.boards.get(id);
    if (!board) return null;
    board.keyVersion += 1;
    return { ...board };
  }

  async load(boardId: string): Promise<StoredDoc> {
    this.assertOpen();
    const doc = this.docs.get(boardId);
    return { state: doc?.state?.slice() ?? null, updates: (doc?.updates ?? []).map((u) => u.slice()) };
  }

  async appendUpdate(boardId: string, update: Uint8Array): Promise<void> {
    this.assertOpen();
    this.doc(boardId).updates.push(update.slice());
  }

  async updateCount(boardId: string): Promise<number> {
    this.assertOpen();
    return this.docs.get(boardId)?.updates.length ?? 0;
  }

  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    this.assertOpen();
    const doc = this.doc(boardId);
    doc.state = state.slice();
    doc.updates.splice(0, Math.max(0, coveredUpdates));
  }

  async getSetting(key: string): Promise<string | null> {
    this.assertOpen();
    return this.settings.get(key) ?? null;
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.assertOpen();
    this.settings.set(key, value);
  }

  async ping(): Promise<boolean> {
    return !this.closed;
  }

  async close(): Promise<void> {
    this.closed = true;
  }

  private doc(boardId: string): Doc {
    let doc = this.docs.get(boardId);
    if (!doc) this.docs.set(boardId, (doc = { state: null, updates: [] }));
    return doc;
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('MemoryDocStore is closed');
  }
}

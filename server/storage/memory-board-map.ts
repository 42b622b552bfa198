/**
 * Per-board state of a memory store: made on a board's first write, never by a read, so reading
 * an unknown board leaves nothing behind.
 */
export class BoardMap<B> {
  private readonly boards = new Map<string, B>();

  constructor(private readonly empty: () => B) {}

  /** The board's state, if it has been written. */
  get(boardId: string): B | undefined {
    return this.boards.get(boardId);
  }

  /** The board's state for writing, made empty when it has none. */
  write(boardId: string): B {
    let board = this.boards.get(boardId);
    if (!board) this.boards.set(boardId, (board = this.empty()));
    return board;
  }

  /** Drops the board's state (the board was deleted). */
  delete(boardId: string): void {
    this.boards.delete(boardId);
  }

  /** The board's state for reading: a fresh empty one for an unknown board, not kept. */
  read(boardId: string): B {
    return this.boards.get(boardId) ?? this.empty();
  }
}

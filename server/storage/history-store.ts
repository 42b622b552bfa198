import type { HistoryEntry, NewHistoryEntry } from '@/lib/history';

/**
 * The live board's history of moves, numbered per board. The server is the only writer;
 * every entry arrives validated, with its time and actors decided.
 */
export interface HistoryStore {
  /** Appends one entry to the board's history and answers its sequence number (1, 2, ...). */
  appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number>;
  /** History entries with seq > `after` (default 0), oldest first, at most `limit` (default 1000). */
  listHistory(boardId: string, query?: { after?: number; limit?: number }): Promise<HistoryEntry[]>;
  /** The board's newest history entry, or null when its history has not begun. */
  lastHistory(boardId: string): Promise<HistoryEntry | null>;
  /** The entries that name `participantId` among their actors, or hold a custom card whose author text is `cardAuthor`, oldest first. */
  historyNaming(boardId: string, participantId: string, cardAuthor?: string | null): Promise<HistoryEntry[]>;
  /**
   * Blanks `participantId` in every entry naming them (see eraseActor) and `cardAuthor` on the
   * custom cards entries hold (see eraseCardAuthors), in one transaction; answers how many entries changed.
   */
  eraseActor(boardId: string, participantId: string, cardAuthor?: string | null): Promise<number>;
}

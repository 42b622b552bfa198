import { MAX_HISTORY_PAGE, type HistoryEntry, type NewHistoryEntry } from '@/lib/history';
import { eraseActor, historyNames } from '@/lib/own-data';
import { eraseCardAuthors } from '@/lib/own-data-copies';
import type { HistoryStore } from './history-store';
import { BoardMap } from './memory-board-map';

// structuredClone keeps callers from aliasing what is stored, in both directions.
const copy = <T>(value: T): T => structuredClone(value);

/** The HistoryStore in memory: one list per board. */
export class MemoryHistory implements HistoryStore {
  private readonly boards = new BoardMap<HistoryEntry[]>(() => []);

  async appendHistory(boardId: string, entry: NewHistoryEntry): Promise<number> {
    const history = this.boards.write(boardId);
    // Entries are never removed, so the next number is the length plus one.
    const seq = history.length + 1;
    history.push({ ...copy(entry), seq });
    return seq;
  }

  async listHistory(boardId: string, query: { after?: number; limit?: number } = {}): Promise<HistoryEntry[]> {
    const after = query.after ?? 0;
    return this.boards
      .read(boardId)
      .filter((e) => e.seq > after)
      .slice(0, query.limit ?? MAX_HISTORY_PAGE)
      .map(copy);
  }

  async lastHistory(boardId: string): Promise<HistoryEntry | null> {
    const last = this.boards.read(boardId).at(-1);
    return last ? copy(last) : null;
  }

  async historyNaming(boardId: string, participantId: string, cardAuthor: string | null = null): Promise<HistoryEntry[]> {
    return this.boards
      .read(boardId)
      .filter((e) => historyNames(e, participantId, cardAuthor))
      .map(copy);
  }

  async eraseActor(boardId: string, participantId: string, cardAuthor: string | null = null): Promise<number> {
    let changed = 0;
    for (const entry of this.boards.get(boardId) ?? []) {
      const actors = eraseActor(entry.actors, participantId);
      const custom = eraseCardAuthors(entry.custom, { cardAuthor });
      if (!actors && !custom) continue;
      entry.actors = actors ?? entry.actors;
      entry.custom = custom ?? entry.custom;
      changed++;
    }
    return changed;
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.boards.delete(boardId);
  }
}

import type { BreakoutRecord } from '@/lib/breakouts';
import type { BreakoutStore, NewBreakout } from './breakout-store';
import type { MemoryBoards } from './memory-boards';

/** The BreakoutStore in memory; a split's boards go to the memory board store beside it. */
export class MemoryBreakouts implements BreakoutStore {
  private readonly byChild = new Map<string, BreakoutRecord>();

  constructor(private readonly boards: MemoryBoards) {}

  async createBreakouts(groups: readonly NewBreakout[]): Promise<void> {
    // Everything is checked before anything is written, so a refused split leaves no board behind, as in SQLite.
    const ids = new Set(groups.map((g) => g.board.id));
    if (ids.size < groups.length || groups.some((g) => this.boards.has(g.board.id))) throw new Error('a group board id is taken');
    this.check(groups.map((g) => g.breakout));
    for (const g of groups) await this.boards.createBoard(g.board, g.initialState);
    for (const g of groups) this.byChild.set(g.breakout.childId, { ...g.breakout });
  }

  async listBreakouts(parentId: string): Promise<BreakoutRecord[]> {
    return [...this.byChild.values()]
      .filter((r) => r.parentId === parentId)
      .sort((a, b) => a.round - b.round || a.group - b.group)
      .map((r) => ({ ...r }));
  }

  async getBreakout(childId: string): Promise<BreakoutRecord | null> {
    const r = this.byChild.get(childId);
    return r ? { ...r } : null;
  }

  /** Throws when a row could not be stored: its child is a group already, or its parent has that round and group. */
  private check(rows: readonly BreakoutRecord[]): void {
    const children = new Set<string>();
    const slots = new Set<string>();
    const slot = (r: BreakoutRecord) => `${r.parentId}/${r.round}/${r.group}`;
    for (const r of this.byChild.values()) slots.add(slot(r));
    for (const r of rows) {
      if (this.byChild.has(r.childId) || children.has(r.childId)) throw new Error(`board ${r.childId} is a group already`);
      if (slots.has(slot(r))) throw new Error(`group ${slot(r)} exists already`);
      children.add(r.childId);
      slots.add(slot(r));
    }
  }

  /** Drops the board's row as a group and its groups' rows (the board was deleted). */
  forget(boardId: string): void {
    for (const [child, r] of this.byChild) if (child === boardId || r.parentId === boardId) this.byChild.delete(child);
  }
}

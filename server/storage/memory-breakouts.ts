import type { BreakoutRecord } from '@/lib/breakouts';

/**
 * The breakout rows of MemoryDocStore. MemoryDocStore checks every row of a split with
 * `check` before creating any board, so a refused split leaves nothing behind, as in SQLite.
 */
export class MemoryBreakouts {
  private readonly byChild = new Map<string, BreakoutRecord>();

  /** Throws when a row could not be stored: its child is a group already, or its parent has that round and group. */
  check(rows: readonly BreakoutRecord[]): void {
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

  /** Stores rows `check` accepted. */
  insert(rows: readonly BreakoutRecord[]): void {
    for (const r of rows) this.byChild.set(r.childId, { ...r });
  }

  list(parentId: string): BreakoutRecord[] {
    return [...this.byChild.values()]
      .filter((r) => r.parentId === parentId)
      .sort((a, b) => a.round - b.round || a.group - b.group)
      .map((r) => ({ ...r }));
  }

  get(childId: string): BreakoutRecord | null {
    const r = this.byChild.get(childId);
    return r ? { ...r } : null;
  }
}

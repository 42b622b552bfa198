import { controlRecordSchema, type ControlRecord } from '@/lib/control';
import type { ControlStore } from './control-store';

/** The ControlStore in memory: one parsed copy per board, so callers cannot alias it. */
export class MemoryControl implements ControlStore {
  private readonly records = new Map<string, ControlRecord>();

  async getControl(boardId: string): Promise<ControlRecord | null> {
    const record = this.records.get(boardId);
    return record ? structuredClone(record) : null;
  }

  async setControl(boardId: string, record: ControlRecord): Promise<void> {
    // Parsed as SQLite's JSON column is, so both stores refuse the same malformed record.
    this.records.set(boardId, controlRecordSchema.parse(structuredClone(record)));
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.records.delete(boardId);
  }
}

import type { DocumentLog, StoredDoc } from './document-log';

/**
 * The DocumentLog in memory, for tests and throwaway runs: nothing survives the process. It is
 * all a backend needs for documents. Bytes are copied in and out so callers cannot alias its state.
 */
export class MemoryDocumentLog implements DocumentLog {
  private readonly docs = new Map<string, StoredDoc>();

  async load(boardId: string): Promise<StoredDoc> {
    return this.copy(boardId);
  }

  async append(boardId: string, update: Uint8Array): Promise<void> {
    this.appendNow(boardId, update);
  }

  /** Memory is local, so an append is stored before this returns. */
  appendNow(boardId: string, update: Uint8Array): void {
    this.doc(boardId).updates.push(update.slice());
  }

  async compact(boardId: string, state: Uint8Array, coveredUpdates: number): Promise<void> {
    const doc = this.doc(boardId);
    doc.state = state.slice();
    doc.updates.splice(0, Math.max(0, coveredUpdates));
  }

  async fold(boardId: string, fold: (stored: StoredDoc) => Uint8Array): Promise<boolean> {
    const doc = this.doc(boardId);
    const given = doc.updates.length;
    // No await from read to write: only appends made inside `fold` land in between, after the given ones.
    const state = fold(this.copy(boardId));
    doc.state = state.slice();
    doc.updates.splice(0, given);
    return true;
  }

  private doc(boardId: string): StoredDoc {
    let doc = this.docs.get(boardId);
    if (!doc) this.docs.set(boardId, (doc = { state: null, updates: [] }));
    return doc;
  }

  private copy(boardId: string): StoredDoc {
    const doc = this.docs.get(boardId);
    return { state: doc?.state?.slice() ?? null, updates: (doc?.updates ?? []).map((u) => u.slice()) };
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    this.docs.delete(boardId);
  }
}

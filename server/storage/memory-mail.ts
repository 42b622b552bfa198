import type { MailAddress, MailStore, OutboxEntry, OutboxOutcome, OutboxOwner, OutboxRow } from './mail-store';

type Queued = OutboxRow & { claimedUntil: string | null; doneAt: string | null; outcome: OutboxOutcome | null; lastError: string | null };

/** The MailStore in memory, with SQLite's semantics (one process, so a claim is atomic by itself). */
export class MemoryMail implements MailStore {
  private readonly addresses = new Map<string, MailAddress>();
  private readonly queue: Queued[] = [];
  private seq = 0;

  async getAddress(boardId: string, participantId: string): Promise<MailAddress | null> {
    const a = this.addresses.get(`${boardId}\n${participantId}`);
    return a ? { ...a } : null;
  }

  async setAddress(a: MailAddress): Promise<void> {
    this.addresses.set(`${a.boardId}\n${a.participantId}`, { ...a });
  }

  async confirmAddress(boardId: string, participantId: string, address: string, at: string): Promise<boolean> {
    const a = this.addresses.get(`${boardId}\n${participantId}`);
    if (!a || a.address !== address) return false;
    a.confirmedAt = at;
    return true;
  }

  async removeAddress(boardId: string, participantId: string): Promise<boolean> {
    return this.addresses.delete(`${boardId}\n${participantId}`);
  }

  async digestReaders(): Promise<{ boardId: string; participantId: string }[]> {
    return [...this.addresses.values()]
      .filter((a) => a.digest && a.confirmedAt !== null)
      .map(({ boardId, participantId }) => ({ boardId, participantId }))
      .sort((a, b) => (a.boardId + '\n' + a.participantId < b.boardId + '\n' + b.participantId ? -1 : 1));
  }

  async enqueue(e: OutboxEntry): Promise<boolean> {
    if (this.queue.some((q) => q.key === e.key)) return false;
    this.queue.push({ ...e, seq: ++this.seq, attempts: 0, claimedUntil: null, doneAt: null, outcome: null, lastError: null });
    return true;
  }

  async claim(now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    const due = this.queue.filter((q) => q.doneAt === null && q.nextAt <= now && (q.claimedUntil === null || q.claimedUntil <= now)).slice(0, limit);
    return due.map((q) => {
      q.claimedUntil = leaseUntil;
      q.attempts++;
      return { seq: q.seq, boardId: q.boardId, participantId: q.participantId, key: q.key, kind: q.kind, data: q.data, attempts: q.attempts, nextAt: q.nextAt, createdAt: q.createdAt };
    });
  }

  async finish(seq: number, outcome: OutboxOutcome, at: string): Promise<void> {
    const q = this.queue.find((r) => r.seq === seq);
    if (q) Object.assign(q, { doneAt: at, outcome, claimedUntil: null });
  }

  async retryAt(seq: number, nextAt: string, error: string): Promise<void> {
    const q = this.queue.find((r) => r.seq === seq);
    if (q) Object.assign(q, { nextAt, lastError: error.slice(0, 500), claimedUntil: null });
  }

  async countOutbox(of?: OutboxOwner): Promise<Record<OutboxOutcome | 'pending', number>> {
    const counts = { pending: 0, sent: 0, skipped: 0, failed: 0 };
    for (const q of this.queue) if (!of || (q.boardId === of.boardId && q.participantId === of.participantId)) counts[q.outcome ?? 'pending']++;
    return counts;
  }

  async eraseParticipant(boardId: string, participantId: string): Promise<void> {
    this.addresses.delete(`${boardId}\n${participantId}`);
    this.dropQueued((q) => q.boardId === boardId && q.participantId === participantId);
  }

  /** Drops everything held for the board (the board was deleted). */
  forget(boardId: string): void {
    for (const [key, a] of this.addresses) if (a.boardId === boardId) this.addresses.delete(key);
    this.dropQueued((q) => q.boardId === boardId);
  }

  private dropQueued(match: (q: Queued) => boolean): void {
    for (let i = this.queue.length - 1; i >= 0; i--) if (match(this.queue[i]!)) this.queue.splice(i, 1);
  }
}

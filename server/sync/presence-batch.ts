/**
 * Receives one tick's changes: every awareness client id changed during it, and those of them
 * whose change this instance originated (what the other instances need to hear from it).
 */
export type PresenceFlush = (changed: number[], originated: number[]) => void;

/**
 * The awareness client ids changed on one board, gathered for one tick and handed to `flush`
 * together: presence then costs one message per peer per tick, however many people move at once,
 * instead of one per change (which grows with peers × people dragging). The tick starts at the
 * first change after a quiet spell. A tick of 0 flushes every change at once.
 */
export class PresenceBatch {
  private readonly changed = new Set<number>();
  private readonly originated = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly tickMs: number,
    private readonly flush: PresenceFlush,
    /** Told of a flush that threw; the batch goes on with the next tick. */
    private readonly failed: (error: unknown) => void,
  ) {}

  /** Notes changed ids for the next flush; `originated` when the change is this instance's to tell the others. Ignored once closed. */
  add(ids: readonly number[], originated: boolean): void {
    if (this.closed || ids.length === 0) return;
    for (const id of ids) {
      this.changed.add(id);
      if (originated) this.originated.add(id);
    }
    if (this.tickMs === 0) return this.flushNow();
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.flushNow();
    }, this.tickMs);
    // Presence alone must not hold a process open (a server shutting down, a test runner).
    this.timer.unref();
  }

  /** Flushes what is pending now and takes nothing more: a room unloading still tells the others its peers left. */
  close(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.flushNow();
    this.closed = true;
  }

  /** Forgets what is pending and takes nothing more: the board is gone, so no one is told. */
  drop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.changed.clear();
    this.originated.clear();
    this.closed = true;
  }

  private flushNow(): void {
    if (this.changed.size === 0) return;
    const changed = [...this.changed];
    const originated = [...this.originated];
    this.changed.clear();
    this.originated.clear();
    try {
      this.flush(changed, originated);
    } catch (error) {
      // Run from a timer, a throw would end the process; the next tick starts afresh.
      this.failed(error);
    }
  }
}

/**
 * A sliding-window limit per key: at most `max` actions in any `windowMs`. Memory stays
 * bounded by the keys active in the last window, since idle keys are swept once per window.
 */
export class RateLimit {
  private readonly hits = new Map<string, number[]>();
  private lastSweep: number;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.lastSweep = now();
  }

  /** Records one action for `key` and answers 0, or answers the ms until one is allowed (recording nothing). */
  take(key: string): number {
    const now = this.now();
    if (now - this.lastSweep >= this.windowMs) this.sweep(now);
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.max) {
      this.hits.set(key, recent);
      return this.windowMs - (now - recent[0]!);
    }
    recent.push(now);
    this.hits.set(key, recent);
    return 0;
  }

  /** How many keys are tracked; for tests of the sweep. */
  get size(): number {
    return this.hits.size;
  }

  private sweep(now: number): void {
    this.lastSweep = now;
    for (const [key, times] of this.hits) if (times.every((t) => now - t >= this.windowMs)) this.hits.delete(key);
  }
}

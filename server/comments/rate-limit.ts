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
    const waitMs = this.waitAt(key, now);
    if (waitMs === 0) this.hits.get(key)!.push(now);
    return waitMs;
  }

  /**
   * The ms until `key` may act (0 when it may now), recording nothing: for an action under two
   * limits, which must pass both before it takes a slot from either.
   */
  wait(key: string): number {
    return this.waitAt(key, this.now());
  }

  private waitAt(key: string, now: number): number {
    if (now - this.lastSweep >= this.windowMs) this.sweep(now);
    const recent = (this.hits.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.hits.set(key, recent);
    return recent.length >= this.max ? this.windowMs - (now - recent[0]!) : 0;
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

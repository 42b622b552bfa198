import { describe, expect, it } from 'vitest';
import { coalesced } from './coalesced';

/** A read that stays open until released, counting how often it started and how many run at once. */
function gatedRead() {
  const gates: (() => void)[] = [];
  const stats = { started: 0, running: 0, most: 0 };
  const read = () =>
    new Promise<void>((resolve) => {
      stats.started++;
      stats.most = Math.max(stats.most, ++stats.running);
      gates.push(() => {
        stats.running--;
        resolve();
      });
    });
  const release = async () => {
    gates.shift()?.();
    // Lets the follow-up, if any, start.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { read, stats, release };
}

describe('coalesced', () => {
  it('turns a burst during a read into one read after it, never two at once', async () => {
    const { read, stats, release } = gatedRead();
    const request = coalesced(read);
    const first = request();
    const burst = Array.from({ length: 10 }, () => request());
    expect(stats.started).toBe(1);
    await release();
    await first;
    expect(stats.started).toBe(2);
    await release();
    await Promise.all(burst);
    expect(stats).toEqual({ started: 2, running: 0, most: 1 });
  });

  it('answers each call only once a read that began after it has finished', async () => {
    const { read, stats, release } = gatedRead();
    const request = coalesced(read);
    void request();
    let done = false;
    void request().then(() => (done = true));
    await release();
    expect(stats.started).toBe(2);
    expect(done).toBe(false);
    await release();
    expect(done).toBe(true);
  });

  it('reads again for a call that comes after the previous burst is over', async () => {
    const { read, stats, release } = gatedRead();
    const request = coalesced(read);
    const one = request();
    await release();
    await one;
    const two = request();
    await release();
    await two;
    expect(stats.started).toBe(2);
  });
});

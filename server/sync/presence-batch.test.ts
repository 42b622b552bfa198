import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PresenceBatch } from './presence-batch';

describe('PresenceBatch', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  function batch(tickMs: number, flush: (changed: number[], originated: number[]) => void = () => {}) {
    const flushes: [number[], number[]][] = [];
    const failures: unknown[] = [];
    const b = new PresenceBatch(
      tickMs,
      (changed, originated) => {
        flushes.push([changed, originated]);
        flush(changed, originated);
      },
      (error) => failures.push(error),
    );
    return { b, flushes, failures };
  }

  it('hands every id changed within one tick over once, with the originated ones apart', () => {
    const { b, flushes } = batch(50);
    b.add([1, 2], true);
    vi.advanceTimersByTime(20);
    b.add([2, 3], false);
    b.add([4], true);
    expect(flushes).toEqual([]);
    vi.advanceTimersByTime(30);
    expect(flushes).toEqual([[[1, 2, 3, 4], [1, 2, 4]]]);
    // Quiet: no tick runs, nothing is flushed.
    vi.advanceTimersByTime(500);
    expect(flushes.length).toBe(1);
    b.add([5], false);
    vi.advanceTimersByTime(50);
    expect(flushes).toEqual([[[1, 2, 3, 4], [1, 2, 4]], [[5], []]]);
  });

  it('flushes at once with a tick of 0', () => {
    const { b, flushes } = batch(0);
    b.add([1], true);
    b.add([2], false);
    expect(flushes).toEqual([[[1], [1]], [[2], []]]);
  });

  it('flushes what is pending on close, clears the timer and takes nothing after', () => {
    const { b, flushes } = batch(1000);
    b.add([7], true);
    b.close();
    expect(flushes).toEqual([[[7], [7]]]);
    expect(vi.getTimerCount()).toBe(0);
    b.add([8], true);
    vi.advanceTimersByTime(2000);
    expect(flushes.length).toBe(1);
  });

  it('reports a flush that throws and goes on with the next tick', () => {
    let calls = 0;
    const { b, flushes, failures } = batch(50, () => {
      if (calls++ === 0) throw new Error('socket gone');
    });
    b.add([1], true);
    vi.advanceTimersByTime(50);
    expect(failures).toHaveLength(1);
    b.add([2], true);
    vi.advanceTimersByTime(50);
    expect(flushes.map(([changed]) => changed)).toEqual([[1], [2]]);
  });

  it('does not hold the process open while a tick is pending', () => {
    vi.useRealTimers();
    const set = vi.spyOn(globalThis, 'setTimeout');
    const { b } = batch(60_000);
    b.add([1], true);
    // A referenced timer would keep a server shutting down, or a test worker, alive for the minute.
    const timer = set.mock.results[0]!.value as NodeJS.Timeout;
    expect(timer.hasRef()).toBe(false);
    set.mockRestore();
    b.close();
  });
});

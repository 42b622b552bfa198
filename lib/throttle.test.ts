import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('passes the first call at once, then at most one per interval, ending with the last arguments', () => {
    const seen: number[] = [];
    const t = throttle((n: number) => seen.push(n), 100);
    for (let i = 1; i <= 10; i++) {
      t(i);
      vi.advanceTimersByTime(15);
    }
    // 150 ms of calls every 15 ms: the first at once, one at 100 ms, and the final one after.
    vi.advanceTimersByTime(200);
    expect(seen).toEqual([1, 7, 10]);
  });

  it('drops a pending call on cancel and delivers it on flush', () => {
    const seen: string[] = [];
    const t = throttle((s: string) => seen.push(s), 100);
    t('a');
    t('b');
    t.cancel();
    vi.advanceTimersByTime(500);
    t('c');
    t('d');
    t.flush();
    expect(seen).toEqual(['a', 'c', 'd']);
  });
});

import { describe, expect, it } from 'vitest';
import { RateLimit } from './rate-limit';

describe('RateLimit', () => {
  it('allows max actions per window per key, then answers the wait', () => {
    let now = 1000;
    const limit = new RateLimit(3, 60_000, () => now);
    expect([limit.take('a'), limit.take('a'), limit.take('b')]).toEqual([0, 0, 0]);
    now += 10_000;
    expect(limit.take('a')).toBe(0);
    expect(limit.take('a')).toBe(50_000);
    expect(limit.take('b')).toBe(0);
    now += 50_000;
    // The first two fell out of the window together; a refused try took no slot.
    expect([limit.take('a'), limit.take('a'), limit.take('a')]).toEqual([0, 0, 10_000]);
  });

  it('forgets keys that have been idle for a whole window', () => {
    let now = 0;
    const limit = new RateLimit(1, 1000, () => now);
    for (let i = 0; i < 100; i++) limit.take(`k${i}`);
    expect(limit.size).toBe(100);
    now = 1000;
    limit.take('fresh');
    expect(limit.size).toBe(1);
  });
});

describe('RateLimit.wait', () => {
  it('answers the wait without taking a slot', () => {
    let now = 0;
    const limit = new RateLimit(1, 1000, () => now);
    expect([limit.wait('a'), limit.wait('a')]).toEqual([0, 0]);
    expect(limit.take('a')).toBe(0);
    now = 400;
    expect(limit.wait('a')).toBe(600);
    now = 1000;
    expect(limit.wait('a')).toBe(0);
  });
});

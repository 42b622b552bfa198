import { describe, expect, it } from 'vitest';
import { latestDigest, osloInstant } from './digest-time';

describe('digest time in Oslo', () => {
  it('puts 07:00 Oslo at 06:00 UTC in winter and 05:00 UTC in summer', () => {
    expect(osloInstant(2025, 1, 15, 7).toISOString()).toBe('2025-01-15T06:00:00.000Z');
    expect(osloInstant(2025, 7, 15, 7).toISOString()).toBe('2025-07-15T05:00:00.000Z');
  });

  it("covers the day before's digest hour up to today's once the hour has passed, and yesterday's before it", () => {
    expect(latestDigest(new Date('2025-01-15T06:30:00Z'), 7)).toEqual({ day: '2025-01-15', from: new Date('2025-01-14T06:00:00Z'), to: new Date('2025-01-15T06:00:00Z') });
    expect(latestDigest(new Date('2025-01-15T05:59:00Z'), 7).day).toBe('2025-01-14');
  });

  it('spans 23 hours across the spring change of time', () => {
    const digest = latestDigest(new Date('2025-03-30T12:00:00Z'), 7);
    expect(digest.day).toBe('2025-03-30');
    expect(digest.to.getTime() - digest.from.getTime()).toBe(23 * 3_600_000);
  });
});

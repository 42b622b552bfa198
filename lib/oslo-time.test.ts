import { describe, expect, it } from 'vitest';
import { formatOsloDateTime, instantToOslo, osloOffset, osloToInstant } from './oslo-time';

const utc = (iso: string) => Date.parse(iso);

describe('Norwegian wall-clock time to instants', () => {
  it('reads winter time as UTC+1 and summer time as UTC+2', () => {
    expect(osloToInstant({ date: '2026-12-11', time: '12:00' })).toBe(utc('2026-12-11T11:00:00Z'));
    expect(osloToInstant({ date: '2026-06-15', time: '12:00' })).toBe(utc('2026-06-15T10:00:00Z'));
    expect(osloToInstant({ date: '2026-06-15', time: '12:00:30' })).toBe(utc('2026-06-15T10:00:30Z'));
    expect(osloOffset(utc('2026-01-01T00:00:00Z'))).toBe(3_600_000);
    expect(osloOffset(utc('2026-07-01T00:00:00Z'))).toBe(7_200_000);
  });

  it('takes the last minutes before and the first after the spring change at their true instants, and refuses the skipped hour', () => {
    // 29 March 2026: at 02:00 the clocks jump to 03:00.
    expect(osloToInstant({ date: '2026-03-29', time: '01:59' })).toBe(utc('2026-03-29T00:59:00Z'));
    expect(osloToInstant({ date: '2026-03-29', time: '03:00' })).toBe(utc('2026-03-29T01:00:00Z'));
    expect(osloToInstant({ date: '2026-03-29', time: '02:30' })).toBeNull();
    expect(osloToInstant({ date: '2026-03-29', time: '02:00' })).toBeNull();
  });

  it('takes the hour that happens twice in autumn at its first occurrence, in summer time', () => {
    // 25 October 2026: at 03:00 summer time the clocks go back to 02:00, so 02:30 happens twice.
    expect(osloToInstant({ date: '2026-10-25', time: '02:30' })).toBe(utc('2026-10-25T00:30:00Z'));
    expect(osloToInstant({ date: '2026-10-25', time: '03:00' })).toBe(utc('2026-10-25T02:00:00Z'));
    expect(osloToInstant({ date: '2026-10-25', time: '01:59' })).toBe(utc('2026-10-24T23:59:00Z'));
  });

  it('refuses what is no date or time at all rather than rolling it over', () => {
    for (const wall of [
      { date: '2026-02-30', time: '12:00' },
      { date: '2026-13-01', time: '12:00' },
      { date: '2026-12-11', time: '24:00' },
      { date: '2026-12-11', time: '12:60' },
      { date: '11.12.2026', time: '12:00' },
      { date: '2026-12-11', time: '12' },
    ]) {
      expect(osloToInstant(wall), JSON.stringify(wall)).toBeNull();
    }
  });

  it('turns an instant back into the form fields, on both sides of each change', () => {
    expect(instantToOslo(utc('2026-12-11T11:00:00Z'))).toEqual({ date: '2026-12-11', time: '12:00' });
    expect(instantToOslo(utc('2026-03-29T01:00:00Z'))).toEqual({ date: '2026-03-29', time: '03:00' });
    expect(instantToOslo(utc('2026-10-25T00:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(instantToOslo(utc('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', time: '02:30' });
    expect(instantToOslo(utc('2026-12-31T23:30:00Z'))).toEqual({ date: '2027-01-01', time: '00:30' });
  });
});

describe('formatting a deadline as people in Norway say it', () => {
  const now = utc('2026-11-01T09:00:00Z');

  it('says weekday, date, month and time in Oslo, in Bokmål and English', () => {
    expect(formatOsloDateTime(utc('2026-12-11T11:00:00Z'), 'nb', now)).toBe('fredag 11. desember kl. 12.00');
    expect(formatOsloDateTime(utc('2026-12-11T11:00:00Z'), 'en', now)).toBe('Friday 11 December at 12:00');
  });

  it('shows summer deadlines in summer time and the day after midnight UTC+1 as that day', () => {
    expect(formatOsloDateTime(utc('2026-06-15T10:05:00Z'), 'nb', utc('2026-06-01T00:00:00Z'))).toBe('mandag 15. juni kl. 12.05');
    expect(formatOsloDateTime(utc('2026-03-29T01:00:00Z'), 'nb', now)).toBe('søndag 29. mars kl. 03.00');
    expect(formatOsloDateTime(utc('2026-12-10T23:15:00Z'), 'nb', now)).toBe('fredag 11. desember kl. 00.15');
  });

  it('adds the year only when it is not the current one', () => {
    expect(formatOsloDateTime(utc('2027-01-08T11:00:00Z'), 'nb', now)).toBe('fredag 8. januar 2027 kl. 12.00');
    expect(formatOsloDateTime(utc('2027-01-08T11:00:00Z'), 'en', now)).toBe('Friday 8 January 2027 at 12:00');
  });
});

/**
 * When the daily digest goes out: at a whole hour in Norwegian time (Europe/Oslo), whatever zone
 * the server runs in, across the changes to and from summer time. Pure; the clock is passed in.
 */

const ZONE = 'Europe/Oslo';
const parts = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The wall-clock date and time in Oslo at `at`. */
export function osloClock(at: Date): { y: number; m: number; d: number; h: number; min: number; s: number } {
  const get = Object.fromEntries(parts.formatToParts(at).map((p) => [p.type, Number(p.value)]));
  return { y: get.year!, m: get.month!, d: get.day!, h: get.hour!, min: get.minute!, s: get.second! };
}

/**
 * The instant Oslo's clocks show `hour`:00 on the given date. An hour skipped in spring falls to
 * the instant after the gap; an hour that happens twice in autumn is its first.
 */
export function osloInstant(y: number, m: number, d: number, hour: number): Date {
  const wall = Date.UTC(y, m - 1, d, hour);
  let guess = wall;
  // Two rounds settle the offset: the first may land on the other side of a change of time.
  for (let i = 0; i < 2; i++) {
    const c = osloClock(new Date(guess));
    guess -= Date.UTC(c.y, c.m - 1, c.d, c.h, c.min, c.s) - wall;
  }
  return new Date(guess);
}

/** A calendar day as YYYY-MM-DD. */
const dayKey = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/**
 * The latest digest at or before `now`: the Oslo day it belongs to (its key, once per recipient),
 * and the events it covers, from the digest hour the day before up to the digest hour that day.
 */
export function latestDigest(now: Date, hour: number): { day: string; from: Date; to: Date } {
  const c = osloClock(now);
  // Noon UTC of the Oslo date, stepped by whole days: never near a change of date in Oslo.
  let noon = Date.UTC(c.y, c.m - 1, c.d, 12);
  if (osloInstant(c.y, c.m, c.d, hour).getTime() > now.getTime()) noon -= 86_400_000;
  const day = new Date(noon);
  const before = new Date(noon - 86_400_000);
  const [y, m, d] = [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
  return {
    day: dayKey(y, m, d),
    from: osloInstant(before.getUTCFullYear(), before.getUTCMonth() + 1, before.getUTCDate(), hour),
    to: osloInstant(y, m, d, hour),
  };
}

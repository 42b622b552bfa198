import type { Lang } from './i18n';

/**
 * Norwegian wall-clock time (Europe/Oslo) to and from instants, with the platform's Intl and no
 * time-zone library: people type a deadline as a date and a time in Norway, the server stores the
 * instant, and every screen shows that instant in Norway again, whatever zone the device is in.
 */

export const OSLO = 'Europe/Oslo';

/** A wall-clock time as typed: `YYYY-MM-DD` and `HH:MM` (or `HH:MM:SS`). */
export type WallTime = { date: string; time: string };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

// One formatter, made on first use: constructing Intl formatters is slow, reading with one is not.
let parts: Intl.DateTimeFormat | undefined;
const osloParts = () =>
  (parts ??= new Intl.DateTimeFormat('en-GB', { timeZone: OSLO, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }));

/** The Oslo wall clock at an instant, as the fields of a UTC date (so it can be compared and subtracted). */
function osloFields(ms: number): number {
  const got: Record<string, number> = {};
  for (const p of osloParts().formatToParts(new Date(ms))) if (p.type !== 'literal') got[p.type] = Number(p.value);
  return Date.UTC(got.year!, got.month! - 1, got.day!, got.hour!, got.minute!, got.second!);
}

/** Oslo's offset from UTC at an instant, in ms: one hour in winter, two in summer. */
export const osloOffset = (ms: number): number => osloFields(Math.floor(ms / 1000) * 1000) - Math.floor(ms / 1000) * 1000;

/**
 * The instant (epoch ms) at which Oslo's clocks show `wall`; null when the text is no valid date
 * and time, or when that time never happens in Oslo (the hour skipped when clocks go forward in
 * March). A time that happens twice (the hour repeated when clocks go back in October) is taken
 * at its first occurrence, in summer time, so a deadline never lands later than someone meant.
 */
export function osloToInstant(wall: WallTime): number | null {
  const d = DATE.exec(wall.date);
  const t = TIME.exec(wall.time);
  if (!d || !t) return null;
  const [y, mo, da, h, mi, s] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
  const asUtc = Date.UTC(y, mo - 1, da, h, mi, s);
  const check = new Date(asUtc);
  // Date.UTC rolls 31 April over to 1 May; a date that does not exist is refused, not moved.
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== da || h > 23 || mi > 59 || s > 59) return null;
  // Oslo's offset within a day of this time is one of at most two values (a change of clocks
  // happens at most once a day); each gives a candidate, kept only if Oslo shows `wall` then.
  const offsets = [...new Set([osloOffset(asUtc - 86_400_000), osloOffset(asUtc + 86_400_000)])];
  const found = offsets.map((o) => asUtc - o).filter((ms) => osloFields(ms) === asUtc);
  return found.length === 0 ? null : Math.min(...found);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Oslo wall clock at an instant, as a form's date and time fields show it (`HH:MM`, seconds dropped). */
export function instantToOslo(ms: number): WallTime {
  const f = new Date(osloFields(ms));
  return { date: `${f.getUTCFullYear()}-${pad(f.getUTCMonth() + 1)}-${pad(f.getUTCDate())}`, time: `${pad(f.getUTCHours())}:${pad(f.getUTCMinutes())}` };
}

const named = new Map<Lang, Intl.DateTimeFormat>();
const nameParts = (lang: Lang) => {
  let f = named.get(lang);
  if (!f) named.set(lang, (f = new Intl.DateTimeFormat(lang === 'nb' ? 'nb-NO' : 'en-GB', { timeZone: OSLO, weekday: 'long', month: 'long' })));
  return f;
};

/**
 * An instant as people in Norway say it, in Oslo time: "fredag 11. desember kl. 12.00" or
 * "Friday 11 December at 12:00", with the year added when it is not the year of `now`. Built from
 * parts rather than one Intl pattern, whose punctuation differs between ICU versions.
 */
export function formatOsloDateTime(ms: number, lang: Lang, now: number = ms): string {
  const f = new Date(osloFields(ms));
  const names: Record<string, string> = {};
  for (const p of nameParts(lang).formatToParts(new Date(ms))) names[p.type] = p.value;
  const year = new Date(osloFields(now)).getUTCFullYear() === f.getUTCFullYear() ? '' : ` ${f.getUTCFullYear()}`;
  const [h, m] = [pad(f.getUTCHours()), pad(f.getUTCMinutes())];
  return lang === 'nb'
    ? `${names.weekday} ${f.getUTCDate()}. ${names.month}${year} kl. ${h}.${m}`
    : `${names.weekday} ${f.getUTCDate()} ${names.month}${year} at ${h}:${m}`;
}

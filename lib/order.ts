/**
 * Fractional order keys: strings compared with plain `<`, so a card can be put between two
 * others by writing one key, never by renumbering a column. Keys are read as base-36
 * fractions over 0-9a-z, which keeps the template keys (`a000`, `a0`) valid as they are.
 */

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** The bound readBoardDoc and placementSchema put on an order key. */
export const MAX_ORDER_LENGTH = 64;
/** The key of the first entry in an empty list. */
export const FIRST_ORDER = 'a1';
// Appends and prepends step at the fourth digit, the width of the template keys, so about
// 36^4 of them fit before a key needs another character.
const MIN_STEP_WIDTH = 4;
const PLAIN = /^[0-9a-z]*$/;
// Printable ASCII without space: what a key made here consists of, whatever it sits next to.
const CLEAN = /^[!-~]*$/;

const digit = (c: string) => DIGITS.indexOf(c);
const stripZeros = (s: string) => s.replace(/0+$/, '');

/** True when at least one key sorts strictly between the two (null is an open end). */
export function canOrderBetween(before: string | null, after: string | null): boolean {
  if (before === null) return after === null || (after !== '' && after !== '\0');
  return after === null || (before < after && after !== `${before}\0`);
}

/** True for keys this module would write: short enough for the schema and plain printable ASCII. */
export const isUsableOrder = (key: string) => key.length <= MAX_ORDER_LENGTH && CLEAN.test(key);

/** The first `MIN_STEP_WIDTH` digits of a plain key as numbers, padded with zeros. */
const stepDigits = (key: string) => [...key.slice(0, MIN_STEP_WIDTH).padEnd(MIN_STEP_WIDTH, '0')].map(digit);
const spell = (digits: number[]) => stripZeros(digits.map((d) => DIGITS[d]).join(''));

/**
 * A short key strictly after `key`: one step at the fourth digit, so a long key (from many
 * inserts at one spot) is followed by a short one again.
 */
export function orderAfter(key: string): string {
  if (!PLAIN.test(key)) return between(key, null);
  const digits = stepDigits(key);
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i]! < DIGITS.length - 1) {
      digits[i]! += 1;
      return spell(digits.slice(0, i + 1));
    }
  }
  return between(key, null);
}

/** A short key strictly before `key`, one step at the fourth digit; throws for '' and '\0'. */
export function orderBefore(key: string): string {
  if (!canOrderBetween(null, key)) throw new RangeError(`no order key sorts before ${JSON.stringify(key)}`);
  if (!PLAIN.test(key)) return between('', key);
  const digits = stepDigits(key);
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i]! > 0) {
      digits[i]! -= 1;
      digits.fill(DIGITS.length - 1, i + 1);
      return spell(digits);
    }
  }
  return between('', key);
}

/**
 * A short key strictly between two keys; null is an open end. Throws a RangeError when no
 * key exists there (see canOrderBetween). Inserting again and again at one spot adds about
 * one character per five inserts and nothing here stops at MAX_ORDER_LENGTH; readers skip a
 * longer key, so board edits go through planInsert, which re-spaces neighbours instead.
 */
export function orderBetween(before: string | null, after: string | null): string {
  if (!canOrderBetween(before, after)) throw new RangeError(`no order key sorts between ${JSON.stringify(before)} and ${JSON.stringify(after)}`);
  if (before === null) return after === null ? FIRST_ORDER : orderBefore(after);
  if (after === null) return orderAfter(before);
  return between(before, after);
}

// Never '0' as a chosen digit: a key ending in the lowest digit leaves no plain key just below it.
function middleDigit(lo: number, hi: number): string | null {
  const candidates = DIGITS.slice(1)
    .split('')
    .filter((c) => c.charCodeAt(0) > lo && c.charCodeAt(0) < hi);
  return candidates.length > 0 ? candidates[Math.floor(candidates.length / 2)]! : null;
}

const ZERO = '0'.charCodeAt(0);

/** The midpoint walk; requires a < b (b null: open end) and b !== a + '\0'. */
function between(a: string, b: string | null): string {
  if (b !== null) {
    let n = 0;
    while (n < a.length && a[n] === b[n]) n++;
    if (n > 0) return b.slice(0, n) + between(a.slice(n), b.slice(n));
  }
  const hi = b === null ? Infinity : b.charCodeAt(0);
  const mid = middleDigit(a.length > 0 ? a.charCodeAt(0) : -1, hi);
  if (mid !== null) return mid;
  if (a.length > 0) {
    // b's first character alone is a proper prefix of b and still above a.
    if (b !== null && b.length > 1 && b[0] !== '0') return b[0]!;
    return a[0]! + between(a.slice(1), null);
  }
  // Here a is used up and b (never null: an open end always has a middle digit) starts with
  // '1' or lower, so the key goes one digit deeper rather than below the digits.
  const rest = b!.slice(1);
  if (hi > ZERO) return `0${between('', null)}`;
  if (b![0] === '0' && rest !== '' && rest !== '\0') return `0${between('', rest)}`;
  if (rest !== '') return b![0]!;
  // Only a key that is '0' or foreign characters gets here, which no key made here is.
  return String.fromCharCode(hi > 0x21 ? Math.floor((0x21 + hi) / 2) : Math.floor(hi / 2));
}

/** n increasing keys strictly between two keys (null: open end), kept short. */
export function orderKeysBetween(before: string | null, after: string | null, n: number): string[] {
  if (n <= 0) return [];
  if (before !== null && after !== null) {
    const mid = orderBetween(before, after);
    const left = orderKeysBetween(before, mid, Math.floor((n - 1) / 2));
    return [...left, mid, ...orderKeysBetween(mid, after, n - 1 - left.length)];
  }
  // Toward an open end, step by one unit from the closed end: no key grows longer.
  const keys: string[] = [];
  if (after === null) {
    for (let k = before; keys.length < n; keys.push(k)) k = k === null ? FIRST_ORDER : orderAfter(k);
    return keys;
  }
  for (let k = after; keys.length < n; ) {
    // Stepping down from the bottom of the digits ('0', '00') leaves the plain keys and soon
    // runs out; the range above '' holds every key there is, so it is split instead.
    const next = PLAIN.test(k) && !/^0*$/.test(k) ? orderBefore(k) : '';
    if (next === '' || !PLAIN.test(next)) return orderKeysBetween('', after, n);
    keys.push((k = next));
  }
  return keys.reverse();
}

/** An entry in an ordered list: ties on the key fall back to the id, as readers sort. */
export type Ordered = { id: string; order: string };

/** The order readers show: by key, then by id. */
export const compareOrdered = (a: Ordered, b: Ordered) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The key for a new entry at `index` of a sorted list, and any neighbours that must get new
 * keys because theirs are tied, too long or foreign to leave room. The run re-spaced grows
 * outward until a usable key fits, at worst the whole list.
 */
export function planInsert(sorted: readonly Ordered[], index: number): { order: string; respaced: Ordered[] } {
  const at = Math.max(0, Math.min(Math.floor(index), sorted.length));
  for (let l = at, r = at; ; l = Math.max(0, l - 1), r = Math.min(sorted.length, r + 1)) {
    const before = l > 0 ? sorted[l - 1]!.order : null;
    const after = r < sorted.length ? sorted[r]!.order : null;
    const ends = [before, after].every((k) => k === null || isUsableOrder(k));
    if (ends && canOrderBetween(before, after)) {
      const keys = orderKeysBetween(before, after, r - l + 1);
      if (keys.every(isUsableOrder) || (l === 0 && r === sorted.length)) {
        const respaced = sorted.slice(l, r).map((e, i) => ({ id: e.id, order: keys[i < at - l ? i : i + 1]! }));
        return { order: keys[at - l]!, respaced };
      }
    }
    if (l === 0 && r === sorted.length) throw new Error('invariant: an open range always takes fresh keys');
  }
}

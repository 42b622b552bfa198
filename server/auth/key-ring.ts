import { createHmac, timingSafeEqual } from 'node:crypto';

/** One HMAC key: raw bytes, or a string (tests, a configured BOARD_SECRET). */
export type HmacKey = Uint8Array | string;

/**
 * Several HMAC keys, newest first: the newest signs, every one verifies, so a new key can take
 * over while links signed with an older one keep working until that key is dropped.
 * `idKey` only names things that must not change when keys do (participant ids); it never
 * signs or verifies anything.
 */
export type KeyRing = { readonly kind: 'key-ring'; readonly keys: readonly [HmacKey, ...HmacKey[]]; readonly idKey: HmacKey };

/** What every signing and verifying function takes: one key, or a ring of them. */
export type Secret = HmacKey | KeyRing;

/** A ring of `keys` (newest first); ids are named with `idKey`, by default the oldest key. */
export function keyRing(keys: readonly HmacKey[], idKey?: HmacKey): KeyRing {
  const [newest, ...older] = keys;
  if (newest === undefined) throw new Error('a key ring needs at least one key');
  return { kind: 'key-ring', keys: [newest, ...older], idKey: idKey ?? keys[keys.length - 1]! };
}

const isRing = (secret: Secret): secret is KeyRing => typeof secret === 'object' && 'kind' in secret && secret.kind === 'key-ring';

/** The key new values are signed (or sealed) with: the ring's newest. */
export const signingKeyOf = (secret: Secret): HmacKey => (isRing(secret) ? secret.keys[0] : secret);

/** Every key a value may have been signed (or sealed) with, newest first. */
export const keysOf = (secret: Secret): readonly HmacKey[] => (isRing(secret) ? secret.keys : [secret]);

/** The key stable names (participant ids) are derived with; the same for every ring of one installation. */
export const idKeyOf = (secret: Secret): HmacKey => (isRing(secret) ? secret.idKey : secret);

const hmac = (key: HmacKey, message: string): string => createHmac('sha256', key).update(message).digest('base64url');

/**
 * HMAC-SHA256 of `message` (base64url) with the newest key. The one place anything is signed
 * with the server's secret: tokens, grants and any other signed value go through here and
 * macMatches, so a ring rotation reaches all of them.
 */
export const macOf = (secret: Secret, message: string): string => hmac(signingKeyOf(secret), message);

/**
 * Whether `signature` is the HMAC of `message` under any key of the ring, in constant time per
 * key. Comparing the canonical encodings (not decoded bytes) also refuses other spellings of the same MAC.
 */
export function macMatches(secret: Secret, message: string, signature: string): boolean {
  const given = Buffer.from(signature, 'ascii');
  let matched = false;
  // Every key is tried even after a match, so timing does not tell which key signed.
  for (const key of keysOf(secret)) {
    const expected = Buffer.from(hmac(key, message), 'ascii');
    if (given.length === expected.length && timingSafeEqual(given, expected)) matched = true;
  }
  return matched;
}

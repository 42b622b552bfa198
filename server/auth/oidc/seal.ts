import { hkdfSync } from 'node:crypto';
import { EncryptJWT, jwtDecrypt } from 'jose';
import { keysOf, signingKeyOf, type HmacKey, type Secret } from '../key-ring';

/**
 * Sealed cookie values: encrypted and authenticated (JWE, dir + A256GCM) with a key derived from
 * the server secret, so a browser can neither read the PKCE verifier and nonce it carries during a
 * sign-in nor forge or stretch a session. This is the one place sign-in uses the server secret,
 * through the key ring's entry points (newest key seals, every key opens).
 */

const nowSeconds = (): number => Math.floor(Date.now() / 1000);

// A key of its own per purpose: a sealed login state can then never be read as a session, and
// neither shares a key with link tokens, which are MACed with the secret itself.
function keyFor(secret: HmacKey, purpose: string): Uint8Array {
  const ikm = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : secret;
  return new Uint8Array(hkdfSync('sha256', ikm, new Uint8Array(0), `ansvarstavla sign-in ${purpose}`, 32));
}

/** Seals `claims` for `purpose`, valid from `now` for `ttlSeconds` (the expiry is inside the seal). */
export async function seal(purpose: string, claims: Record<string, unknown>, secret: Secret, ttlSeconds: number, now = nowSeconds()): Promise<string> {
  return new EncryptJWT(claims)
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM' })
    .setIssuedAt(now)
    .setExpirationTime(now + ttlSeconds)
    .encrypt(keyFor(signingKeyOf(secret), purpose));
}

/**
 * The claims of a value sealed for `purpose` that has not expired, or null for anything else
 * (garbled, another purpose or key, expired): a cookie that does not check out counts as none.
 */
export async function unseal(purpose: string, value: string, secret: Secret): Promise<Record<string, unknown> | null> {
  // Sealed with the newest key of the ring, perhaps before a rotation: every key of the ring opens it.
  for (const key of keysOf(secret)) {
    try {
      // No clock tolerance: the expiry was set by this server's own clock.
      const { payload } = await jwtDecrypt(value, keyFor(key, purpose), { keyManagementAlgorithms: ['dir'], contentEncryptionAlgorithms: ['A256GCM'] });
      return payload;
    } catch {
      // Every failure (tampering, wrong key, expiry) means the same thing to the caller: try the next key, else no valid value.
    }
  }
  return null;
}

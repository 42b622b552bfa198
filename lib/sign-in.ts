import * as z from 'zod/mini';

/**
 * Sign-in with OpenID Connect as the pages see it: GET /api/auth/me answers this. Names and
 * organisations come from the identity provider, cut to the lengths the board shows.
 */
export const signInStateSchema = z.object({
  /** Whether this server offers sign-in at all. */
  enabled: z.boolean(),
  /** The provider's host name, shown as who vouches for the name; null when sign-in is off. */
  provider: z.nullable(z.string()),
  /** Who is signed in on this browser, or null. */
  user: z.nullable(z.object({ name: z.string(), organisation: z.string() })),
});
export type SignInState = z.infer<typeof signInStateSchema>;

/** Where sign-in starts; `returnTo` is a path on this site the browser comes back to. */
export const signInPath = (returnTo: string): string => `/api/auth/login?return=${encodeURIComponent(returnTo)}`;

/**
 * A return path if it is one on this site, else null: a single leading slash and no backslash
 * or control character, so `//evil.example`, `/\evil.example` and absolute URLs are refused
 * (an open redirect would let a link through our sign-in land someone on another site).
 */
export function safeReturnPath(raw: string | null | undefined): string | null {
  if (!raw || raw.length > 512 || !raw.startsWith('/') || raw.startsWith('//')) return null;
  // eslint-disable-next-line no-control-regex
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return null;
  return raw;
}

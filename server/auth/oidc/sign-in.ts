import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import type { OidcSettings } from '../../config';
import type { Secret } from '../tokens';
import { readCookie, setCookie } from './cookies';
import { providerClient, type LoginState, type ProviderClaims } from './provider';
import { seal, unseal } from './seal';

/** Who signed in: the provider's subject and issuer, and the name and organisation it gave. */
export const signedInSchema = z.object({
  sub: z.string().min(1).max(255),
  iss: z.string().min(1).max(512),
  name: z.string().min(1).max(60),
  org: z.string().max(80),
  /** The email claim, when the provider gave one it has not marked unverified: offered (never stored unasked) for email notifications. */
  email: z.string().email().max(254).optional(),
});
export type SignedIn = z.infer<typeof signedInSchema>;

const loginStateSchema = z.object({ state: z.string(), nonce: z.string(), verifier: z.string(), returnTo: z.string() });

// A sign-in at the provider may take a while (a forgotten password), but not hours.
const LOGIN_SECONDS = 15 * 60;

/**
 * Sign-in with OpenID Connect: the provider, and the two cookies it uses, each sealed with the
 * server secret. The session cookie's expiry is inside the seal, so the server enforces it
 * whatever the browser does with Max-Age.
 */
export function createSignIn(settings: OidcSettings, secret: Secret) {
  const provider = providerClient(settings);
  // The __Host- prefix makes browsers refuse the cookie unless it is Secure, host-only and Path=/;
  // it cannot be used on plain http, where the cookie cannot be Secure.
  const prefix = settings.secureCookies ? '__Host-' : '';
  const names = { session: `${prefix}tavle-session`, login: `${prefix}tavle-login` };
  const cookie = (name: string, value: string, maxAgeSeconds: number) => setCookie(name, value, { secure: settings.secureCookies, maxAgeSeconds });

  return {
    settings,
    /** The provider's host, for pages that say who vouches for a name. */
    providerHost: new URL(settings.issuer).host,

    /** Who is signed in on this request, or null (no cookie, or one that is forged, garbled or expired). */
    async session(req: IncomingMessage): Promise<SignedIn | null> {
      const value = readCookie(req, names.session);
      const claims = value ? await unseal('session', value, secret) : null;
      const parsed = signedInSchema.safeParse(claims);
      return parsed.success ? parsed.data : null;
    },

    /** The Set-Cookie value of a session for `user`, from `now` (seconds) for the configured hours. */
    async sessionCookie(user: SignedIn, now?: number): Promise<string> {
      return cookie(names.session, await seal('session', signedInSchema.parse(user), secret, settings.sessionSeconds, now), settings.sessionSeconds);
    },

    /** The Set-Cookie value that ends the session on this browser. */
    endSession: (): string => cookie(names.session, '', 0),

    /** The provider's sign-in URL for a new sign-in, and the cookie that keeps its checks until the browser comes back. */
    async begin(returnTo: string): Promise<{ url: URL; cookie: string }> {
      const { url, kept } = await provider.begin(returnTo);
      return { url, cookie: cookie(names.login, await seal('login', kept, secret, LOGIN_SECONDS), LOGIN_SECONDS) };
    },

    /** The sign-in this callback request continues, or null when its cookie is missing or expired. */
    async pending(req: IncomingMessage): Promise<LoginState | null> {
      const value = readCookie(req, names.login);
      const parsed = loginStateSchema.safeParse(value ? await unseal('login', value, secret) : null);
      return parsed.success ? parsed.data : null;
    },

    /** The Set-Cookie value that drops a finished (or failed) sign-in's state, so it is used once. */
    endLogin: (): string => cookie(names.login, '', 0),

    /** Completes a sign-in from the callback's query string; throws when the provider's answer does not check out. */
    async finish(callbackQuery: string, kept: LoginState): Promise<SignedIn> {
      return identityOf(await provider.finish(callbackQuery, kept), settings.orgClaim);
    },
  };
}

/** Sign-in with OpenID Connect on a server; see createSignIn. */
export type SignIn = ReturnType<typeof createSignIn>;

/** The person as the board shows them: a display name (falling back through the usual claims) and an organisation, cut to the board's lengths. */
function identityOf(claims: ProviderClaims, orgClaim: string): SignedIn {
  const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
  const name = [claims.name, [claims.given_name, claims.family_name].map(text).join(' '), claims.preferred_username, claims.email, claims.sub].map(text).find(Boolean)!;
  const email = claims.email_verified === false ? '' : text(claims.email);
  return { sub: claims.sub, iss: claims.iss, name: name.slice(0, 60).trim(), org: text(claims[orgClaim]).slice(0, 80).trim(), ...(signedInSchema.shape.email.safeParse(email).success && email ? { email } : {}) };
}

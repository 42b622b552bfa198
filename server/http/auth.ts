import type { IncomingMessage, ServerResponse } from 'node:http';
import { safeReturnPath, type SignInState } from '@/lib/sign-in';
import type { SignIn } from '../auth/oidc/sign-in';
import type { Logger } from '../log';
import { fail, json } from './respond';

/** What the sign-in endpoints need: the sign-in (null when it is off) and a logger. */
export type AuthRouteDeps = { signIn: SignIn | null; log: Logger };

const ROUTES: Record<string, string> = { '/api/auth/me': 'GET', '/api/auth/login': 'GET', '/api/auth/callback': 'GET', '/api/auth/logout': 'POST' };

/**
 * GET /api/auth/me, GET /api/auth/login?return=<path>, GET /api/auth/callback and
 * POST /api/auth/logout; returns false for any other path. With sign-in off, `me` says so and
 * the others answer 404.
 */
export async function handleAuth(req: IncomingMessage, res: ServerResponse, url: URL, deps: AuthRouteDeps): Promise<boolean> {
  const method = ROUTES[url.pathname];
  if (!method) return false;
  if (req.method !== method) {
    res.setHeader('allow', method);
    fail(res, 405, 'method not allowed');
    return true;
  }
  const { signIn } = deps;
  if (url.pathname === '/api/auth/me') {
    const user = signIn ? await signIn.session(req) : null;
    const state: SignInState = { enabled: signIn !== null, provider: signIn?.providerHost ?? null, user: user && { name: user.name, organisation: user.org } };
    json(res, 200, state);
    return true;
  }
  if (!signIn) {
    fail(res, 404, 'sign-in is not enabled on this server');
    return true;
  }
  if (url.pathname === '/api/auth/login') await login(res, url, signIn, deps.log);
  else if (url.pathname === '/api/auth/callback') await callback(req, res, url, signIn, deps.log);
  else {
    res.setHeader('set-cookie', signIn.endSession());
    json(res, 200, { signedIn: false });
  }
  return true;
}

async function login(res: ServerResponse, url: URL, signIn: SignIn, log: Logger): Promise<void> {
  const raw = url.searchParams.get('return');
  const returnTo = raw === null ? '/' : safeReturnPath(raw);
  if (!returnTo) return fail(res, 400, 'invalid return: give a path on this site, starting with a single /');
  let started;
  try {
    started = await signIn.begin(returnTo);
  } catch (error) {
    log('sign-in-provider-unreachable', { issuer: signIn.settings.issuer, error: String(error) }, 'error');
    return page(res, 502, 'Fikk ikke kontakt med innloggingstjenesten. Prøv igjen om litt.', 'Could not reach the sign-in service. Try again in a little while.');
  }
  res.writeHead(302, { location: started.url.href, 'set-cookie': started.cookie, 'cache-control': 'no-store' });
  res.end();
}

async function callback(req: IncomingMessage, res: ServerResponse, url: URL, signIn: SignIn, log: Logger): Promise<void> {
  // Whatever happens next, this sign-in's state is spent: a second use of the same answer must fail.
  res.setHeader('set-cookie', signIn.endLogin());
  const kept = await signIn.pending(req);
  if (!kept) {
    return page(res, 400, 'Innloggingen er utløpt eller ble startet i en annen nettleser. Start innloggingen på nytt.', 'The sign-in has expired or was started in another browser. Start signing in again.');
  }
  const providerError = url.searchParams.get('error');
  if (providerError) {
    log('sign-in-refused-by-provider', { error: providerError });
    return page(res, 401, 'Innloggingstjenesten avbrøt innloggingen.', 'The sign-in service stopped the sign-in.', kept.returnTo);
  }
  let user;
  try {
    user = await signIn.finish(url.search, kept);
  } catch (error) {
    const claim = failedClaim(error);
    log('sign-in-refused', { error: String(error), claim }, 'warn');
    if (claim === 'aud') {
      return page(res, 401, 'Innloggingen ble avvist: ID-tokenet var utstedt til en annen tjeneste enn denne.', 'Sign-in refused: the ID token was issued for another service (wrong audience).', kept.returnTo);
    }
    return page(res, 401, 'Innloggingen ble avvist: svaret fra innloggingstjenesten kunne ikke bekreftes.', 'Sign-in refused: the answer from the sign-in service could not be verified.', kept.returnTo);
  }
  res.writeHead(302, { location: kept.returnTo, 'set-cookie': [signIn.endLogin(), await signIn.sessionCookie(user)], 'cache-control': 'no-store' });
  res.end();
}

/** The ID token claim a validation error names (openid-client wraps its checks' errors in causes), or null. */
function failedClaim(error: unknown): string | null {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const claim = (e as { claim?: unknown }).claim;
    if (typeof claim === 'string') return claim;
  }
  return null;
}

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A small page in both languages for a browser that came here by a redirect and expects a page, not JSON. */
function page(res: ServerResponse, status: number, nb: string, en: string, back = '/'): void {
  const html = `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Innlogging / Sign-in</title></head>
<body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem">
<h1>Innlogging</h1><p role="alert">${escape(nb)}</p><p lang="en">${escape(en)}</p>
<p><a href="${escape(back)}">Tilbake / Back</a></p></body></html>`;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(html) });
  res.end(html);
}

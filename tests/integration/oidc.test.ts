import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadSchema } from '@/lib/comments';
import { tokenPayloadSchema } from '@/lib/roles';
import { createSignIn } from '@/server/auth/oidc/sign-in';
import { loadConfig } from '@/server/config';
import { Browser, pkcePair } from './oidc-browser';
import { connect, eventually, SECRET, startServer, synced, type TestServer } from './harness';
import { BOARD_CLIENT, OTHER_CLIENT, startOidcProvider, type TestProvider } from './services/oidc-provider';
import { freePort } from './services/ports';

// A real provider (oidc-provider) and a real board server with sign-in on, spoken to over HTTP the
// way a browser would: redirects followed by hand, the provider's login and consent forms posted.

let provider: TestProvider;
let server: TestServer;
let env: Record<string, string>;
const logged: { event: string; fields: Record<string, unknown> }[] = [];
beforeAll(async () => {
  const port = await freePort();
  const boardUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(boardUrl);
  env = { OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: BOARD_CLIENT.id, OIDC_CLIENT_SECRET: BOARD_CLIENT.secret, PUBLIC_URL: boardUrl };
  server = await startServer(env, { port, log: (event, fields = {}) => logged.push({ event, fields }) });
});
afterAll(async () => {
  await server?.stop();
  await provider?.stop();
});

const onBoard = (next: URL) => next.origin === server.http && !next.pathname.startsWith('/api/auth/');

/** Signs `login` in on a fresh browser (or the one given) and answers the browser. */
async function signedIn(login: string, browser = new Browser()): Promise<Browser> {
  const { res, next } = await browser.walk(`${server.http}/api/auth/login?return=/`, login, onBoard);
  expect([res.status, next?.pathname]).toEqual([302, '/']);
  return browser;
}

const me = async (browser: Browser) => (await browser.fetch(`${server.http}/api/auth/me`)).json();
const post = (browser: Browser, path: string, body: unknown, token?: string) =>
  browser.fetch(`${server.http}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body) });
const payloadOf = (token: string) => tokenPayloadSchema.parse(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')));
const createBoard = (browser: Browser) => post(browser, '/api/boards', { title: 'Innlogget verksted', template: 'dagens-ordning' });

describe('sign-in with OpenID Connect', () => {
  it('signs in through the provider with PKCE, state and nonce; /api/auth/me then shows the name and organisation from the claims', async () => {
    const browser = new Browser();
    expect(await me(browser)).toEqual({ enabled: true, provider: new URL(provider.issuer).host, user: null });

    const login = await browser.fetch(`${server.http}/api/auth/login?return=${encodeURIComponent('/b/abc?x=1')}`);
    expect(login.status).toBe(302);
    const authorize = new URL(login.headers.get('location')!);
    expect(authorize.origin).toBe(provider.issuer);
    expect(Object.fromEntries(authorize.searchParams)).toMatchObject({ client_id: BOARD_CLIENT.id, response_type: 'code', code_challenge_method: 'S256', redirect_uri: `${server.http}/api/auth/callback` });
    for (const p of ['state', 'nonce', 'code_challenge']) expect(authorize.searchParams.get(p)).toMatch(/^[\w-]{20,}$/);

    const { res, next } = await browser.walk(authorize, 'kari', onBoard);
    expect([res.status, next?.pathname, next?.search]).toEqual([302, '/b/abc', '?x=1']);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('tavle-session='))!;
    // PUBLIC_URL is plain http here, so the cookie cannot be Secure (see server/auth/oidc/cookies.ts).
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).not.toMatch(/Secure/);
    expect(await me(browser)).toEqual({ enabled: true, provider: new URL(provider.issuer).host, user: { name: 'Kari Nordmann', organisation: 'Helse Vest RHF' } });

    const out = await post(browser, '/api/auth/logout', {});
    expect(out.status).toBe(200);
    expect((await me(browser)).user).toBeNull();
  });

  it('uses a sign-in answer once: the same callback again is refused', async () => {
    const browser = new Browser();
    const { res, next } = await browser.walk(`${server.http}/api/auth/login?return=/`, 'ola', (u) => u.pathname === '/api/auth/callback');
    expect([302, 303]).toContain(res.status);
    const first = await browser.fetch(next!);
    expect(first.status).toBe(302);
    const again = await browser.fetch(next!);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('Start signing in again');
  });

  it('refuses return paths that would leave the site', async () => {
    for (const bad of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'b/relative']) {
      const res = await fetch(`${server.http}/api/auth/login?return=${encodeURIComponent(bad)}`, { redirect: 'manual' });
      expect([bad, res.status]).toEqual([bad, 400]);
    }
  });

  it('refuses a genuine ID token that the provider minted for another client (wrong audience), and signs no one in', async () => {
    const browser = await signedIn('kari');
    await post(browser, '/api/auth/logout', {});
    const login = await browser.fetch(`${server.http}/api/auth/login?return=/`);
    const ours = new URL(login.headers.get('location')!);

    // The other client's own sign-in, with the very nonce our server expects: only the audience differs.
    const { verifier, challenge } = pkcePair();
    const theirs = new URL('/auth', provider.issuer);
    for (const [k, v] of Object.entries({ client_id: OTHER_CLIENT.id, redirect_uri: OTHER_CLIENT.redirectUri, response_type: 'code', scope: 'openid profile', state: 'other-state', nonce: ours.searchParams.get('nonce')!, code_challenge: challenge, code_challenge_method: 'S256' })) {
      theirs.searchParams.set(k, v);
    }
    const other = await browser.walk(theirs, 'kari', (u) => u.href.startsWith(OTHER_CLIENT.redirectUri));
    const code = other.next!.searchParams.get('code')!;
    const token = await fetch(new URL('/token', provider.issuer), {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${OTHER_CLIENT.id}:${OTHER_CLIENT.secret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: OTHER_CLIENT.redirectUri, code_verifier: verifier }),
    });
    const foreign = ((await token.json()) as { id_token: string }).id_token;
    expect(JSON.parse(Buffer.from(foreign.split('.')[1]!, 'base64url').toString()).aud).toBe(OTHER_CLIENT.id);

    provider.control.swapIdToken = foreign;
    try {
      const { res, body } = await browser.walk(ours, 'kari', onBoard);
      expect(res.status).toBe(401);
      expect(logged.filter((l) => l.event === 'sign-in-refused').map((l) => l.fields)).toEqual([expect.objectContaining({ claim: 'aud' })]);
      expect(body).toContain('wrong audience');
      expect(res.headers.getSetCookie().some((c) => c.startsWith('tavle-session=') && !c.startsWith('tavle-session=;'))).toBe(false);
    } finally {
      provider.control.swapIdToken = null;
    }
    expect((await me(browser)).user).toBeNull();
  });

  it('counts an expired session as none, through the same sealing the callback uses', async () => {
    const signIn = createSignIn(loadConfig(env).oidc!, SECRET);
    const user = { sub: 'kari', iss: provider.issuer, name: 'Kari Nordmann', org: 'Helse Vest RHF' };
    const cookieOf = async (now: number) => (await signIn.sessionCookie(user, now)).split(';')[0]!;
    const nowSeconds = Math.floor(Date.now() / 1000);
    const fresh = await cookieOf(nowSeconds);
    const expired = await cookieOf(nowSeconds - 8 * 3600 - 1);
    const ask = (cookie: string) => fetch(`${server.http}/api/auth/me`, { headers: { cookie } }).then((r) => r.json());

    expect((await ask(fresh)).user).toEqual({ name: 'Kari Nordmann', organisation: 'Helse Vest RHF' });
    expect((await ask(expired)).user).toBeNull();
    const create = await fetch(`${server.http}/api/boards`, { method: 'POST', headers: { cookie: expired, 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', template: 'dagens-ordning' }) });
    expect(create.status).toBe(401);
    // A tampered cookie is no session either.
    expect((await ask(`${fresh.slice(0, -4)}AAAA`)).user).toBeNull();
  });
});

describe('what needs a sign-in when it is on', () => {
  it('refuses to create a board without a session (401) and creates one with a session', async () => {
    const refused = await createBoard(new Browser());
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toMatch(/sign in to start a board/);
    const created = await createBoard(await signedIn('kari'));
    expect(created.status).toBe(201);
  });

  it('refuses a join through the facilitator link without a session (401, telling to sign in), and lets the signed-in facilitator in', async () => {
    const board = await server.board();
    const anonymous = await post(new Browser(), `/api/boards/${board.id}/join`, { name: 'Kari', organisation: '' }, board.tokens.facilitator);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: string }).error).toMatch(/sign in to join as facilitator/);

    const joined = await post(await signedIn('kari'), `/api/boards/${board.id}/join`, { name: 'Kari', organisation: '' }, board.tokens.facilitator);
    expect(joined.status).toBe(200);
    expect(payloadOf(((await joined.json()) as { token: string }).token)).toMatchObject({ r: 'facilitator', a: 1, n: 'Kari Nordmann' });
  });

  it('lets anyone join through other links unless the facilitator requires sign-in; then every join needs a session', async () => {
    const board = await server.board();
    const typed = await post(new Browser(), `/api/boards/${board.id}/join`, { name: 'Per', organisation: 'KS' }, board.tokens.editor);
    expect(typed.status).toBe(200);
    const typedToken = ((await typed.json()) as { token: string }).token;
    expect(payloadOf(typedToken)).toMatchObject({ n: 'Per', o: 'KS' });
    expect(payloadOf(typedToken).a).toBeUndefined();

    // The facilitator decides that, and on this server that is whoever joined through the facilitator link signed in.
    const facilitator = ((await (await post(await signedIn('kari'), `/api/boards/${board.id}/join`, {}, board.tokens.facilitator)).json()) as { token: string }).token;
    const set = await post(new Browser(), `/api/boards/${board.id}/control/sign-in`, { required: true }, facilitator);
    expect(set.status).toBe(200);
    expect(((await set.json()) as { control: { signInRequired: boolean } }).control.signInRequired).toBe(true);
    // Only a facilitator decides that.
    expect((await post(new Browser(), `/api/boards/${board.id}/control/sign-in`, { required: false }, board.tokens.editor)).status).toBe(403);

    const refused = await post(new Browser(), `/api/boards/${board.id}/join`, { name: 'Per', organisation: 'KS' }, board.tokens.commenter);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: string }).error).toMatch(/sign in to join this board/);
    const allowed = await post(await signedIn('ola'), `/api/boards/${board.id}/join`, { name: 'Per', organisation: 'KS' }, board.tokens.commenter);
    expect(allowed.status).toBe(200);
  });
});

describe('a signed-in participant', () => {
  it('joins with the provider’s name and organisation (what was typed is ignored), gets a verified token, and writes comments whose author is verified', async () => {
    const board = await server.board();
    const browser = await signedIn('kari');
    const res = await post(browser, `/api/boards/${board.id}/join`, { name: 'Noen Andre', organisation: 'Falsk etat' }, board.tokens.commenter);
    expect(res.status).toBe(200);
    const joined = (await res.json()) as { token: string; participantId: string; name: string; organisation: string; verified: boolean };
    expect(joined).toMatchObject({ name: 'Kari Nordmann', organisation: 'Helse Vest RHF', verified: true });
    expect(payloadOf(joined.token)).toMatchObject({ r: 'commenter', p: joined.participantId, n: 'Kari Nordmann', o: 'Helse Vest RHF', a: 1 });

    // The same person on another device is the same participant; someone else is not.
    const again = (await (await post(await signedIn('kari'), `/api/boards/${board.id}/join`, {}, board.tokens.editor)).json()) as { participantId: string };
    expect(again.participantId).toBe(joined.participantId);
    const ola = (await (await post(await signedIn('ola'), `/api/boards/${board.id}/join`, {}, board.tokens.editor)).json()) as { participantId: string; organisation: string };
    expect(ola.participantId).not.toBe(joined.participantId);
    expect(ola.organisation).toBe('');

    const thread = await post(new Browser(), `/api/boards/${board.id}/threads`, { anchor: { kind: 'board' }, body: 'Verifisert innspill' }, joined.token);
    expect(thread.status).toBe(201);
    expect(threadSchema.parse(((await thread.json()) as { thread: unknown }).thread).comments[0]!.author).toEqual({
      participantId: joined.participantId,
      name: 'Kari Nordmann',
      organisation: 'Helse Vest RHF',
      role: 'commenter',
      verified: true,
    });

    // Presence: the server stamps the marker from the token, whatever the page sends.
    const kari = connect(server.ws, board.id, joined.token);
    const watcher = connect(server.ws, board.id, board.tokens.viewer);
    try {
      await Promise.all([synced(kari), synced(watcher)]);
      kari.provider.awareness.setLocalState({ user: { colour: '#1d4ed8' } });
      await eventually(() => {
        const seen = [...watcher.provider.awareness.getStates().values()].map((s) => (s as { user?: Record<string, unknown> }).user).find((u) => u?.participantId === joined.participantId);
        expect(seen).toMatchObject({ name: 'Kari Nordmann', organisation: 'Helse Vest RHF', verified: true });
      });
    } finally {
      kari.destroy();
      watcher.destroy();
    }

    // Stored and read back: the marker survives the database, and a typed-name author has none.
    const typed = (await (await post(new Browser(), `/api/boards/${board.id}/join`, { name: 'Per', organisation: '' }, board.tokens.commenter)).json()) as { token: string };
    await post(new Browser(), `/api/boards/${board.id}/threads`, { anchor: { kind: 'board' }, body: 'Uverifisert' }, typed.token);
    const list = await fetch(`${server.http}/api/boards/${board.id}/threads`, { headers: { authorization: `Bearer ${joined.token}` } });
    const authors = ((await list.json()) as { threads: { comments: { author: { name: string; verified?: boolean } }[] }[] }).threads.map((t) => t.comments[0]!.author);
    expect(authors.map((a) => [a.name, a.verified ?? false])).toEqual([
      ['Kari Nordmann', true],
      ['Per', false],
    ]);
  });
});

describe('with sign-in off', () => {
  it('behaves as before: /api/auth/me says so, sign-in answers 404, anyone may create boards and join as facilitator', async () => {
    const plain = await startServer();
    try {
      expect(await (await fetch(`${plain.http}/api/auth/me`)).json()).toEqual({ enabled: false, provider: null, user: null });
      expect((await fetch(`${plain.http}/api/auth/login?return=/`, { redirect: 'manual' })).status).toBe(404);
      const created = await fetch(`${plain.http}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'x', template: 'dagens-ordning' }) });
      expect(created.status).toBe(201);
      const board = await plain.board();
      const join = await fetch(`${plain.http}/api/boards/${board.id}/join`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${board.tokens.facilitator}` },
        body: JSON.stringify({ name: 'Kari', organisation: '' }),
      });
      expect(join.status).toBe(200);
      const required = await fetch(`${plain.http}/api/boards/${board.id}/control/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${board.tokens.facilitator}` },
        body: JSON.stringify({ required: true }),
      });
      expect(required.status).toBe(409);
    } finally {
      await plain.stop();
    }
  });
});

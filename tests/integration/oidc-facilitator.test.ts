import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveCard } from '@/lib/board-ops';
import { CLOSE } from '@/lib/protocol';
import { tokenPayloadSchema } from '@/lib/roles';
import { newParticipantId, participantToken, signToken } from '@/server/auth/tokens';
import { call, join, type Reply } from './comment-client';
import { Browser } from './oidc-browser';
import { cardLevel, connect, eventually, rawSocket, SECRET, startServer, storedDoc, synced, type TestServer } from './harness';
import { api, save } from './proposals-client';
import { BOARD_CLIENT, startOidcProvider, type TestProvider } from './services/oidc-provider';
import { freePort } from './services/ports';

// With sign-in on, the facilitator role needs a sign-in: only the token a signed-in join through the
// facilitator link gives acts as facilitator. A real provider (oidc-provider) and a real board server.

let provider: TestProvider;
let server: TestServer;
beforeAll(async () => {
  const port = await freePort();
  const boardUrl = `http://127.0.0.1:${port}`;
  provider = await startOidcProvider(boardUrl);
  server = await startServer({ OIDC_ISSUER: provider.issuer, OIDC_CLIENT_ID: BOARD_CLIENT.id, OIDC_CLIENT_SECRET: BOARD_CLIENT.secret, PUBLIC_URL: boardUrl }, { port });
});
afterAll(async () => {
  await server?.stop();
  await provider?.stop();
});

const NEEDS_SIGN_IN = 'sign in and join to act as facilitator: on this server the facilitator role needs a sign-in';
const payloadOf = (token: string) => tokenPayloadSchema.parse(JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')));

/** The facilitator's participant token from a join through the facilitator link, signed in as `login` at the provider. */
async function signedInFacilitator(boardId: string, link: string, login = 'kari'): Promise<string> {
  const browser = new Browser();
  const signIn = await browser.walk(`${server.http}/api/auth/login?return=/`, login, (next) => next.origin === server.http && !next.pathname.startsWith('/api/auth/'));
  expect(signIn.res.status).toBe(302);
  const res = await browser.fetch(`${server.http}/api/boards/${boardId}/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${link}` },
    body: JSON.stringify({}),
  });
  expect(res.status).toBe(200);
  const token = ((await res.json()) as { token: string }).token;
  expect(payloadOf(token)).toMatchObject({ r: 'facilitator', a: 1 });
  return token;
}

/** A board with a saved proposal (by an editor who joined with a typed name, as sign-in on a board is optional). */
async function boardWithProposal() {
  const board = await server.board();
  const editor = await join(server, board.id, board.tokens.editor, 'Edith');
  const proposal = await save(server, board.id, editor.token, 'Forslag A');
  return { board, proposal };
}

/** Facilitator-only calls, each answered as it comes. */
const facilitatorCalls = (boardId: string, proposalId: string, token: string) => ({
  lock: () => call(server, 'POST', api(boardId, 'control/lock'), { token, body: { locked: true } }),
  links: () => call(server, 'GET', api(boardId, 'links'), { token }),
  rotate: () => call(server, 'POST', api(boardId, 'links/editor/rotate'), { token }),
  round: () => call(server, 'POST', api(boardId, 'rounds'), { token, body: { proposals: [proposalId] } }),
  breakouts: () => call(server, 'POST', api(boardId, 'breakouts'), { token, body: { groups: 2 } }),
  signIn: () => call(server, 'POST', api(boardId, 'control/sign-in'), { token, body: { required: true } }),
  revokePresenters: () => call(server, 'POST', api(boardId, 'presenter/rotate'), { token }),
  remove: () => call(server, 'DELETE', `/api/boards/${boardId}`, { token, body: { title: 'Test' } }),
});

const refusal = (r: Reply) => [r.status, r.json.error];

describe('the facilitator role when sign-in is on', () => {
  it('refuses the facilitator link on every facilitator call with 401 telling to sign in and join, and nothing changes', async () => {
    const { board, proposal } = await boardWithProposal();
    const calls = facilitatorCalls(board.id, proposal.id, board.tokens.facilitator);
    for (const [name, run] of Object.entries(calls)) expect([name, ...refusal(await run())]).toEqual([name, 401, NEEDS_SIGN_IN]);

    // Still there, unlocked, asking no sign-in, with no round and the editor link as it was.
    const viewer = board.tokens.viewer;
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: viewer })).status).toBe(200);
    const control = (await call(server, 'GET', api(board.id, 'control'), { token: viewer })).json.control as { locked: boolean; signInRequired?: boolean };
    expect([control.locked, control.signInRequired ?? false]).toEqual([false, false]);
    expect((await call(server, 'GET', api(board.id, 'rounds'), { token: viewer })).json.rounds).toEqual([]);
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.editor })).status).toBe(200);

    // What the link is still for: the board's title for the join form (the join itself then asks for the session).
    const info = await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.facilitator });
    expect([info.status, info.json.role]).toEqual([200, 'facilitator']);
    // And it opens no socket: a facilitator's socket may write to a locked board.
    const socket = rawSocket(`${server.ws}/${board.id}?token=${board.tokens.facilitator}`);
    expect(await socket.closed).toEqual({ code: CLOSE.unauthorized, reason: NEEDS_SIGN_IN });
  });

  it('accepts the facilitator token a signed-in join gives, on the same calls and on the socket of a locked board', async () => {
    const { board, proposal } = await boardWithProposal();
    const token = await signedInFacilitator(board.id, board.tokens.facilitator);
    const calls = facilitatorCalls(board.id, proposal.id, token);
    expect((await calls.lock()).json.control).toMatchObject({ locked: true });
    expect((await calls.links()).status).toBe(200);
    expect((await calls.rotate()).status).toBe(200);
    expect((await calls.round()).status).toBe(201);
    expect((await calls.breakouts()).status).toBe(201);
    expect((await calls.signIn()).json.control).toMatchObject({ signInRequired: true });
    expect((await calls.revokePresenters()).status).toBe(200);

    const client = connect(server.ws, board.id, token);
    try {
      await synced(client);
      expect(moveCard(client.doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, 'test')).toEqual({ ok: true, value: { changed: true } });
      await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'legevakt')).toBe('spesialisthelsetjenesten'));
    } finally {
      client.destroy();
    }

    expect(refusal(await calls.remove())).toEqual([200, undefined]);
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.viewer })).status).toBe(410);
  });

  it('refuses a facilitator token from a join without sign-in (as issued before sign-in was turned on), on every call and the socket', async () => {
    const { board, proposal } = await boardWithProposal();
    const typed = signToken(participantToken(payloadOf(board.tokens.facilitator), 'Fasilitator', 'Bodø kommune', newParticipantId()), SECRET);
    // Genuine otherwise: the same token with the sign-in mark opens the facilitator calls.
    const marked = signToken({ ...payloadOf(typed), a: 1 }, SECRET);
    expect((await facilitatorCalls(board.id, proposal.id, marked).links()).status).toBe(200);

    const calls = facilitatorCalls(board.id, proposal.id, typed);
    for (const name of ['lock', 'rotate', 'round', 'remove'] as const) expect([name, ...refusal(await calls[name]())]).toEqual([name, 401, NEEDS_SIGN_IN]);
    // Not even as a participant: the page then asks its holder to join again, signed in.
    expect(refusal(await call(server, 'GET', api(board.id, 'threads'), { token: typed }))).toEqual([401, NEEDS_SIGN_IN]);
    expect(refusal(await call(server, 'POST', `/api/boards/${board.id}/join`, { token: typed, body: {} }))).toEqual([401, NEEDS_SIGN_IN]);
    const socket = rawSocket(`${server.ws}/${board.id}?token=${typed}`);
    expect(await socket.closed).toEqual({ code: CLOSE.unauthorized, reason: NEEDS_SIGN_IN });
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.viewer })).status).toBe(200);
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { RATING_CRITERIA, resultsAnswerSchema } from '@/lib/ratings';
import { signToken, verifyToken } from '@/server/auth/tokens';
import { boardLinks } from '@/server/boards';
import { valueOf } from '@/server/metrics';
import { SECRET, startServer, type TestServer } from './harness';
import { api, save } from './proposals-client';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});
// TRUST_PROXY lets each test speak from the network address it names in X-Forwarded-For.
const start = async (env: Record<string, string>) => {
  const s = await startServer({ TRUST_PROXY: '1', ...env });
  servers.push(s);
  return s;
};

type Answer = { status: number; json: Record<string, unknown> & { error?: string; fields?: Record<string, string[]> }; headers: Headers };

/** A JSON call from network address `from`. */
async function call(server: TestServer, method: string, path: string, opts: { token?: string; body?: unknown; from?: string } = {}): Promise<Answer> {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-forwarded-for': opts.from ?? '10.0.0.1' };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${server.http}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  return { status: res.status, json: text ? JSON.parse(text) : {}, headers: res.headers };
}

const join = (server: TestServer, boardId: string, link: string, body: Record<string, unknown>, from?: string) =>
  call(server, 'POST', `/api/boards/${boardId}/join`, { token: link, body, from });

/** Joins and fails the test on anything but 200. */
async function joined(server: TestServer, boardId: string, link: string, body: Record<string, unknown>, from?: string) {
  const r = await join(server, boardId, link, body, from);
  if (r.status !== 200) throw new Error(`join failed: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json as { token: string; participantId: string; grant: string; name: string; organisation: string };
}

const refused = (server: TestServer) => valueOf(server.metrics.refusedRequests);

describe('join rate limits', () => {
  it('refuses joins over JOINS_PER_MINUTE_PER_ADDRESS on a board with 429 and Retry-After, counting each refusal', async () => {
    const server = await start({ JOINS_PER_MINUTE_PER_ADDRESS: '3' });
    const board = await server.board();
    for (let i = 0; i < 3; i++) await joined(server, board.id, board.tokens.commenter, { name: `Kari ${i}` });
    const before = await refused(server);
    const r = await join(server, board.id, board.tokens.editor, { name: 'Kari 4' });
    expect(r.status).toBe(429);
    expect(r.json.error).toMatch(/^too many joins from your network address on this board: at most 3 a minute; try again in \d+ s$/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(await refused(server)).toBe(before + 1);
    // Another address, and the same address on another board, have budgets of their own.
    await joined(server, board.id, board.tokens.commenter, { name: 'Ola' }, '10.0.0.2');
    const other = await server.board();
    await joined(server, other.id, other.tokens.commenter, { name: 'Kari' });
  });

  it('refuses joins over JOINS_PER_MINUTE_PER_LINK through one link from any address, and not through another link', async () => {
    const server = await start({ JOINS_PER_MINUTE_PER_LINK: '3' });
    const board = await server.board();
    for (let i = 0; i < 3; i++) await joined(server, board.id, board.tokens.viewer, { name: `Vera ${i}` }, `10.0.1.${i}`);
    const r = await join(server, board.id, board.tokens.viewer, { name: 'Vera 4' }, '10.0.1.9');
    expect(r.status).toBe(429);
    expect(r.json.error).toMatch(/^too many joins through this link: at most 3 a minute; try again in \d+ s$/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    // A participant token is for the same link (board, role, key version), so it counts there too.
    const vera = await joined(server, board.id, board.tokens.commenter, { name: 'Vera' }, '10.0.1.9');
    expect((await join(server, board.id, vera.token, { name: 'Vera' }, '10.0.1.9')).status).toBe(200);
    // Rotating the role's links gives the new link a budget of its own.
    await server.stores.boards.rotateKey(board.id);
    const rotated = (await server.stores.boards.getBoard(board.id))!;
    await joined(server, board.id, boardLinks(rotated, SECRET).tokens.viewer, { name: 'Vera ny' }, '10.0.1.9');
  });

  it('refuses a join past MAX_PARTICIPANTS_PER_BOARD with 409, and still lets a participant who joined before rejoin with the grant', async () => {
    const server = await start({ MAX_PARTICIPANTS_PER_BOARD: '3' });
    const board = await server.board();
    const first = await joined(server, board.id, board.tokens.commenter, { name: 'Kari' }, '10.0.2.1');
    await joined(server, board.id, board.tokens.editor, { name: 'Edith' }, '10.0.2.2');
    await joined(server, board.id, board.tokens.viewer, { name: 'Vera' }, '10.0.2.3');
    const before = await refused(server);
    const full = await join(server, board.id, board.tokens.commenter, { name: 'Ola' }, '10.0.2.4');
    expect([full.status, full.json.error]).toEqual([409, 'this board already has 3 participants, the most it may have; ask the facilitator to make room or to open another board']);
    expect(await refused(server)).toBe(before + 1);
    const again = await joined(server, board.id, board.tokens.commenter, { name: 'Kari N.', grant: first.grant }, '10.0.2.1');
    expect(again.participantId).toBe(first.participantId);
    const people = await call(server, 'GET', `/api/boards/${board.id}/participants`, { token: first.token });
    expect((people.json.participants as unknown[]).length).toBe(3);
  });
});

describe('device grants', () => {
  it('rejoins under the grant\'s participant id with the new name, and puts the grant id in the token', async () => {
    const server = await start({});
    const board = await server.board();
    const first = await joined(server, board.id, board.tokens.commenter, { name: 'Kari', organisation: 'Bodø kommune' });
    expect(first.grant).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    const again = await joined(server, board.id, board.tokens.commenter, { name: 'Kari Nordmann', organisation: 'KS', grant: first.grant });
    expect(again).toMatchObject({ participantId: first.participantId, name: 'Kari Nordmann', organisation: 'KS' });
    const [a, b] = [verifyToken(first.token, SECRET), verifyToken(again.token, SECRET)];
    expect(a.ok && b.ok && a.value.g !== undefined && a.value.g === b.value.g).toBe(true);
    expect(b.ok && b.value).toMatchObject({ p: first.participantId, n: 'Kari Nordmann', o: 'KS' });
    // Through another role's link the same device is the same participant, with that link's role.
    const editor = await joined(server, board.id, board.tokens.editor, { name: 'Kari', grant: again.grant });
    expect(editor.participantId).toBe(first.participantId);
  });

  it('ignores a grant of another board, a forged or garbled one, and one of the wrong type', async () => {
    const server = await start({});
    const [board, other] = [await server.board(), await server.board()];
    const foreign = await joined(server, other.id, other.tokens.commenter, { name: 'Kari' });
    const mine = await joined(server, board.id, board.tokens.commenter, { name: 'Kari' });
    const [body, sig] = mine.grant.split('.') as [string, string];
    const forged = `${body}.${sig.slice(0, -2)}${sig.endsWith('AA') ? 'BB' : 'AA'}`;
    // A participant token is signed by the same server but is not a grant.
    for (const grant of [foreign.grant, forged, 'nonsense', mine.token, 42, null, { g: 'x' }]) {
      const r = await joined(server, board.id, board.tokens.commenter, { name: 'Kari', grant });
      expect(r.participantId, JSON.stringify(grant)).not.toBe(mine.participantId);
    }
  });

  it('spends no per-address join budget on rejoins with a grant', async () => {
    const server = await start({ JOINS_PER_MINUTE_PER_ADDRESS: '2' });
    const board = await server.board();
    const kari = await joined(server, board.id, board.tokens.commenter, { name: 'Kari' });
    for (let i = 0; i < 5; i++) await joined(server, board.id, board.tokens.commenter, { name: `Kari ${i}`, grant: kari.grant });
    await joined(server, board.id, board.tokens.commenter, { name: 'Ola' });
    expect((await join(server, board.id, board.tokens.commenter, { name: 'Per' })).status).toBe(429);
  });
});

describe('votes and comments under many joins', () => {
  it('ten joins without a grant from one address cast no more answers than the join limit lets through', async () => {
    const server = await start({ JOINS_PER_MINUTE_PER_ADDRESS: '3' });
    const board = await server.board();
    const fasi = await joined(server, board.id, board.tokens.facilitator, { name: 'Fasi' }, '10.0.3.1');
    const edith = await joined(server, board.id, board.tokens.editor, { name: 'Edith' }, '10.0.3.1');
    const proposal = await save(server, board.id, edith.token, 'Forslag A');
    const opened = await call(server, 'POST', api(board.id, 'rounds'), { token: fasi.token, body: { proposals: [proposal.id] }, from: '10.0.3.1' });
    const roundId = (opened.json.round as { id: string }).id;
    const answer = { proposal: proposal.id, criterion: RATING_CRITERIA[0]!, value: 5 };

    const tries = await Promise.all(Array.from({ length: 10 }, (_, i) => join(server, board.id, board.tokens.commenter, { name: `Sokk ${i}` }, '10.0.3.66')));
    expect(tries.filter((t) => t.status === 200)).toHaveLength(3);
    expect(tries.filter((t) => t.status === 429)).toHaveLength(7);
    const tokens = tries.filter((t) => t.status === 200).map((t) => t.json.token as string);
    const cast = await Promise.all(tokens.map((token) => call(server, 'POST', api(board.id, `rounds/${roundId}/answers`), { token, body: answer, from: '10.0.3.66' })));
    expect(cast.map((c) => c.status)).toEqual([201, 201, 201]);

    // Rejoining with a grant gives the same participant, whose answer is already in.
    const first = tries.find((t) => t.status === 200)!.json;
    const again = await joined(server, board.id, board.tokens.commenter, { name: 'Sokk igjen', grant: first.grant }, '10.0.3.66');
    const repeat = await call(server, 'POST', api(board.id, `rounds/${roundId}/answers`), { token: again.token, body: answer, from: '10.0.3.66' });
    expect([repeat.status, repeat.json.error]).toEqual([409, 'you have already answered this criterion for this proposal; an answer cannot be changed']);

    // A token pairing that grant with another participant id (only the secret's holder could make
    // one) is a second voice for one device, and refused like a repeat.
    const payload = verifyToken(again.token, SECRET);
    const other = payload.ok && signToken({ ...payload.value, p: 'another-participant' }, SECRET);
    const second = await call(server, 'POST', api(board.id, `rounds/${roundId}/answers`), { token: other as string, body: answer, from: '10.0.3.66' });
    expect([second.status, second.json.error]).toEqual([409, 'answers from this device already count under another participant; rejoin the board to answer']);

    await call(server, 'POST', api(board.id, `rounds/${roundId}/reveal`), { token: fasi.token });
    const results = await call(server, 'GET', api(board.id, `rounds/${roundId}/results`), { token: fasi.token });
    expect(resultsAnswerSchema.parse(results.json).results.round).toMatchObject({ respondents: 3, answers: 3 });
  });

  it('keeps rejoining after a 429 within the per-address comment budget', async () => {
    const server = await start({ COMMENTS_PER_MINUTE: '2', COMMENTS_PER_MINUTE_PER_ADDRESS: '5' });
    const board = await server.board();
    const post = (token: string, from = '10.0.4.1') => call(server, 'POST', `/api/boards/${board.id}/threads`, { token, body: { anchor: { kind: 'board' }, body: 'Hei' }, from });
    let stored = 0;
    let last: Answer | undefined;
    for (let i = 0; i < 10; i++) {
      const { token } = await joined(server, board.id, board.tokens.commenter, { name: `Sokk ${i}` }, '10.0.4.1');
      for (last = await post(token); last.status === 201; last = await post(token)) stored++;
    }
    expect(stored).toBe(5);
    expect(last!.status).toBe(429);
    expect(last!.json.error).toMatch(/^too many comments from your network address on this board: at most 5 a minute; try again in \d+ s$/);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    // Someone elsewhere still comments.
    const ola = await joined(server, board.id, board.tokens.commenter, { name: 'Ola' }, '10.0.4.2');
    expect((await post(ola.token, '10.0.4.2')).status).toBe(201);
  });
});

describe('names', () => {
  it.each([
    ['name', { name: '\u200B\u200C\u200D' }],
    ['name', { name: '\u202E\u2066\uFEFF' }],
    ['organisation', { name: 'Kari', organisation: '\u2060\u200B' }],
  ])('refuses an invisible %s with 400 naming the field', async (field, body) => {
    const server = await start({});
    const board = await server.board();
    const r = await join(server, board.id, board.tokens.commenter, body);
    expect([r.status, r.json.error]).toEqual([400, 'invalid body']);
    expect(Object.keys(r.json.fields ?? {})).toEqual([field]);
    expect(r.json.fields![field]![0]).toMatch(/visible/);
  });

  it('stores names without bidi overrides', async () => {
    const server = await start({});
    const board = await server.board();
    const kari = await joined(server, board.id, board.tokens.commenter, { name: 'Kari\u202E nordmann', organisation: '\u2067KS\u2069' });
    expect([kari.name, kari.organisation]).toEqual(['Kari nordmann', 'KS']);
    const people = await call(server, 'GET', `/api/boards/${board.id}/participants`, { token: kari.token });
    expect(people.json.participants).toEqual([{ participantId: kari.participantId, name: 'Kari nordmann', organisation: 'KS', role: 'commenter' }]);
  });
});

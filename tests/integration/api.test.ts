import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkToken, signToken } from '@/server/auth/tokens';
import { SECRET, startServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const ROLES = ['facilitator', 'editor', 'commenter', 'viewer'] as const;
type Body = Record<string, unknown> & { error?: string; fields?: Record<string, string[]> };

/** Calls the server; `body` is sent as JSON unless it is already a string. */
async function call(method: string, path: string, opts: { body?: unknown; token?: string; type?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (opts.type !== null) headers['content-type'] = opts.type ?? 'application/json';
  if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
  const body = opts.body === undefined ? undefined : typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body);
  const res = await fetch(`${server.http}${path}`, { method, headers, body });
  const text = await res.text();
  const json = res.headers.get('content-type')?.startsWith('application/json') ? (JSON.parse(text) as Body) : undefined;
  return { status: res.status, json, text };
}

const create = (body: unknown, opts: { type?: string | null } = {}) => call('POST', '/api/boards', { body, ...opts });
const join = (id: string, token: string | undefined, body: unknown = { name: 'Kari', organisation: 'Bodø kommune' }) =>
  call('POST', `/api/boards/${id}/join`, { token, body });

describe('POST /api/boards', () => {
  it('creates a board with four role links, and its document answers its title, template and levels', async () => {
    const { status, json } = await create({ title: 'Helsereform', template: 'modell-2' });
    expect(status).toBe(201);
    const { id, links, tokens } = json as { id: string; links: Record<string, string>; tokens: Record<string, string> };
    expect(id).toMatch(/^[a-z0-9]{12}$/);
    expect(Object.keys(links).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(links[role]).toBe(`/b/${id}#t=${tokens[role]}`);

    for (const role of ROLES) {
      const doc = await call('GET', `/api/boards/${id}`, { token: tokens[role] });
      expect(doc.status).toBe(200);
      expect(doc.json).toMatchObject({ id, title: 'Helsereform', template: 'modell-2', role, roles: [...ROLES] });
      expect((doc.json!.levels as { kind: string }[]).map((l) => l.kind)).toEqual(['kommune', 'fylkeskommune', 'stat']);
    }
  });

  it.each([
    ['a missing title', { template: 'modell-2' }, 'title'],
    ['an empty title', { title: '   ', template: 'modell-2' }, 'title'],
    ['a 200-character title', { title: 'x'.repeat(200), template: 'modell-2' }, 'title'],
    ['an unknown template', { title: 'T', template: 'no-such-template' }, 'template'],
    ['a title of the wrong type', { title: 42, template: 'modell-2' }, 'title'],
    ['a template of the wrong type', { title: 'T', template: ['modell-2'] }, 'template'],
  ])('refuses %s with 400 naming the field', async (_label, body, field) => {
    const { status, json } = await create(body);
    expect(status).toBe(400);
    expect(json?.error).toBe('invalid body');
    expect(Object.keys(json?.fields ?? {})).toEqual([field]);
  });

  it('lists the valid templates when the template is unknown', async () => {
    const { json } = await create({ title: 'T', template: 'no-such-template' });
    expect(json?.fields?.template?.[0]).toMatch(/unknown template; use one of .*dagens-ordning.*modell-2/);
  });

  it('refuses a body that is not an object with 400', async () => {
    const { status, json } = await create([1, 2]);
    expect(status).toBe(400);
    expect(json?.fields).toHaveProperty(['(body)']);
  });

  it('refuses invalid JSON with 400, a wrong content type with 415 and a large body with 413', async () => {
    const bad = await create('{"title": "T",');
    expect([bad.status, bad.json?.error]).toEqual([400, 'body is not valid JSON']);

    const untyped = await create(JSON.stringify({ title: 'T', template: 'modell-2' }), { type: 'text/plain' });
    expect([untyped.status, untyped.json?.error]).toEqual([415, 'send a JSON body with content-type application/json']);
    const noType = await create(undefined, { type: null });
    expect(noType.status).toBe(415);

    const big = await create({ title: 'T', template: 'modell-2', padding: 'x'.repeat(64 * 1024) });
    expect([big.status, big.json?.error]).toEqual([413, `body over ${64 * 1024} bytes`]);
  });
});

describe('POST /api/boards/<id>/join', () => {
  it('issues a participant token with the role of the link, whatever the body asks for', async () => {
    const board = await server.board();
    for (const role of ROLES) {
      const { status, json } = await join(board.id, board.tokens[role]);
      expect(status).toBe(200);
      expect(json).toMatchObject({ role, name: 'Kari', organisation: 'Bodø kommune' });
      expect(json?.participantId).toMatch(/^[A-Za-z0-9_-]{16}$/);
      // The participant token opens the board with the same role.
      const doc = await call('GET', `/api/boards/${board.id}`, { token: json!.token as string });
      expect([doc.status, doc.json?.role]).toEqual([200, role]);
    }
    const sneaky = await join(board.id, board.tokens.viewer, { name: 'Ola', organisation: '', role: 'facilitator' });
    expect([sneaky.status, sneaky.json?.role]).toEqual([200, 'viewer']);
  });

  it.each([
    ['a missing name', { organisation: 'KS' }],
    ['an empty name', { name: ' ', organisation: 'KS' }],
    ['a 61-character name', { name: 'n'.repeat(61), organisation: 'KS' }],
  ])('refuses %s with 400 naming the field', async (_label, body) => {
    const board = await server.board();
    const { status, json } = await join(board.id, board.tokens.editor, body);
    expect([status, json?.error]).toEqual([400, 'invalid body']);
    expect(Object.keys(json?.fields ?? {})).toEqual(['name']);
  });

  it('refuses missing, malformed, tampered and foreign tokens with 401', async () => {
    const board = await server.board();
    const [payload, sig] = board.tokens.editor.split('.') as [string, string];
    const tampered = `${payload.slice(0, 5)}${payload[5] === 'A' ? 'B' : 'A'}${payload.slice(6)}.${sig}`;
    const foreign = signToken(linkToken(board.id, 'editor', 1), 'another-secret-that-is-long-enough-123456');
    const cases: [string, string | undefined, string][] = [
      ['no token', undefined, 'token is not a string'],
      ['malformed token', 'not-a-token', 'token is not two base64url parts'],
      ['tampered token', tampered, 'signature does not match'],
      ['token signed with another secret', foreign, 'signature does not match'],
    ];
    for (const [label, token, message] of cases) {
      const { status, json } = await join(board.id, token);
      expect([status, json?.error], label).toEqual([401, message]);
    }
  });

  it("refuses another board's token with 403, an unknown board with 404, and its own token for a board that is gone with 410", async () => {
    const board = await server.board();
    const other = await server.board();
    const wrong = await join(board.id, other.tokens.editor);
    expect([wrong.status, wrong.json?.error]).toEqual([403, 'token is for another board']);

    const ghost = 'zzzzzzzzzzzz';
    const unknown = await join(ghost, other.tokens.editor);
    expect([unknown.status, unknown.json?.error]).toEqual([404, 'no board with that id']);
    // Only the server signs tokens, for boards it made: a board its own token names that is not there was deleted.
    const missing = await join(ghost, signToken(linkToken(ghost, 'editor', 1), SECRET));
    expect([missing.status, missing.json?.error]).toEqual([410, 'this board was deleted']);
  });

  it('refuses the old links with 401 after a key rotation', async () => {
    const board = await server.board();
    expect((await join(board.id, board.tokens.editor)).status).toBe(200);
    await server.stores.boards.rotateKey(board.id);
    const { status, json } = await join(board.id, board.tokens.editor);
    expect([status, json?.error]).toEqual([401, 'token was revoked by a key rotation']);
  });
});

describe('health, metrics and unknown routes', () => {
  it('answers the health check and metrics', async () => {
    const health = await call('GET', '/api/health');
    expect(health.status).toBe(200);
    expect(health.json).toMatchObject({ ok: true, database: 'ok' });

    const metrics = await call('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toContain('ansvarstavla_connections');
    expect(metrics.text).toContain('ansvarstavla_dropped_writes_total');
  });

  it('answers 404 for an unknown endpoint and 405 for a wrong method', async () => {
    const nope = await call('GET', '/api/nope');
    expect([nope.status, nope.json?.error]).toEqual([404, 'no such endpoint']);

    const board = await server.board();
    const wrong: [string, string, string | undefined][] = [
      ['PUT', `/api/boards/${board.id}`, board.tokens.facilitator],
      ['GET', `/api/boards/${board.id}/join`, board.tokens.editor],
      ['GET', '/api/boards', undefined],
      ['POST', '/api/health', undefined],
    ];
    for (const [method, path, token] of wrong) {
      const { status, json } = await call(method, path, { token });
      expect([status, json?.error], `${method} ${path}`).toEqual([405, 'method not allowed']);
    }
  });
});

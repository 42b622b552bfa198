import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '@/server/log';
import { SECURITY_HEADERS } from '@/server/http/security-headers';
import { valueOf } from '@/server/metrics';
import { startServer, type TestServer } from './harness';

let server: TestServer;
const extra: TestServer[] = [];
beforeAll(async () => {
  server = await startServer({ ALLOWED_ORIGINS: 'https://partner.example' });
});
afterAll(async () => {
  for (const s of extra) await s.stop();
  await server.stop();
});

const board = { title: 'Verksted', template: 'dagens-ordning' };

async function send(on: TestServer, method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown; token?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const res = await fetch(`${on.http}${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: (res.headers.get('content-type')?.includes('json') && text ? JSON.parse(text) : {}) as { error?: string } };
}

const expectSecurityHeaders = (headers: Headers, label: string) => {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers.get(name), `${label}: ${name}`).toBe(value);
};

describe('security headers', () => {
  it('are on API answers, /metrics, 404s, refusals and errors alike', async () => {
    const b = await server.board();
    const answers = {
      health: await send(server, 'GET', '/api/health'),
      board: await send(server, 'GET', `/api/boards/${b.id}`, { token: b.tokens.viewer }),
      metrics: await send(server, 'GET', '/metrics'),
      'unknown endpoint': await send(server, 'GET', '/api/nope'),
      'unknown page': await send(server, 'GET', '/no/such/page'),
      'bad body': await send(server, 'POST', '/api/boards', { body: { title: '' } }),
      'no token': await send(server, 'GET', `/api/boards/${b.id}`),
    };
    expect(Object.values(answers).map((a) => a.status)).toEqual([200, 200, 200, 404, 404, 400, 401]);
    for (const [label, a] of Object.entries(answers)) expectSecurityHeaders(a.headers, label);
  });

  it('keep scripts to this server and its inline bootstrap, and forbid framing', () => {
    const csp = SECURITY_HEADERS['content-security-policy']!;
    expect(csp).toContain("script-src 'self' 'unsafe-inline'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("connect-src 'self' ws: wss:");
    // The offline shell's service worker, and only from this server.
    expect(csp).toContain("worker-src 'self'");
  });
});

describe('origin check', () => {
  it("refuses a state-changing call from another site's page with 403, counting it", async () => {
    const before = await valueOf(server.metrics.refusedRequests);
    const foreign = await send(server, 'POST', '/api/boards', { headers: { origin: 'https://evil.example' }, body: board });
    expect([foreign.status, foreign.json.error]).toEqual([403, 'origin not allowed']);
    expectSecurityHeaders(foreign.headers, 'refusal');
    const b = await server.board();
    const join = await send(server, 'POST', `/api/boards/${b.id}/join`, { headers: { origin: 'null' }, token: b.tokens.commenter, body: { name: 'Kari' } });
    expect(join.status).toBe(403);
    expect(await valueOf(server.metrics.refusedRequests)).toBe(before + 2);
  });

  it('lets the same origin, an allowed origin and callers without an Origin through, and reads from anywhere', async () => {
    const same = await send(server, 'POST', '/api/boards', { headers: { origin: server.http }, body: board });
    const partner = await send(server, 'POST', '/api/boards', { headers: { origin: 'https://partner.example' }, body: board });
    const cli = await send(server, 'POST', '/api/boards', { body: board });
    expect([same.status, partner.status, cli.status]).toEqual([201, 201, 201]);
    const read = await send(server, 'GET', '/api/templates', { headers: { origin: 'https://evil.example' } });
    expect(read.status).toBe(200);
  });
});

describe('board creation limit', () => {
  it('refuses boards over BOARDS_PER_HOUR_PER_ADDRESS with 429 and Retry-After; a refused body costs nothing', async () => {
    const limited = await startServer({ BOARDS_PER_HOUR_PER_ADDRESS: '2' });
    extra.push(limited);
    expect((await send(limited, 'POST', '/api/boards', { body: { title: '' } })).status).toBe(400);
    for (let i = 0; i < 2; i++) expect((await send(limited, 'POST', '/api/boards', { body: board })).status).toBe(201);
    const r = await send(limited, 'POST', '/api/boards', { body: board });
    expect(r.status).toBe(429);
    expect(r.json.error).toMatch(/^too many boards from your network address: at most 2 an hour; try again in \d+ min$/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(3000);
    expect(await valueOf(limited.metrics.refusedRequests)).toBe(1);
  });
});

describe('a board that will not load', () => {
  it('answers 503 with a message and logs why, instead of a 500', async () => {
    const logged: Parameters<Logger>[] = [];
    const broken = await startServer({}, { log: (...args) => logged.push(args) });
    extra.push(broken);
    const b = await broken.board();
    broken.stores.log.load = () => Promise.reject(new Error('disk unreadable'));
    const r = await send(broken, 'GET', `/api/boards/${b.id}`, { token: b.tokens.viewer });
    expect([r.status, r.json.error]).toEqual([503, 'this board cannot be loaded right now; try again in a minute, and tell the facilitator if it goes on']);
    expect(r.headers.get('retry-after')).toBe('30');
    expect(logged).toContainEqual(['board-load-failed', { board: b.id, error: 'Error: disk unreadable' }, 'error']);
  });
});

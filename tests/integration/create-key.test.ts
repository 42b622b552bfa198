import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';
import { valueOf } from '@/server/metrics';
import { startServer, type TestServer } from './harness';

const KEY = 'verksted-nøkkel-2025';
const board = { title: 'Verksted', template: 'dagens-ordning' };
const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});
const start = async (env: Record<string, string>) => {
  const s = await startServer(env);
  servers.push(s);
  return s;
};

type Sent = { status: number; retryAfter: string | null; json: { error?: string; fields?: Record<string, string[]>; id?: string } & Record<string, unknown> };

async function send(on: TestServer, method: string, path: string, opts: { headers?: Record<string, string>; body?: unknown } = {}): Promise<Sent> {
  const res = await fetch(`${on.http}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...opts.headers },
    body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), json: text ? JSON.parse(text) : {} };
}
const create = (on: TestServer, headers: Record<string, string> = {}, body: unknown = board) => send(on, 'POST', '/api/boards', { headers, body });

describe('creation key', () => {
  it('tells the page whether a key is needed, and that sign-in is not', async () => {
    const open = await start({});
    const keyed = await start({ CREATE_KEY: KEY });
    expect((await send(open, 'GET', '/api/boards/requirements')).json).toEqual({ createKey: false, signIn: false });
    const asked = await send(keyed, 'GET', '/api/boards/requirements');
    expect([asked.status, asked.json]).toEqual([200, { createKey: true, signIn: false }]);
    // The answer names no part of the key.
    expect(JSON.stringify(asked.json)).not.toContain(KEY.slice(0, 4));
    expect((await send(keyed, 'POST', '/api/boards/requirements')).status).toBe(405);
  });

  it('refuses a board without the key or with a wrong one with 403 naming the field, and makes it with the right one in the header or the body', async () => {
    const keyed = await start({ CREATE_KEY: KEY });
    const none = await create(keyed);
    expect([none.status, none.json.error, none.json.fields]).toEqual([403, 'this server needs a creation key to start a board; ask whoever runs it', { createKey: ['missing'] }]);
    const empty = await create(keyed, { 'x-create-key': '' });
    expect([empty.status, empty.json.fields]).toEqual([403, { createKey: ['missing'] }]);
    for (const wrong of [KEY.slice(0, -1), `${KEY}x`, KEY.toUpperCase(), 'x']) {
      const r = await create(keyed, {}, { ...board, createKey: wrong });
      expect([r.status, r.json.error, r.json.fields], wrong).toEqual([403, 'wrong creation key', { createKey: ['wrong'] }]);
    }
    // The header, when sent, is the key that counts.
    const inHeader = await create(keyed, { 'x-create-key': 'not-the-key' }, { ...board, createKey: KEY });
    expect(inHeader.status).toBe(403);
    expect(await keyed.stores.boards.listBoards()).toEqual([]);

    const byBody = await create(keyed, {}, { ...board, createKey: KEY });
    expect(byBody.status).toBe(201);
    // Headers carry ASCII; a key with other letters goes in the body, so the header case uses an ASCII key.
    const ascii = await start({ CREATE_KEY: 'ascii-key-0123' });
    const byHeader = await create(ascii, { 'x-create-key': 'ascii-key-0123' });
    expect(byHeader.status).toBe(201);
    expect((await keyed.stores.boards.listBoards()).map((b) => b.id)).toEqual([byBody.json.id]);
    expect(await valueOf(keyed.metrics.refusedRequests)).toBe(7);
  });

  it('lets anyone create a board when no key is set, whatever key is sent', async () => {
    const open = await start({});
    expect((await create(open)).status).toBe(201);
    expect((await create(open, { 'x-create-key': 'anything-at-all' })).status).toBe(201);
  });

  it('refuses a key shorter than 8 characters at start-up', () => {
    expect(() => loadConfig({ CREATE_KEY: 'short' })).toThrow(/CREATE_KEY: must be at least 8 characters/);
  });
});

describe('boards per hour per address', () => {
  it('counts every key tried, so a wrong key costs a slot and guessing stops at the limit with 429 and Retry-After', async () => {
    const keyed = await start({ CREATE_KEY: 'ascii-key-0123', BOARDS_PER_HOUR_PER_ADDRESS: '3' });
    // A request with no key guesses nothing and costs nothing.
    for (let i = 0; i < 5; i++) expect((await create(keyed)).status).toBe(403);
    expect((await create(keyed, { 'x-create-key': 'guess-one' })).status).toBe(403);
    expect((await create(keyed, { 'x-create-key': 'guess-two' })).status).toBe(403);
    expect((await create(keyed, { 'x-create-key': 'ascii-key-0123' })).status).toBe(201);
    // The fourth attempt of the hour is refused before its key is compared, right key or not.
    const over = await create(keyed, { 'x-create-key': 'ascii-key-0123' });
    expect([over.status, over.json.error]).toEqual([429, expect.stringMatching(/^too many boards from your network address: at most 3 an hour; try again in \d+ min$/)]);
    expect(Number(over.retryAfter)).toBeGreaterThan(3000);
    expect(Number(over.retryAfter)).toBeLessThanOrEqual(3600);
  });

  it('refuses the (N+1)th board from one address with 429 and Retry-After, and ignores X-Forwarded-For without TRUST_PROXY', async () => {
    const direct = await start({ BOARDS_PER_HOUR_PER_ADDRESS: '2' });
    expect((await create(direct, { 'x-forwarded-for': '203.0.113.1' })).status).toBe(201);
    expect((await create(direct, { 'x-forwarded-for': '203.0.113.2' })).status).toBe(201);
    const third = await create(direct, { 'x-forwarded-for': '203.0.113.3' });
    expect(third.status).toBe(429);
    expect(Number(third.retryAfter)).toBeGreaterThan(0);
  });

  it("behind TRUST_PROXY counts X-Forwarded-For's last entry: a forged first entry does not help, another last entry is another address", async () => {
    const proxied = await start({ BOARDS_PER_HOUR_PER_ADDRESS: '2', TRUST_PROXY: '1' });
    expect((await create(proxied, { 'x-forwarded-for': '198.51.100.7, 192.0.2.10' })).status).toBe(201);
    expect((await create(proxied, { 'x-forwarded-for': '198.51.100.8, 192.0.2.10' })).status).toBe(201);
    const forged = await create(proxied, { 'x-forwarded-for': '198.51.100.9, 192.0.2.10' });
    expect([forged.status, Number(forged.retryAfter) > 0]).toEqual([429, true]);
    // The proxy's own address (all three came through it) is not what is counted either.
    expect((await create(proxied, { 'x-forwarded-for': '192.0.2.11' })).status).toBe(201);
    expect((await create(proxied, { 'x-forwarded-for': '198.51.100.7, 192.0.2.12' })).status).toBe(201);
  });
});

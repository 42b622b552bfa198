import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLOSE } from '@/lib/protocol';
import { loadsFresh, rawClient, startAttackServer, survives, updateFrame, type AttackServer } from './attack-server';

/** Attacks through the HTTP API and the upgrade, against a real server process. */
let server: AttackServer;
beforeAll(async () => {
  server = await startAttackServer({ ALLOWED_ORIGINS: 'https://tavla.example.no' });
}, 30_000);
afterAll(() => server?.stop());

const join = async (boardId: string, link: string, name = 'Kari', organisation = 'KS') => {
  const r = await server.request('POST', `/api/boards/${boardId}/join`, { token: link, body: { name, organisation } });
  return r;
};

describe('hostile calls to the API and the sync upgrade', () => {
  it('restoring a proposal onto a locked board is refused with 423 for an editor and nothing changes', async () => {
    const board = await server.board();
    const rss = server.rss();
    const editor = (await join(board.id, board.tokens.editor)).json.token as string;
    const facilitator = (await join(board.id, board.tokens.facilitator, 'Ola', 'Helsedirektoratet')).json.token as string;
    // A proposal with one card moved, saved, then the move taken back on the live board.
    const setLevel = async (level: string) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(await loadsFresh(server, board)));
      const sv = Y.encodeStateVector(doc);
      (doc.getMap('cards').get('tsb') as Y.Map<unknown>).set('level', level);
      const c = rawClient(server, board.id, board.tokens.editor);
      await c.opened;
      c.ws.send(updateFrame(Y.encodeStateAsUpdate(doc, sv)));
      await new Promise((r) => setTimeout(r, 300));
      c.ws.terminate();
    };
    await setLevel('kommune');
    const saved = await server.request('POST', `/api/boards/${board.id}/proposals`, { token: editor, body: { name: 'Flyttet', note: '' } });
    expect(saved.status).toBe(201);
    await setLevel('spesialist');
    const lock = await server.request('POST', `/api/boards/${board.id}/control/lock`, { token: facilitator, body: { locked: true } });
    expect(lock.status).toBe(200);
    const id = (saved.json.proposal as { id: string }).id;
    const refused = await server.request('POST', `/api/boards/${board.id}/proposals/${id}/restore`, { token: editor });
    expect(refused.status).toBe(423);
    expect(((await loadsFresh(server, board)).getMap('cards').get('tsb') as Y.Map<unknown>).get('level')).toBe('spesialist');
    // The facilitator may still restore onto the locked board.
    expect((await server.request('POST', `/api/boards/${board.id}/proposals/${id}/restore`, { token: facilitator })).status).toBe(200);
    expect(((await survives(server, board, rss)).getMap('cards').get('tsb') as Y.Map<unknown>).get('level')).toBe('kommune');
  }, 30_000);

  it('every response carries the security headers', async () => {
    const board = await server.board();
    for (const [method, path, token] of [
      ['GET', '/api/health', undefined],
      ['GET', '/metrics', undefined],
      ['GET', '/api/nowhere', undefined],
      ['GET', `/api/boards/${board.id}`, board.tokens.viewer],
      ['GET', `/api/boards/${board.id}`, 'wrong'],
    ] as const) {
      const r = await server.request(method, path, { token });
      expect(r.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(r.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(r.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });

  it('a page on a foreign origin can neither call the API nor open the sync socket', async () => {
    const board = await server.board();
    const rss = server.rss();
    const evil = { origin: 'https://angriper.example.com' };
    const post = await server.request('POST', '/api/boards', { headers: evil, body: { title: 'Fremmed', template: 'dagens-ordning' } });
    expect(post.status).toBe(403);
    const joinForeign = await server.request('POST', `/api/boards/${board.id}/join`, { headers: evil, token: board.tokens.editor, body: { name: 'X', organisation: '' } });
    expect(joinForeign.status).toBe(403);
    const socket = rawClient(server, board.id, board.tokens.editor, { origin: evil.origin });
    expect((await socket.closed).code).toBe(CLOSE.forbidden);
    // The server's own origin and an allowed one pass; so does a client that sends none.
    const own = new URL(server.http).origin;
    expect((await server.request('POST', '/api/boards', { headers: { origin: own }, body: { title: 'Egen', template: 'dagens-ordning' } })).status).toBe(201);
    expect((await server.request('POST', '/api/boards', { headers: { origin: 'https://tavla.example.no' }, body: { title: 'Tillatt', template: 'dagens-ordning' } })).status).toBe(201);
    const allowed = rawClient(server, board.id, board.tokens.editor, { origin: own });
    await allowed.opened;
    expect(allowed.ws.readyState).toBe(WebSocket.OPEN);
    allowed.ws.terminate();
    await survives(server, board, rss);
  });

  it('one viewer link cannot mint hundreds of participants: joins past the address limit get 429', async () => {
    const board = await server.board();
    const rss = server.rss();
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => join(board.id, board.tokens.viewer, `Gjest ${i}`)));
    const joined = answers.filter((a) => a.status === 200).length;
    // The default limit: 60 joins a minute per board from one address.
    expect(joined).toBe(60);
    const refused = answers.filter((a) => a.status === 429);
    expect(refused).toHaveLength(240);
    expect(Number(refused[0]!.headers.get('retry-after'))).toBeGreaterThan(0);
    const people = await server.request('GET', `/api/boards/${board.id}/participants`, { token: board.tokens.facilitator });
    expect((people.json.participants as unknown[]).length).toBe(60);
    await survives(server, board, rss);
  });

  it('names made only of invisible or direction-changing characters are refused', async () => {
    const board = await server.board();
    const rss = server.rss();
    for (const name of ['\u200b\u200b', '\u202e\u2066', '\ufeff \u200d']) {
      const r = await join(board.id, board.tokens.commenter, name);
      expect(r.status, JSON.stringify(name)).toBe(400);
    }
    const ok = await join(board.id, board.tokens.commenter, 'Kari\u202e Nordmann');
    expect(ok.status).toBe(200);
    expect(ok.json.name).toBe('Kari Nordmann');
    await survives(server, board, rss);
  });
});

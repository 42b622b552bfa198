import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyEntrySchema } from '@/lib/history';
import { presenterGrantSchema, type PresenterGrant } from '@/lib/presenter-grant';
import { CLOSE, CLOSE_REASON } from '@/lib/protocol';
import { boardWithPeople, call, join, openFeed, type Reply } from './comment-client';
import { closeOf, controlCall, linksOf, setLevel } from './control-client';
import { cardLevel, connect, eventually, rawSocket, startServer, synced, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const presenterCall = (boardId: string, rest: string, token: string, body?: unknown, method: 'GET' | 'POST' = 'POST') =>
  call(server, method, `/api/boards/${boardId}/${rest}`, { token, body });

/** The grant a 200 or 201 answer carries; fails the test on any other status. */
function grantOf(reply: Reply): PresenterGrant {
  if (reply.status !== 201 && reply.status !== 200) throw new Error(`expected a grant, got ${reply.status} ${JSON.stringify(reply.json)}`);
  return presenterGrantSchema.parse(reply.json);
}

describe('minting a presenter grant', () => {
  it('is for facilitators and editors, by shared link or participant token; others get 403, a bad token 401', async () => {
    const { board, fasi, edith, kari, vera } = await boardWithPeople(server);
    for (const token of [fasi.token, edith.token, board.tokens.facilitator, board.tokens.editor]) {
      const grant = grantOf(await presenterCall(board.id, 'presenter', token, {}));
      expect(grant.link).toBe(`/b/${board.id}/present#t=${encodeURIComponent(grant.token)}`);
      expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: grant.token })).json.role).toBe('viewer');
    }
    for (const token of [kari.token, vera.token, board.tokens.commenter, board.tokens.viewer]) {
      const r = await presenterCall(board.id, 'presenter', token, {});
      expect([r.status, r.json.error]).toEqual([403, 'only facilitators and editors can open a presenter view']);
    }
    // A presenter grant cannot mint another, nor revoke.
    const grant = grantOf(await presenterCall(board.id, 'presenter', fasi.token, {}));
    expect((await presenterCall(board.id, 'presenter', grant.token, {})).status).toBe(403);
    expect((await presenterCall(board.id, 'presenter/rotate', grant.token)).status).toBe(403);
    expect((await presenterCall(board.id, 'presenter', 'not-a-token', {})).status).toBe(401);
  });

  it('validates the body and the method', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const extra = await presenterCall(board.id, 'presenter', fasi.token, { role: 'editor' });
    expect([extra.status, extra.json]).toEqual([400, { error: 'invalid body', fields: { role: ['unknown field'] } }]);
    expect((await presenterCall(board.id, 'presenter', fasi.token, 'not json')).json).toEqual({ error: 'body is not valid JSON' });
    expect((await presenterCall(board.id, 'presenter', fasi.token, [])).status).toBe(400);
    expect((await presenterCall(board.id, 'presenter', fasi.token, undefined, 'GET')).status).toBe(405);
  });

  it('refuses a grant for another board, and refuses joining with a grant', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const other = await server.board();
    const grant = grantOf(await presenterCall(board.id, 'presenter', fasi.token, {}));
    expect((await call(server, 'GET', `/api/boards/${other.id}`, { token: grant.token })).status).toBe(403);
    expect((await rawSocket(`${server.ws}/${other.id}?token=${grant.token}`).closed).code).toBe(CLOSE.forbidden);
    const joined = await call(server, 'POST', `/api/boards/${board.id}/join`, { token: grant.token, body: { name: 'Projektor' } });
    expect([joined.status, joined.json.error]).toEqual([403, 'a presenter view cannot join the board']);
  });
});

describe('a presenter view on its own grant', () => {
  it('stays connected and live when the viewer link is replaced, and a fresh connection works too', async () => {
    const { board, fasi, vera } = await boardWithPeople(server);
    const grant = grantOf(await presenterCall(board.id, 'presenter', fasi.token, {}));
    const projector = connect(server.ws, board.id, grant.token);
    const viewer = connect(server.ws, board.id, vera.token);
    const chair = connect(server.ws, board.id, fasi.token);
    await Promise.all([projector, viewer, chair].map((c) => synced(c)));
    const feed = openFeed(`${server.http}/api/boards/${board.id}/events?token=${encodeURIComponent(grant.token)}`);
    await feed.next((e) => e.type === 'snapshot');
    let projectorClosed = false;
    projector.provider.on('connection-close', () => (projectorClosed = true));
    const viewerClosed = closeOf(viewer);

    linksOf(await controlCall(server, 'POST', board.id, 'links/viewer/rotate', fasi.token));
    expect(await viewerClosed).toEqual({ code: CLOSE.unauthorized, reason: CLOSE_REASON.linkRotated });

    setLevel(chair, 'legevakt', 'fylkeskommune');
    await eventually(() => expect(cardLevel(projector.doc, 'legevakt')).toBe('fylkeskommune'));
    await controlCall(server, 'POST', board.id, 'control/lock', fasi.token, { locked: true });
    await feed.next((e) => e.type === 'control' && e.control.locked);
    expect(projectorClosed).toBe(false);

    const again = connect(server.ws, board.id, grant.token);
    await synced(again);
    expect(cardLevel(again.doc, 'legevakt')).toBe('fylkeskommune');
    [projector, viewer, chair, again].forEach((c) => c.destroy());
    feed.close();
  });

  it('takes no edits', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const grant = grantOf(await presenterCall(board.id, 'presenter', fasi.token, {}));
    const projector = connect(server.ws, board.id, grant.token);
    await synced(projector);
    setLevel(projector, 'fastlege', 'fylkeskommune');
    // A later edit by the facilitator arriving shows the server had time to take the projector's.
    const chair = connect(server.ws, board.id, fasi.token);
    await synced(chair);
    setLevel(chair, 'legevakt', 'spesialisthelsetjenesten');
    const reader = connect(server.ws, board.id, board.tokens.viewer);
    await eventually(async () => {
      await synced(reader);
      expect(cardLevel(reader.doc, 'legevakt')).toBe('spesialisthelsetjenesten');
    });
    expect(cardLevel(reader.doc, 'fastlege')).toBe('kommune');
    [projector, chair, reader].forEach((c) => c.destroy());
  });

  it('is cut off when the facilitator revokes presenter grants; the new grant works, editors may not revoke', async () => {
    const { board, fasi, edith } = await boardWithPeople(server);
    const grant = grantOf(await presenterCall(board.id, 'presenter', edith.token, {}));
    const projector = connect(server.ws, board.id, grant.token);
    const viewer = connect(server.ws, board.id, board.tokens.viewer);
    await Promise.all([projector, viewer].map((c) => synced(c)));
    const feed = openFeed(`${server.http}/api/boards/${board.id}/events?token=${encodeURIComponent(grant.token)}`);
    await feed.next((e) => e.type === 'snapshot');
    let viewerClosed = false;
    viewer.provider.on('connection-close', () => (viewerClosed = true));
    const projectorClosed = closeOf(projector);

    const refused = await presenterCall(board.id, 'presenter/rotate', edith.token);
    expect([refused.status, refused.json.error]).toEqual([403, 'only facilitators can revoke presenter views']);
    const renewed = grantOf(await presenterCall(board.id, 'presenter/rotate', fasi.token));
    expect(await projectorClosed).toEqual({ code: CLOSE.unauthorized, reason: CLOSE_REASON.linkRotated });
    await (await feed.response).ended;

    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: grant.token })).status).toBe(401);
    expect((await rawSocket(`${server.ws}/${board.id}?token=${grant.token}`).closed).code).toBe(CLOSE.unauthorized);
    const fresh = connect(server.ws, board.id, renewed.token);
    await synced(fresh);
    // The viewer link and an editor's grant minted now are untouched by that.
    expect(viewerClosed).toBe(false);
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: board.tokens.viewer })).status).toBe(200);
    const minted = grantOf(await presenterCall(board.id, 'presenter', edith.token, {}));
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: minted.token })).status).toBe(200);
    [projector, viewer, fresh].forEach((c) => c.destroy());
  });
});

describe('GET presenter/last-change', () => {
  it('answers the newest history entry, naming who moved what, to any valid token', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const kari = await join(server, board.id, board.tokens.editor, 'Kari', 'KS');
    const grant = grantOf(await presenterCall(board.id, 'presenter', fasi.token, {}));
    const editor = connect(server.ws, board.id, kari.token);
    await synced(editor);
    setLevel(editor, 'legevakt', 'fylkeskommune');
    await eventually(async () => {
      const r = await presenterCall(board.id, 'presenter/last-change', grant.token, undefined, 'GET');
      expect(r.status).toBe(200);
      const entry = historyEntrySchema.parse(r.json.entry);
      expect(entry.changes).toEqual([{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }]);
      expect(entry.actors).toEqual([{ participantId: kari.id, name: 'Kari', organisation: 'KS', role: 'editor' }]);
    });
    expect((await presenterCall(board.id, 'presenter/last-change', 'not-a-token', undefined, 'GET')).status).toBe(401);
    editor.destroy();
  });
});

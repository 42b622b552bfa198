import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { threadSchema, type Thread } from '@/lib/comments';
import { linkToken, signToken } from '@/server/auth/tokens';
import { boardWithPeople, call, join, startThread } from './comment-client';
import { SECRET, startServer, type TestServer } from './harness';

let server: TestServer;
const logged: { event: string; fields: Record<string, unknown> }[] = [];
beforeAll(async () => {
  server = await startServer({}, { log: (event, fields = {}) => logged.push({ event, fields }) });
});
afterAll(async () => {
  await server.stop();
});

const threadsPath = (boardId: string) => `/api/boards/${boardId}/threads`;
const HOSTILE = '<script>alert(document.cookie)</script>\n<img src=x onerror="alert(1)"> &amp; &lt;b&gt; <b>fet</b> æøå 🙂 "\'`';

describe('POST /api/boards/<id>/threads', () => {
  it('opens a thread on every kind of anchor, with the author from the token and an optional stance', async () => {
    const { board, kari } = await boardWithPeople(server);
    const anchors = [{ kind: 'board' }, { kind: 'card', id: 'legevakt' }, { kind: 'level', id: 'kommune' }, { kind: 'proposal', id: 'forslag-1' }, { kind: 'indicator', id: 'cost:kommune' }];
    for (const [i, anchor] of anchors.entries()) {
      const r = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor, body: `tråd ${i}`, ...(i === 1 ? { stance: 'against' } : {}) } });
      expect(r.status).toBe(201);
      const thread = threadSchema.parse(r.json.thread);
      expect(thread).toMatchObject({ boardId: board.id, anchor, status: 'open', resolvedAt: null, resolvedBy: null });
      expect(thread.comments).toHaveLength(1);
      expect(thread.comments[0]).toMatchObject({
        threadId: thread.id,
        author: { participantId: kari.id, name: 'Kari Nordmann', organisation: 'Bodø kommune', role: 'commenter' },
        body: `tråd ${i}`,
        stance: i === 1 ? 'against' : null,
        editedAt: null,
        removedAt: null,
      });
    }
    const list = await call(server, 'GET', threadsPath(board.id), { token: board.tokens.viewer });
    expect(list.json.threads!.map((t) => t.anchor)).toEqual(anchors);
  });

  it('ignores no author claim: a body naming an author, name, role or participant is refused with 400 on that field', async () => {
    const { board, kari, ola } = await boardWithPeople(server);
    const forged = [
      { author: { participantId: ola.id, name: 'Ola', organisation: 'KS', role: 'facilitator' } },
      { name: 'Ola' },
      { participantId: ola.id },
      { role: 'facilitator' },
      { organisation: 'Staten' },
    ];
    for (const extra of forged) {
      const r = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor: { kind: 'board' }, body: 'Fra Ola?', ...extra } });
      const field = Object.keys(extra)[0]!;
      expect([r.status, r.json.error], field).toEqual([400, 'invalid body']);
      expect(r.json.fields, field).toEqual({ [field]: ['unknown field'] });
    }
    const reply = await call(server, 'POST', `${threadsPath(board.id)}/${(await startThread(server, board.id, kari.token)).id}/comments`, { token: kari.token, body: { body: 'x', author: 'Ola' } });
    expect([reply.status, reply.json.fields]).toEqual([400, { author: ['unknown field'] }]);
    const list = await call(server, 'GET', threadsPath(board.id), { token: ola.token });
    expect(list.json.threads!.flatMap((t) => t.comments.map((c) => c.author.participantId))).toEqual([kari.id]);
  });

  it('stores HTML and <script> as text and returns it byte for byte, as JSON', async () => {
    const { board, kari, ola } = await boardWithPeople(server);
    const r = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor: { kind: 'board' }, body: HOSTILE } });
    expect(r.status).toBe(201);
    expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(r.json.thread!.comments[0]!.body).toBe(HOSTILE);
    const replied = await call(server, 'POST', `${threadsPath(board.id)}/${r.json.thread!.id}/comments`, { token: ola.token, body: { body: `svar ${HOSTILE}` } });
    expect(replied.json.thread!.comments[1]!.body).toBe(`svar ${HOSTILE}`);
    const edited = await call(server, 'PATCH', `/api/boards/${board.id}/comments/${r.json.thread!.comments[0]!.id}`, { token: kari.token, body: { body: `${HOSTILE}!` } });
    expect(edited.json.thread!.comments[0]!.body).toBe(`${HOSTILE}!`);
    const raw = await fetch(`${server.http}${threadsPath(board.id)}`, { headers: { authorization: `Bearer ${ola.token}` } }).then((x) => x.text());
    // The bytes on the wire are JSON string escapes only: nothing was entity-encoded or stripped.
    expect(JSON.parse(raw).threads[0].comments.map((c: { body: string }) => c.body)).toEqual([`${HOSTILE}!`, `svar ${HOSTILE}`]);
    expect(raw).toContain(JSON.stringify(`svar ${HOSTILE}`));
  });

  it.each([
    ['an empty body', { anchor: { kind: 'board' }, body: '' }, 'body', 'must not be empty'],
    ['a blank body', { anchor: { kind: 'board' }, body: ' \n\t ' }, 'body', 'must not be empty'],
    ['a 4001-character body', { anchor: { kind: 'board' }, body: 'x'.repeat(4001) }, 'body', 'at most 4000 characters'],
    ['a body of the wrong type', { anchor: { kind: 'board' }, body: ['hei'] }, 'body', undefined],
    ['a missing body', { anchor: { kind: 'board' } }, 'body', undefined],
    ['a missing anchor', { body: 'hei' }, 'anchor', undefined],
    ['an unknown anchor kind', { anchor: { kind: 'person', id: 'x' }, body: 'hei' }, 'anchor.kind', undefined],
    ['a card anchor with a bad id', { anchor: { kind: 'card', id: '../etc' }, body: 'hei' }, 'anchor.id', 'id'],
    ['an unknown stance', { anchor: { kind: 'board' }, body: 'hei', stance: 'maybe' }, 'stance', undefined],
  ])('refuses %s with 400 naming the field', async (_label, body, field, message) => {
    const { board, kari } = await boardWithPeople(server);
    const r = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body });
    expect([r.status, r.json.error]).toEqual([400, 'invalid body']);
    expect(Object.keys(r.json.fields ?? {})).toEqual([field]);
    if (message) expect(r.json.fields![field]).toEqual([message]);
  });

  it('takes a body of exactly 4000 characters, and refuses malformed JSON, a non-object and a wrong content type', async () => {
    const { board, kari } = await boardWithPeople(server);
    const full = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor: { kind: 'board' }, body: 'æ'.repeat(4000) } });
    expect(full.status).toBe(201);
    const broken = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: '{"anchor": {"kind": "board"}, "body": "hei"' });
    expect([broken.status, broken.json.error]).toEqual([400, 'body is not valid JSON']);
    const list = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: ['hei'] });
    expect([list.status, Object.keys(list.json.fields ?? {})]).toEqual([400, ['(body)']]);
    const text = await fetch(`${server.http}${threadsPath(board.id)}`, { method: 'POST', headers: { authorization: `Bearer ${kari.token}`, 'content-type': 'text/plain' }, body: 'hei' });
    expect(text.status).toBe(415);
    const huge = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor: { kind: 'board' }, body: 'x'.repeat(70_000) } });
    expect([huge.status, huge.json.error]).toEqual([413, `body over ${64 * 1024} bytes`]);
  });

  it('lets commenters, editors and facilitators write, and refuses viewers with 403 and shared links with 401', async () => {
    const { board, fasi, kari, edith, vera } = await boardWithPeople(server);
    for (const who of [fasi, kari, edith]) expect((await call(server, 'POST', threadsPath(board.id), { token: who.token, body: { anchor: { kind: 'board' }, body: 'hei' } })).status).toBe(201);
    const body = { anchor: { kind: 'board' }, body: 'hei' };
    const viewer = await call(server, 'POST', threadsPath(board.id), { token: vera.token, body });
    expect([viewer.status, viewer.json.error]).toEqual([403, 'viewers can read comments but not write them']);
    const viewerLink = await call(server, 'POST', threadsPath(board.id), { token: board.tokens.viewer, body });
    expect(viewerLink.status).toBe(403);
    for (const role of ['facilitator', 'editor', 'commenter'] as const) {
      const link = await call(server, 'POST', threadsPath(board.id), { token: board.tokens[role], body });
      expect(link.status, role).toBe(401);
      expect(link.json.error, role).toMatch(/^join the board first/);
    }
    const other = await server.board();
    const foreign = await call(server, 'POST', threadsPath(board.id), { token: (await join(server, other.id, other.tokens.editor, 'X')).token, body });
    expect([foreign.status, foreign.json.error]).toEqual([403, 'token is for another board']);
    expect((await call(server, 'POST', threadsPath(board.id), { body })).status).toBe(401);
    const ghost = 'zzzzzzzzzzzz';
    const missing = await call(server, 'POST', threadsPath(ghost), { token: signToken(linkToken(ghost, 'editor', 1), SECRET), body });
    // The server's own token for a board that is not there: the board was deleted.
    expect([missing.status, missing.json.error]).toEqual([410, 'this board was deleted']);
    expect((await call(server, 'GET', threadsPath(board.id), { token: vera.token })).json.threads).toHaveLength(3);
  });

  it('resolves @mentions against the participants who joined this board', async () => {
    const { board, kari, ola, fasi } = await boardWithPeople(server);
    const other = await server.board();
    await join(server, other.id, other.tokens.editor, 'Per');
    const r = await call(server, 'POST', threadsPath(board.id), { token: kari.token, body: { anchor: { kind: 'board' }, body: 'Hva mener @ola og @Fasilitator? Ikke @Per, @Olav eller @Kari.' } });
    expect(r.json.thread!.comments[0]!.mentions.sort()).toEqual([ola.id, fasi.id].sort());
    const edited = await call(server, 'PATCH', `/api/boards/${board.id}/comments/${r.json.thread!.comments[0]!.id}`, { token: kari.token, body: { body: 'Bare @Kari Nordmann nå' } });
    expect(edited.json.thread!.comments[0]!.mentions).toEqual([kari.id]);
  });
});

describe('POST /api/boards/<id>/threads/<threadId>/comments', () => {
  it('appends replies in order with their stances, also to a resolved thread', async () => {
    const { board, kari, ola, edith } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Kommunen?', stance: 'question' });
    const path = `${threadsPath(board.id)}/${thread.id}/comments`;
    expect((await call(server, 'POST', path, { token: ola.token, body: { body: 'Ja', stance: 'for' } })).status).toBe(201);
    await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/resolve`, { token: ola.token });
    const last = await call(server, 'POST', path, { token: edith.token, body: { body: 'Nei', stance: 'against' } });
    expect(last.status).toBe(201);
    expect(last.json.thread!.status).toBe('resolved');
    expect(last.json.thread!.comments.map((c) => [c.author.name, c.body, c.stance])).toEqual([
      ['Kari Nordmann', 'Kommunen?', 'question'],
      ['Ola', 'Ja', 'for'],
      ['Edith', 'Nei', 'against'],
    ]);
  });

  it('answers 404 for an unknown thread or one on another board, and 403 for a viewer', async () => {
    const { board, kari, vera } = await boardWithPeople(server);
    const other = await boardWithPeople(server);
    const foreign = await startThread(server, other.board.id, other.kari.token);
    for (const id of ['nope', foreign.id]) {
      const r = await call(server, 'POST', `${threadsPath(board.id)}/${id}/comments`, { token: kari.token, body: { body: 'hei' } });
      expect([r.status, r.json.error]).toEqual([404, 'no thread with that id on this board']);
    }
    const own = await startThread(server, board.id, kari.token);
    const viewer = await call(server, 'POST', `${threadsPath(board.id)}/${own.id}/comments`, { token: vera.token, body: { body: 'hei' } });
    expect(viewer.status).toBe(403);
  });
});

describe('PATCH and DELETE /api/boards/<id>/comments/<commentId>', () => {
  const commentPath = (boardId: string, id: string) => `/api/boards/${boardId}/comments/${id}`;

  it("edits one's own comment, and refuses anyone else's with 403, even a facilitator's attempt", async () => {
    const { board, kari, ola, fasi } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token, { anchor: { kind: 'board' }, body: 'før', stance: 'for' });
    const id = thread.comments[0]!.id;
    const r = await call(server, 'PATCH', commentPath(board.id, id), { token: kari.token, body: { body: 'etter' } });
    expect(r.status).toBe(200);
    expect(r.json.thread!.comments[0]).toMatchObject({ id, body: 'etter', stance: 'for', author: { participantId: kari.id } });
    expect(r.json.thread!.comments[0]!.editedAt).not.toBeNull();
    for (const who of [ola, fasi]) {
      const denied = await call(server, 'PATCH', commentPath(board.id, id), { token: who.token, body: { body: 'kapret' } });
      expect([denied.status, denied.json.error]).toEqual([403, 'you can only edit your own comments']);
    }
    const bad = await call(server, 'PATCH', commentPath(board.id, id), { token: kari.token, body: { body: '', stance: 'against' } });
    expect([bad.status, Object.keys(bad.json.fields ?? {}).sort()]).toEqual([400, ['body', 'stance']]);
    const forged = await call(server, 'PATCH', commentPath(board.id, id), { token: kari.token, body: { body: 'x', author: { participantId: ola.id } } });
    expect([forged.status, forged.json.fields]).toEqual([400, { author: ['unknown field'] }]);
    const missing = await call(server, 'PATCH', commentPath(board.id, 'nope'), { token: kari.token, body: { body: 'x' } });
    expect([missing.status, missing.json.error]).toEqual([404, 'no comment with that id on this board']);
    const after = await call(server, 'GET', threadsPath(board.id), { token: ola.token });
    expect(after.json.threads![0]!.comments[0]!.body).toBe('etter');
  });

  it("removes one's own comment softly: it keeps its place as a removed comment and cannot be edited", async () => {
    const { board, kari, ola } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token, { anchor: { kind: 'board' }, body: 'første', stance: 'for' });
    await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/comments`, { token: ola.token, body: { body: 'andre' } });
    const id = thread.comments[0]!.id;
    const r = await call(server, 'DELETE', commentPath(board.id, id), { token: kari.token });
    expect(r.status).toBe(200);
    expect(r.json.thread!.comments.map((c) => [c.id === id, c.body, c.stance, c.removedAt !== null, c.removedBy])).toEqual([
      [true, '', null, true, null],
      [false, 'andre', null, false, null],
    ]);
    const again = await call(server, 'DELETE', commentPath(board.id, id), { token: kari.token });
    expect([again.status, again.json.error]).toEqual([409, 'this comment was already removed']);
    const edit = await call(server, 'PATCH', commentPath(board.id, id), { token: kari.token, body: { body: 'tilbake' } });
    expect([edit.status, edit.json.error]).toEqual([409, 'this comment was removed and cannot be edited']);
    expect((await server.stores.comments.listRemovals(board.id)).map((x) => [x.commentId, x.by.participantId])).toEqual([[id, kari.id]]);
  });

  it("refuses to remove another's comment with 403, unless a facilitator does it, which is logged", async () => {
    const { board, kari, ola, edith, fasi, vera } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token);
    const id = thread.comments[0]!.id;
    for (const who of [ola, edith]) {
      const r = await call(server, 'DELETE', commentPath(board.id, id), { token: who.token });
      expect([r.status, r.json.error]).toEqual([403, "you can only remove your own comments; a facilitator can remove anyone's"]);
    }
    expect((await call(server, 'DELETE', commentPath(board.id, id), { token: vera.token })).status).toBe(403);
    expect((await call(server, 'DELETE', commentPath(board.id, id), { token: board.tokens.facilitator })).status).toBe(401);
    const r = await call(server, 'DELETE', commentPath(board.id, id), { token: fasi.token });
    expect(r.status).toBe(200);
    expect(r.json.thread!.comments[0]).toMatchObject({ body: '', removedBy: fasi.id, author: { participantId: kari.id } });
    expect(await server.stores.comments.listRemovals(board.id)).toEqual([
      { commentId: id, threadId: thread.id, authorId: kari.id, by: { participantId: fasi.id, name: 'Fasilitator', organisation: 'Bodø kommune', role: 'facilitator' }, at: r.json.thread!.comments[0]!.removedAt },
    ]);
    expect(logged.filter((l) => l.event === 'comment-removed-by-facilitator' && l.fields.board === board.id)).toEqual([
      { event: 'comment-removed-by-facilitator', fields: { board: board.id, thread: thread.id, comment: id, author: kari.id, by: fasi.id } },
    ]);
    const missing = await call(server, 'DELETE', commentPath(board.id, 'nope'), { token: fasi.token });
    expect(missing.status).toBe(404);
  });
});

describe('resolve and reopen', () => {
  it('lets anyone who may comment resolve and reopen, recording who resolved', async () => {
    const { board, kari, ola, vera } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token);
    const resolved = await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/resolve`, { token: ola.token });
    expect(resolved.status).toBe(200);
    expect(resolved.json.thread).toMatchObject({ status: 'resolved', resolvedBy: { participantId: ola.id, name: 'Ola', organisation: 'KS', role: 'commenter' } });
    expect(resolved.json.thread!.resolvedAt).not.toBeNull();
    const twice = await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/resolve`, { token: kari.token });
    expect(twice.json.thread!.resolvedBy!.participantId).toBe(ola.id);
    const reopened = await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/reopen`, { token: kari.token });
    expect([reopened.status, reopened.json.thread!.status, reopened.json.thread!.resolvedBy]).toEqual([200, 'open', null]);
    expect((await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/resolve`, { token: vera.token })).status).toBe(403);
    expect((await call(server, 'POST', `${threadsPath(board.id)}/${thread.id}/resolve`, { token: board.tokens.editor })).status).toBe(401);
    const missing = await call(server, 'POST', `${threadsPath(board.id)}/nope/reopen`, { token: kari.token });
    expect([missing.status, missing.json.error]).toEqual([404, 'no thread with that id on this board']);
  });
});

describe('GET /api/boards/<id>/threads and /participants', () => {
  it('lists threads for any valid token, filtered by status, anchor and participant', async () => {
    const { board, kari, ola, fasi } = await boardWithPeople(server);
    const a = await startThread(server, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'a' });
    const b = await startThread(server, board.id, ola.token, { anchor: { kind: 'level', id: 'stat' }, body: 'b' });
    const c = await startThread(server, board.id, ola.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'c' });
    await call(server, 'POST', `${threadsPath(board.id)}/${c.id}/comments`, { token: fasi.token, body: { body: 'svar' } });
    await call(server, 'POST', `${threadsPath(board.id)}/${b.id}/resolve`, { token: kari.token });
    const ids = async (query: string, token = board.tokens.viewer) => {
      const r = await call(server, 'GET', `${threadsPath(board.id)}${query}`, { token });
      expect(r.status, query).toBe(200);
      return r.json.threads!.map((t: Thread) => t.id);
    };
    expect(await ids('')).toEqual([a.id, b.id, c.id]);
    expect(await ids('', kari.token)).toEqual([a.id, b.id, c.id]);
    expect(await ids('?status=open')).toEqual([a.id, c.id]);
    expect(await ids('?status=resolved')).toEqual([b.id]);
    expect(await ids('?anchor=card:legevakt')).toEqual([a.id, c.id]);
    expect(await ids('?anchor=card:legevakt&status=open&participant=' + fasi.id)).toEqual([c.id]);
    expect(await ids(`?participant=${ola.id}`)).toEqual([b.id, c.id]);
    expect(await ids('?participant=nobody')).toEqual([]);
    expect(await ids('?status=&anchor=')).toEqual([a.id, b.id, c.id]);
  });

  it('refuses a bad filter with 400 naming it, and a bad token like every endpoint', async () => {
    const { board } = await boardWithPeople(server);
    const status = await call(server, 'GET', `${threadsPath(board.id)}?status=closed`, { token: board.tokens.viewer });
    expect([status.status, status.json.error, Object.keys(status.json.fields ?? {})]).toEqual([400, 'invalid query', ['status']]);
    const anchor = await call(server, 'GET', `${threadsPath(board.id)}?anchor=person:x`, { token: board.tokens.viewer });
    expect([anchor.status, Object.keys(anchor.json.fields ?? {})]).toEqual([400, ['anchor']]);
    expect((await call(server, 'GET', threadsPath(board.id))).status).toBe(401);
    expect((await call(server, 'GET', threadsPath(board.id), { token: 'not-a-token' })).status).toBe(401);
  });

  it('lists everyone who joined, once each, for any valid token', async () => {
    const { board, fasi, kari, ola, edith, vera } = await boardWithPeople(server);
    for (const token of [board.tokens.viewer, vera.token]) {
      const r = await call(server, 'GET', `/api/boards/${board.id}/participants`, { token });
      expect(r.status).toBe(200);
      const people = r.json.participants as { participantId: string; name: string; role: string }[];
      expect(people.map((p) => p.participantId).sort()).toEqual([fasi, kari, ola, edith, vera].map((p) => p.id).sort());
      expect(people.find((p) => p.participantId === vera.id)).toEqual({ participantId: vera.id, name: 'Vera', organisation: 'Bodø kommune', role: 'viewer' });
    }
    expect((await call(server, 'GET', `/api/boards/${board.id}/participants`)).status).toBe(401);
  });
});

describe('routing', () => {
  it('answers 405 with the allowed methods, and 404 for paths that are no endpoint', async () => {
    const { board, kari } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token);
    const cases: [string, string, string][] = [
      ['PUT', threadsPath(board.id), 'GET, POST'],
      ['GET', `${threadsPath(board.id)}/${thread.id}/comments`, 'POST'],
      ['GET', `${threadsPath(board.id)}/${thread.id}/resolve`, 'POST'],
      ['POST', `/api/boards/${board.id}/comments/${thread.comments[0]!.id}`, 'PATCH, DELETE'],
      ['DELETE', `/api/boards/${board.id}/participants`, 'GET'],
      ['POST', `/api/boards/${board.id}/events`, 'GET'],
    ];
    for (const [method, path, allow] of cases) {
      const r = await call(server, method, path, { token: kari.token });
      expect([r.status, r.json.error, r.headers.get('allow')], `${method} ${path}`).toEqual([405, 'method not allowed', allow]);
    }
    for (const path of [`${threadsPath(board.id)}/${thread.id}`, `${threadsPath(board.id)}/${thread.id}/x`, `/api/boards/${board.id}/comments`, `/api/boards/${board.id}/comments/a.b`]) {
      const r = await call(server, 'GET', path, { token: kari.token });
      expect([r.status, r.json.error], path).toEqual([404, 'no such endpoint']);
    }
  });
});

import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@/server/config';
import { boardWithPeople, call, openFeed, startThread } from './comment-client';
import { startServer, type TestServer } from './harness';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});
const start = async (env: Record<string, string>) => {
  const s = await startServer(env);
  servers.push(s);
  return s;
};

describe('comment bounds', () => {
  it('refuses a participant over COMMENTS_PER_MINUTE with 429 and a message, counting edits, and no one else', async () => {
    const server = await start({ COMMENTS_PER_MINUTE: '3' });
    const { board, kari, ola } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token);
    await call(server, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: kari.token, body: { body: 'to' } });
    await call(server, 'PATCH', `/api/boards/${board.id}/comments/${thread.comments[0]!.id}`, { token: kari.token, body: { body: 'tre' } });
    const r = await call(server, 'POST', `/api/boards/${board.id}/threads`, { token: kari.token, body: { anchor: { kind: 'board' }, body: 'fire' } });
    expect(r.status).toBe(429);
    expect(r.json.error).toMatch(/^too many comments: at most 3 a minute each; try again in \d+ s$/);
    expect(Number(r.headers.get('retry-after'))).toBeGreaterThan(0);
    const edit = await call(server, 'PATCH', `/api/boards/${board.id}/comments/${thread.comments[0]!.id}`, { token: kari.token, body: { body: 'fire' } });
    expect(edit.status).toBe(429);
    // Reading and resolving are not comments.
    expect((await call(server, 'POST', `/api/boards/${board.id}/threads/${thread.id}/resolve`, { token: kari.token })).status).toBe(200);
    expect((await call(server, 'POST', `/api/boards/${board.id}/threads`, { token: ola.token, body: { anchor: { kind: 'board' }, body: 'Ola' } })).status).toBe(201);
    const list = await call(server, 'GET', `/api/boards/${board.id}/threads`, { token: kari.token });
    expect(list.json.threads!.flatMap((t) => t.comments.map((c) => c.body))).toEqual(['tre', 'to', 'Ola']);
  });

  it('refuses comments past MAX_COMMENTS_PER_BOARD with 409 and a message, on that board only, still taking edits', async () => {
    const server = await start({ MAX_COMMENTS_PER_BOARD: '3' });
    const { board, kari, ola, fasi } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token);
    await startThread(server, board.id, ola.token);
    const third = await call(server, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: fasi.token, body: { body: 'tre' } });
    expect(third.status).toBe(201);
    // A removed comment keeps its row, so removing does not make room.
    await call(server, 'DELETE', `/api/boards/${board.id}/comments/${thread.comments[0]!.id}`, { token: kari.token });
    const message = 'this board already holds 3 comments, the most it may have; no more can be added';
    const newThread = await call(server, 'POST', `/api/boards/${board.id}/threads`, { token: ola.token, body: { anchor: { kind: 'board' }, body: 'fire' } });
    expect([newThread.status, newThread.json.error]).toEqual([409, message]);
    const reply = await call(server, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: ola.token, body: { body: 'fire' } });
    expect([reply.status, reply.json.error]).toEqual([409, message]);
    expect((await call(server, 'PATCH', `/api/boards/${board.id}/comments/${third.json.thread!.comments[1]!.id}`, { token: fasi.token, body: { body: 'endret' } })).status).toBe(200);
    const other = await boardWithPeople(server);
    await startThread(server, other.board.id, other.kari.token);
  });

  it('defaults to 20 a minute and 5000 a board, and refuses a setting that is not a positive whole number', () => {
    expect(loadConfig({}).comments).toEqual({ perMinute: 20, maxPerBoard: 5000, perAddressPerMinute: 120 });
    expect(() => loadConfig({ COMMENTS_PER_MINUTE: '0' })).toThrow(/COMMENTS_PER_MINUTE/);
    expect(() => loadConfig({ MAX_COMMENTS_PER_BOARD: 'many' })).toThrow(/MAX_COMMENTS_PER_BOARD/);
  });
});

describe('restart', () => {
  it('keeps threads, comments, stances, edits, removals, resolution and participants on the same data directory', async () => {
    const first = await startServer();
    const { board, kari, ola, fasi, vera } = await boardWithPeople(first);
    const a = await startThread(first, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: '<script>x</script> @Ola', stance: 'question' });
    await call(first, 'POST', `/api/boards/${board.id}/threads/${a.id}/comments`, { token: ola.token, body: { body: 'For', stance: 'for' } });
    const removed = await call(first, 'POST', `/api/boards/${board.id}/threads/${a.id}/comments`, { token: ola.token, body: { body: 'borte', stance: 'against' } });
    await call(first, 'DELETE', `/api/boards/${board.id}/comments/${removed.json.thread!.comments[2]!.id}`, { token: fasi.token });
    await call(first, 'PATCH', `/api/boards/${board.id}/comments/${a.comments[0]!.id}`, { token: kari.token, body: { body: 'endret @Ola' } });
    await call(first, 'POST', `/api/boards/${board.id}/threads/${a.id}/resolve`, { token: ola.token });
    await startThread(first, board.id, fasi.token, { anchor: { kind: 'indicator', id: 'cost:stat' }, body: 'Nøytral', stance: 'neutral' });
    const threads = (await call(first, 'GET', `/api/boards/${board.id}/threads`, { token: vera.token })).json.threads;
    const participants = (await call(first, 'GET', `/api/boards/${board.id}/participants`, { token: vera.token })).json.participants;
    const removals = await first.stores.comments.listRemovals(board.id);
    await first.close();

    const second = await startServer({}, { dataDir: first.dataDir });
    servers.push(second);
    const again = await call(second, 'GET', `/api/boards/${board.id}/threads`, { token: vera.token });
    expect(again.json.threads).toEqual(threads);
    expect(again.json.threads!.map((t) => [t.status, t.resolvedBy?.participantId ?? null, t.comments.map((c) => [c.body, c.stance, c.mentions, c.editedAt !== null, c.removedBy])])).toEqual([
      ['resolved', ola.id, [['endret @Ola', 'question', [ola.id], true, null], ['For', 'for', [], false, null], ['', null, [], false, fasi.id]]],
      ['open', null, [['Nøytral', 'neutral', [], false, null]]],
    ]);
    expect((await call(second, 'GET', `/api/boards/${board.id}/participants`, { token: vera.token })).json.participants).toEqual(participants);
    expect(await second.stores.comments.listRemovals(board.id)).toEqual(removals);
    // Tokens issued before the restart still write, and the feed starts from the stored state.
    const feed = openFeed(`${second.http}/api/boards/${board.id}/events?token=${vera.token}`);
    const snapshot = await feed.next((e) => e.type === 'snapshot');
    expect(snapshot.type === 'snapshot' && snapshot.threads).toEqual(threads);
    expect((await call(second, 'POST', `/api/boards/${board.id}/threads/${a.id}/comments`, { token: kari.token, body: { body: 'etter omstart' } })).status).toBe(201);
    feed.close();
  });
});

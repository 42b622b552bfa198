import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FeedEvent } from '@/lib/board-feed';
import { linkToken, signToken } from '@/server/auth/tokens';
import { valueOf } from '@/server/metrics';
import { boardWithPeople, call, join, openFeed, startThread } from './comment-client';
import { eventually, SECRET, startServer, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

const feedUrl = (boardId: string, token: string) => `${server.http}/api/boards/${boardId}/events?token=${encodeURIComponent(token)}`;
const isThread = (pred: (t: Extract<FeedEvent, { type: 'thread' }>['thread']) => boolean) => (e: FeedEvent) => e.type === 'thread' && pred(e.thread);
const openFeeds = async () => Number(/^ansvarstavla_board_feeds (\d+)$/m.exec(await (await fetch(`${server.http}/metrics`)).text())?.[1]);

describe('GET /api/boards/<id>/events', () => {
  it('starts with a snapshot of every thread and participant, as server-sent events', async () => {
    const { board, kari, fasi, ola, edith, vera } = await boardWithPeople(server);
    const thread = await startThread(server, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'før', stance: 'for' });
    const feed = openFeed(feedUrl(board.id, board.tokens.viewer));
    const res = await feed.response;
    expect([res.status, res.type]).toEqual([200, 'text/event-stream; charset=utf-8']);
    const snapshot = await feed.next((e) => e.type === 'snapshot');
    expect(feed.events[0]).toBe(snapshot);
    if (snapshot.type !== 'snapshot') throw new Error('unreachable');
    expect(snapshot.threads).toEqual([thread]);
    expect(snapshot.participants.map((p) => p.participantId).sort()).toEqual([fasi, kari, ola, edith, vera].map((p) => p.id).sort());
    feed.close();
  });

  it('delivers a new comment to two other subscribers within a second', async () => {
    const { board, kari, ola, vera } = await boardWithPeople(server);
    const feeds = [openFeed(feedUrl(board.id, ola.token)), openFeed(feedUrl(board.id, vera.token))];
    await Promise.all(feeds.map((f) => f.next((e) => e.type === 'snapshot')));
    const sent = Date.now();
    const posted = startThread(server, board.id, kari.token, { anchor: { kind: 'board' }, body: '<b>Ny</b> kommentar' });
    const received = await Promise.all(feeds.map((f) => f.next(isThread((t) => t.comments[0]?.body === '<b>Ny</b> kommentar'), 1000)));
    expect(Date.now() - sent).toBeLessThan(1000);
    const thread = await posted;
    for (const e of received) expect(e).toEqual({ type: 'thread', thread });
    for (const f of feeds) f.close();
  });

  it('sends the whole thread after each reply, edit, removal, resolve and reopen, and a participant on join', async () => {
    const { board, kari, ola, fasi } = await boardWithPeople(server);
    const feed = openFeed(feedUrl(board.id, board.tokens.viewer));
    await feed.next((e) => e.type === 'snapshot');
    const thread = await startThread(server, board.id, kari.token);
    // The event travels on another connection than the answer, so it may come a little later.
    await feed.next((e) => e.type === 'thread');
    const base = `/api/boards/${board.id}`;
    const steps: [() => Promise<unknown>, (t: Extract<FeedEvent, { type: 'thread' }>['thread']) => boolean][] = [
      [() => call(server, 'POST', `${base}/threads/${thread.id}/comments`, { token: ola.token, body: { body: 'svar', stance: 'against' } }), (t) => t.comments[1]?.stance === 'against'],
      [() => call(server, 'PATCH', `${base}/comments/${thread.comments[0]!.id}`, { token: kari.token, body: { body: 'endret' } }), (t) => t.comments[0]?.body === 'endret'],
      [() => call(server, 'DELETE', `${base}/comments/${thread.comments[0]!.id}`, { token: fasi.token }), (t) => t.comments[0]?.removedBy === fasi.id],
      [() => call(server, 'POST', `${base}/threads/${thread.id}/resolve`, { token: ola.token }), (t) => t.status === 'resolved'],
      [() => call(server, 'POST', `${base}/threads/${thread.id}/reopen`, { token: ola.token }), (t) => t.status === 'open' && t.comments.length === 2],
    ];
    for (const [i, [act, check]] of steps.entries()) {
      const before = feed.events.length;
      await act();
      const event = await feed.next((e) => feed.events.indexOf(e) >= before && e.type === 'thread');
      expect(event.type === 'thread' && event.thread.id === thread.id && check(event.thread), `step ${i}`).toBe(true);
    }
    const per = await join(server, board.id, board.tokens.commenter, 'Per');
    expect(await feed.next((e) => e.type === 'participant')).toEqual({ type: 'participant', participant: { participantId: per.id, name: 'Per', organisation: 'Bodø kommune', role: 'commenter' } });
    feed.close();
  });

  it("keeps each board's events to its own feeds", async () => {
    const a = await boardWithPeople(server);
    const b = await boardWithPeople(server);
    const feedB = openFeed(feedUrl(b.board.id, b.board.tokens.viewer));
    await feedB.next((e) => e.type === 'snapshot');
    await startThread(server, a.board.id, a.kari.token, { anchor: { kind: 'board' }, body: 'bare A' });
    await startThread(server, b.board.id, b.kari.token, { anchor: { kind: 'board' }, body: 'bare B' });
    await feedB.next(isThread((t) => t.comments[0]?.body === 'bare B'));
    expect(feedB.events.filter((e) => e.type === 'thread').map((e) => e.type === 'thread' && e.thread.boardId)).toEqual([b.board.id]);
    feedB.close();
  });

  it('refuses a bad token with the usual JSON error before any stream starts', async () => {
    const board = await server.board();
    const other = await server.board();
    const ghost = 'zzzzzzzzzzzz';
    const cases: [string, string, number, string][] = [
      ['no token', `${server.http}/api/boards/${board.id}/events`, 401, 'token is not a string'],
      ['malformed token', feedUrl(board.id, 'not-a-token'), 401, 'token is not two base64url parts'],
      ["another board's token", feedUrl(board.id, other.tokens.viewer), 403, 'token is for another board'],
      ['unknown board', feedUrl(ghost, other.tokens.viewer), 404, 'no board with that id'],
      // The server's own token for a board that is not there: the board was deleted.
      ['board gone', `${server.http}/api/boards/${ghost}/events?token=${signToken(linkToken(ghost, 'viewer', 1), SECRET)}`, 410, 'this board was deleted'],
    ];
    for (const [label, url, status, message] of cases) {
      const feed = openFeed(url);
      const res = await feed.response;
      const body = status === 410 ? { error: message, code: 'deleted' } : { error: message };
      expect([res.status, res.type, JSON.parse(res.body)], label).toEqual([status, 'application/json; charset=utf-8', body]);
      await res.ended;
    }
    await server.stores.boards.rotateKey(board.id);
    expect((await openFeed(feedUrl(board.id, board.tokens.viewer)).response).status).toBe(401);
  });

  it('counts open feeds in /metrics and forgets a feed whose client left', async () => {
    const board = await server.board();
    const start = await openFeeds();
    const feeds = [openFeed(feedUrl(board.id, board.tokens.viewer)), openFeed(feedUrl(board.id, board.tokens.editor))];
    await Promise.all(feeds.map((f) => f.next((e) => e.type === 'snapshot')));
    expect(await openFeeds()).toBe(start + 2);
    feeds[0]!.close();
    await eventually(async () => expect(await openFeeds()).toBe(start + 1));
    // Publishing to a board whose feed left must not write to the closed response.
    const kari = await join(server, board.id, board.tokens.commenter, 'Kari');
    await startThread(server, board.id, kari.token);
    await feeds[1]!.next((e) => e.type === 'thread');
    feeds[1]!.close();
    await eventually(async () => expect(await openFeeds()).toBe(start));
  });
});

describe('feeds and shutdown', () => {
  it('ends every open feed when the server closes', async () => {
    const own = await startServer();
    const board = await own.board();
    const feed = openFeed(`${own.http}/api/boards/${board.id}/events?token=${board.tokens.viewer}`);
    await feed.next((e) => e.type === 'snapshot');
    const { ended } = await feed.response;
    await own.stop();
    await ended;
    expect(await valueOf(own.metrics.feeds)).toBe(0);
  });

  it('allows at most MAX_PEERS_PER_BOARD feeds on one board', async () => {
    const own = await startServer({ MAX_PEERS_PER_BOARD: '2' });
    const board = await own.board();
    const url = `${own.http}/api/boards/${board.id}/events?token=${board.tokens.viewer}`;
    const feeds = [openFeed(url), openFeed(url)];
    await Promise.all(feeds.map((f) => f.next((e) => e.type === 'snapshot')));
    const third = await openFeed(url).response;
    expect([third.status, JSON.parse(third.body)]).toEqual([409, { error: 'this board has 2 live feeds open already' }]);
    const other = await own.board();
    const elsewhere = openFeed(`${own.http}/api/boards/${other.id}/events?token=${other.tokens.viewer}`);
    await elsewhere.next((e) => e.type === 'snapshot');
    for (const f of [...feeds, elsewhere]) f.close();
    await own.stop();
  });
});

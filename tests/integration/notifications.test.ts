import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Notification } from '@/lib/notifications';
import { boardWithPeople, call, join, openFeed, startThread } from './comment-client';
import { startServer, type TestServer } from './harness';

const list = async (s: TestServer, boardId: string, token: string) => {
  const r = await call(s, 'GET', `/api/boards/${boardId}/notifications`, { token });
  expect(r.status).toBe(200);
  return r.json as unknown as { notifications: Notification[]; unread: number };
};

describe('the notification bell API', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startServer();
  });
  afterEach(() => s.stop());

  it("gives each participant only their own: a mention to the named, an answer to the thread's earlier writers, nothing to the writer", async () => {
    const { board, kari, ola, edith, fasi } = await boardWithPeople(s);
    const thread = await startThread(s, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Hvem har ansvaret?' });
    await call(s, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: ola.token, body: { body: 'Spør @Edith' } });

    const toKari = await list(s, board.id, kari.token);
    expect(toKari.unread).toBe(1);
    expect(toKari.notifications).toMatchObject([{ kind: 'answer', threadId: thread.id, anchor: { kind: 'card', id: 'legevakt' }, actor: { name: 'Ola' }, excerpt: 'Spør @Edith', readAt: null }]);
    expect((await list(s, board.id, edith.token)).notifications).toMatchObject([{ kind: 'mention', actor: { name: 'Ola' } }]);
    expect((await list(s, board.id, ola.token)).notifications).toEqual([]);
    expect((await list(s, board.id, fasi.token)).notifications).toEqual([]);

    // Edith was mentioned, so she follows the thread: Kari's reply reaches her and Ola as answers, newest first.
    await call(s, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: kari.token, body: { body: 'Takk!' } });
    expect((await list(s, board.id, edith.token)).notifications.map((n) => n.kind)).toEqual(['answer', 'mention']);
    expect((await list(s, board.id, ola.token)).notifications).toMatchObject([{ kind: 'answer', actor: { name: 'Kari Nordmann' } }]);
  });

  it("marks read only the caller's own, by id or all, and refuses a shared link", async () => {
    const { board, kari, ola, edith } = await boardWithPeople(s);
    await startThread(s, board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann og @Ola' });
    await startThread(s, board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann igjen' });
    const [newest, older] = (await list(s, board.id, kari.token)).notifications;
    const olasOwn = (await list(s, board.id, ola.token)).notifications[0]!;

    // Kari cannot mark Ola's: the id is not hers, so nothing changes.
    const foreign = await call(s, 'POST', `/api/boards/${board.id}/notifications/read`, { token: kari.token, body: { ids: [olasOwn.id] } });
    expect(foreign.json).toMatchObject({ changed: 0, unread: 2 });
    expect((await list(s, board.id, ola.token)).unread).toBe(1);

    const one = await call(s, 'POST', `/api/boards/${board.id}/notifications/read`, { token: kari.token, body: { ids: [older!.id] } });
    expect(one.json).toMatchObject({ changed: 1, unread: 1 });
    expect((await list(s, board.id, kari.token)).notifications.map((n) => n.readAt === null)).toEqual([true, false]);
    const all = await call(s, 'POST', `/api/boards/${board.id}/notifications/read`, { token: kari.token, body: { all: true } });
    expect(all.json).toMatchObject({ changed: 1, unread: 0 });
    expect(newest!.id).not.toBe(older!.id);

    expect((await call(s, 'GET', `/api/boards/${board.id}/notifications`, { token: board.tokens.commenter })).status).toBe(403);
    expect((await call(s, 'POST', `/api/boards/${board.id}/notifications/read`, { token: kari.token, body: { ids: 'x' } })).status).toBe(400);
  });

  it("signals the recipients' open pages, and says email is off when no SMTP server is set", async () => {
    const { board, kari, edith } = await boardWithPeople(s);
    const feed = openFeed(`${s.http}/api/boards/${board.id}/events?token=${encodeURIComponent(kari.token)}`);
    try {
      await feed.next((e) => e.type === 'snapshot');
      const signal = feed.next((e) => e.type === 'changed' && e.change.part === 'notifications');
      await startThread(s, board.id, edith.token, { anchor: { kind: 'board' }, body: 'Hei @Kari Nordmann' });
      expect(await signal).toEqual({ type: 'changed', change: { part: 'notifications', action: 'added', to: [kari.id] } });
    } finally {
      feed.close();
    }
    const email = await call(s, 'GET', `/api/boards/${board.id}/notifications/email`, { token: kari.token });
    expect(email.json).toEqual({ available: false, setting: null, suggested: null });
    const put = await call(s, 'PUT', `/api/boards/${board.id}/notifications/email`, { token: kari.token, body: { address: 'kari@example.no', lang: 'nb', instant: true, digest: false } });
    expect(put.status).toBe(404);
  });

  it("erases a participant's notifications and blanks their name on the ones they caused", async () => {
    const { board, kari, ola } = await boardWithPeople(s);
    const thread = await startThread(s, board.id, kari.token, { anchor: { kind: 'board' }, body: 'Hei @Ola' });
    await call(s, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: ola.token, body: { body: 'Hei selv' } });
    expect((await list(s, board.id, kari.token)).notifications).toHaveLength(1);

    expect((await call(s, 'POST', `/api/boards/${board.id}/me/erase`, { token: kari.token, body: { confirm: 'erase' } })).status).toBe(200);
    expect(await s.stores.notifications.listNotifications(board.id, kari.id, 50)).toEqual([]);
    expect((await list(s, board.id, ola.token)).notifications).toMatchObject([{ kind: 'mention', actor: { participantId: kari.id, name: '', organisation: '' }, excerpt: '' }]);

    // An erased participant is not told of later answers in the thread.
    const late = await join(s, board.id, board.tokens.commenter, 'Per');
    await call(s, 'POST', `/api/boards/${board.id}/threads/${thread.id}/comments`, { token: late.token, body: { body: 'Sent svar' } });
    expect(await s.stores.notifications.listNotifications(board.id, kari.id, 50)).toEqual([]);
  });
});

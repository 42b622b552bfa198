import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INITIAL_CONTROL } from '@/lib/control';
import { CLOSE, CLOSE_REASON, PERMISSION_DENIED } from '@/lib/protocol';
import { valueOf } from '@/server/metrics';
import { boardWithPeople, call, join, openFeed } from './comment-client';
import { closeOf, controlCall, controlOf, deniedOf, linksOf, setLevel } from './control-client';
import { cardLevel, connect, eventually, rawSocket, startServer, storedDoc, synced, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

/** Every endpoint that changes the controls or reads or replaces links, with a body it accepts. */
const FACILITATOR_ONLY: ['GET' | 'POST', string, unknown?][] = [
  ['POST', 'control/lock', { locked: true }],
  ['POST', 'control/timer', { action: 'start', durationMs: 60_000 }],
  ['POST', 'control/timer', { action: 'reset' }],
  ['POST', 'control/follow', { follow: true }],
  ['POST', 'control/follow', { follow: false }],
  ['GET', 'links'],
  ['POST', 'links/editor/rotate'],
  ['POST', 'links/facilitator/rotate'],
];

describe('who may use the controls', () => {
  it('refuses editors, commenters and viewers with 403 and a bad token with 401, changing nothing', async () => {
    const { board, edith, kari, vera } = await boardWithPeople(server);
    const others = [edith.token, kari.token, vera.token, board.tokens.editor, board.tokens.commenter, board.tokens.viewer];
    for (const [method, rest, body] of FACILITATOR_ONLY) {
      for (const token of others) {
        const r = await controlCall(server, method, board.id, rest, token, body);
        expect([r.status, r.json.error?.startsWith('only facilitators can')], `${method} ${rest}`).toEqual([403, true]);
      }
      const r = await controlCall(server, method, board.id, rest, 'not-a-token', body);
      expect(r.status, `${method} ${rest}`).toBe(401);
    }
    // Anyone with a valid token reads the controls; nothing above changed them or any link.
    const control = controlOf(await controlCall(server, 'GET', board.id, 'control', vera.token));
    expect(control).toEqual({ ...INITIAL_CONTROL, serverNow: control.serverNow });
    expect((await join(server, board.id, board.tokens.editor, 'Ny')).token).toBeTruthy();
    expect((await controlCall(server, 'GET', board.id, 'control', 'not-a-token')).status).toBe(401);
  });

  it('answers 400 with the fields for bad bodies, 404 for an unknown role and 409 for a timer action out of turn', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const post = (rest: string, body: unknown) => controlCall(server, 'POST', board.id, rest, fasi.token, body);
    const cases: [string, unknown, Record<string, string[]>][] = [
      ['control/lock', {}, { locked: ['Invalid input: expected boolean, received undefined'] }],
      ['control/lock', { locked: true, by: 'Ola' }, { by: ['unknown field'] }],
      ['control/timer', { action: 'start', durationMs: 500 }, { durationMs: ['at least 1 s'] }],
      ['control/timer', { action: 'start', durationMs: 5 * 60 * 60 * 1000 }, { durationMs: ['at most 4 hours'] }],
      ['control/follow', { follow: 'yes' }, { follow: ['Invalid input: expected boolean, received string'] }],
    ];
    for (const [rest, body, fields] of cases) {
      const r = await post(rest, body);
      expect([r.status, r.json.error, r.json.fields], rest).toEqual([400, 'invalid body', fields]);
    }
    expect((await post('control/timer', { action: 'stop' })).status).toBe(400);
    expect((await post('control/lock', 'not json')).json).toEqual({ error: 'body is not valid JSON' });
    expect((await post('links/chair/rotate', undefined)).json).toEqual({ error: 'no role named chair; use one of facilitator, editor, commenter, viewer' });
    expect((await post('links/chair/rotate', undefined)).status).toBe(404);
    expect([(await controlCall(server, 'GET', board.id, 'control/lock', fasi.token)).status]).toEqual([405]);
    const pause = await post('control/timer', { action: 'pause' });
    expect([pause.status, pause.json.error]).toEqual([409, 'the timer is not running']);
    const resume = await post('control/timer', { action: 'resume' });
    expect([resume.status, resume.json.error]).toEqual([409, 'the timer is not paused']);
  });

  it('sets follow to the calling facilitator, who must have joined, and clears it', async () => {
    const { board, fasi } = await boardWithPeople(server);
    const shared = await controlCall(server, 'POST', board.id, 'control/follow', board.tokens.facilitator, { follow: true });
    expect([shared.status, shared.json.error?.startsWith('join the board first')]).toEqual([403, true]);
    const on = controlOf(await controlCall(server, 'POST', board.id, 'control/follow', fasi.token, { follow: true }));
    expect(on.follow).toEqual({ participantId: fasi.id, name: 'Fasilitator' });
    // A shared facilitator link may still stop it: stopping names no one.
    const off = controlOf(await controlCall(server, 'POST', board.id, 'control/follow', board.tokens.facilitator, { follow: false }));
    expect(off.follow).toBeNull();
  });
});

describe('the lock', () => {
  it("drops an editor's update while locked (never applied, relayed or stored), takes a facilitator's, and unlocking restores editing", async () => {
    const { board, fasi, edith } = await boardWithPeople(server);
    const editor = connect(server.ws, board.id, edith.token);
    const chair = connect(server.ws, board.id, fasi.token);
    const observer = connect(server.ws, board.id, board.tokens.viewer);
    await Promise.all([editor, chair, observer].map((c) => synced(c)));

    const locked = controlOf(await controlCall(server, 'POST', board.id, 'control/lock', fasi.token, { locked: true }));
    expect([locked.locked, locked.lockedBy]).toEqual([true, 'Fasilitator']);
    const before = { lockedWrites: await valueOf(server.metrics.lockedWrites), droppedWrites: await valueOf(server.metrics.droppedWrites) };
    const denied = deniedOf(editor);
    setLevel(editor, 'legevakt', 'fylkeskommune');
    setLevel(chair, 'dps', 'kommune');
    expect(await denied).toBe(PERMISSION_DENIED.boardLocked);
    await eventually(() => expect(cardLevel(observer.doc, 'dps')).toBe('kommune'));
    expect(await valueOf(server.metrics.lockedWrites)).toBe(before.lockedWrites + 1);
    expect(await valueOf(server.metrics.droppedWrites)).toBe(before.droppedWrites + 1);
    expect(await (await fetch(`${server.http}/metrics`)).text()).toMatch(/^ansvarstavla_locked_writes_total [1-9]\d*$/m);
    for (const c of [observer, chair]) expect(cardLevel(c.doc, 'legevakt')).toBe('kommune');
    const stored = await storedDoc(server.stores, board.id);
    expect([cardLevel(stored, 'legevakt'), cardLevel(stored, 'dps')]).toEqual(['kommune', 'kommune']);

    // An editor joining the locked board answers the greeting with nothing new: that is no edit.
    const late = connect(server.ws, board.id, edith.token);
    let lateDenied = false;
    void deniedOf(late).then(() => (lateDenied = true));
    await synced(late);
    expect(cardLevel(late.doc, 'dps')).toBe('kommune');
    await new Promise((r) => setTimeout(r, 200));
    expect([lateDenied, (await valueOf(server.metrics.lockedWrites))]).toEqual([false, before.lockedWrites + 1]);
    late.destroy();

    const unlocked = controlOf(await controlCall(server, 'POST', board.id, 'control/lock', fasi.token, { locked: false }));
    expect([unlocked.locked, unlocked.lockedBy]).toEqual([false, null]);
    // The refused client was told its copy is stale; loaded afresh, the same editor edits again.
    editor.destroy();
    const again = connect(server.ws, board.id, edith.token);
    await synced(again);
    expect(cardLevel(again.doc, 'legevakt')).toBe('kommune');
    setLevel(again, 'bup', 'kommune');
    await eventually(() => expect(cardLevel(observer.doc, 'bup')).toBe('kommune'));
    await eventually(async () => expect(cardLevel(await storedDoc(server.stores, board.id), 'bup')).toBe('kommune'));
    expect(await valueOf(server.metrics.lockedWrites)).toBe(before.lockedWrites + 1);
    [again, chair, observer].forEach((c) => c.destroy());
  });
});

describe('link rotation', () => {
  it("replaces one role's links: its tokens get 401 and 4401, its sockets and feeds close, other roles stay", async () => {
    const { board, fasi, edith, vera } = await boardWithPeople(server);
    const editor = connect(server.ws, board.id, edith.token);
    const viewer = connect(server.ws, board.id, vera.token);
    const chair = connect(server.ws, board.id, fasi.token);
    await Promise.all([editor, viewer, chair].map((c) => synced(c)));
    const feedUrl = (token: string) => `${server.http}/api/boards/${board.id}/events?token=${encodeURIComponent(token)}`;
    const [editorFeed, viewerFeed] = [openFeed(feedUrl(edith.token)), openFeed(feedUrl(vera.token))];
    await Promise.all([editorFeed, viewerFeed].map((f) => f.next((e) => e.type === 'snapshot')));
    const editorClosed = closeOf(editor);
    let viewerClosed = false;
    viewer.provider.on('connection-close', () => (viewerClosed = true));

    const before = linksOf(await controlCall(server, 'GET', board.id, 'links', fasi.token));
    const after = linksOf(await controlCall(server, 'POST', board.id, 'links/editor/rotate', fasi.token));
    expect(after.links.editor).not.toBe(before.links.editor);
    expect(after.links.editor).toBe(`/b/${board.id}#t=${after.tokens.editor}`);

    expect(await editorClosed).toEqual({ code: CLOSE.unauthorized, reason: CLOSE_REASON.linkRotated });
    await (await editorFeed.response).ended;
    for (const old of [board.tokens.editor, edith.token]) {
      const r = await call(server, 'GET', `/api/boards/${board.id}`, { token: old });
      expect([r.status, r.json.error]).toEqual([401, 'token was revoked by a key rotation']);
      const socket = rawSocket(`${server.ws}/${board.id}?token=${old}`);
      expect((await socket.closed).code).toBe(CLOSE.unauthorized);
    }

    // The viewer's socket and feed stay open and live.
    setLevel(chair, 'legevakt', 'fylkeskommune');
    await eventually(() => expect(cardLevel(viewer.doc, 'legevakt')).toBe('fylkeskommune'));
    await controlCall(server, 'POST', board.id, 'control/lock', fasi.token, { locked: true });
    await viewerFeed.next((e) => e.type === 'control' && e.control.locked);
    expect(viewerClosed).toBe(false);
    for (const token of [vera.token, board.tokens.viewer, board.tokens.commenter, before.tokens.viewer]) {
      expect((await call(server, 'GET', `/api/boards/${board.id}`, { token })).status).toBe(200);
    }

    // The new editor link works, over HTTP and on a socket.
    const newcomer = await join(server, board.id, after.tokens.editor, 'Ny redaktør');
    const fresh = connect(server.ws, board.id, newcomer.token);
    await synced(fresh);
    expect(cardLevel(fresh.doc, 'legevakt')).toBe('fylkeskommune');
    const current = linksOf(await controlCall(server, 'GET', board.id, 'links', fasi.token));
    expect((await call(server, 'GET', `/api/boards/${board.id}`, { token: current.tokens.editor })).status).toBe(200);
    [editor, viewer, chair, fresh].forEach((c) => c.destroy());
    viewerFeed.close();
  });
});

describe('the timer', () => {
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

  it('runs on the server clock: start, pause, resume and reset, with the remaining time the server reads', async () => {
    const { board, fasi, vera } = await boardWithPeople(server);
    const timer = async (body: unknown) => controlOf(await controlCall(server, 'POST', board.id, 'control/timer', fasi.token, body));
    const read = async () => controlOf(await controlCall(server, 'GET', board.id, 'control', vera.token));

    const started = await timer({ action: 'start', durationMs: 60_000 });
    expect(started.timer).toMatchObject({ status: 'running', durationMs: 60_000 });
    expect(started.timer.remainingMs).toBe(started.timer.endsAt! - started.serverNow);
    expect(started.timer.remainingMs).toBeGreaterThan(59_000);
    await sleep(300);
    const running = await read();
    expect(running.timer.endsAt).toBe(started.timer.endsAt);
    expect(running.timer.remainingMs).toBe(running.timer.endsAt! - running.serverNow);
    expect(running.timer.remainingMs).toBeLessThanOrEqual(started.timer.remainingMs - 250);

    const paused = await timer({ action: 'pause' });
    expect(paused.timer).toMatchObject({ status: 'paused', durationMs: 60_000, endsAt: null });
    expect(paused.timer.remainingMs).toBeLessThanOrEqual(running.timer.remainingMs);
    expect(paused.timer.remainingMs).toBeGreaterThan(running.timer.remainingMs - 5000);
    await sleep(300);
    expect((await read()).timer).toEqual(paused.timer);

    const resumed = await timer({ action: 'resume' });
    expect(resumed.timer.status).toBe('running');
    // It ends what was left after the resume (give or take the time the change took): the pause did not count.
    expect(resumed.timer.endsAt! - resumed.serverNow).toBeLessThanOrEqual(paused.timer.remainingMs);
    expect(resumed.timer.endsAt! - resumed.serverNow).toBeGreaterThan(paused.timer.remainingMs - 1000);

    expect((await timer({ action: 'reset' })).timer).toEqual({ status: 'idle', durationMs: 60_000, remainingMs: 60_000, endsAt: null });
  });

  it('keeps the lock and a running timer across a restart, counting on to the same end time', async () => {
    const first = await startServer();
    const { board, fasi, edith } = await boardWithPeople(first);
    await controlCall(first, 'POST', board.id, 'control/lock', fasi.token, { locked: true });
    const started = controlOf(await controlCall(first, 'POST', board.id, 'control/timer', fasi.token, { action: 'start', durationMs: 120_000 }));
    await first.close();

    const second = await startServer({}, { dataDir: first.dataDir });
    try {
      const after = controlOf(await controlCall(second, 'GET', board.id, 'control', edith.token));
      expect(after).toMatchObject({ locked: true, lockedBy: 'Fasilitator', timer: { status: 'running', durationMs: 120_000, endsAt: started.timer.endsAt } });
      expect(after.serverNow).toBeGreaterThanOrEqual(started.serverNow);
      expect(after.timer.remainingMs).toBe(started.timer.endsAt! - after.serverNow);
      // The room loaded after the restart enforces the stored lock.
      const editor = connect(second.ws, board.id, edith.token);
      await synced(editor);
      const denied = deniedOf(editor);
      setLevel(editor, 'legevakt', 'fylkeskommune');
      expect(await denied).toBe(PERMISSION_DENIED.boardLocked);
      editor.destroy();
      expect(cardLevel(await storedDoc(second.stores, board.id), 'legevakt')).toBe('kommune');
    } finally {
      await second.stop();
    }
  });
});

describe('the live feed', () => {
  it('carries the controls in its snapshot and sends a control event after each change', async () => {
    const { board, fasi } = await boardWithPeople(server);
    await controlCall(server, 'POST', board.id, 'control/timer', fasi.token, { action: 'start', durationMs: 30_000 });
    const feed = openFeed(`${server.http}/api/boards/${board.id}/events?token=${encodeURIComponent(board.tokens.viewer)}`);
    const snapshot = await feed.next((e) => e.type === 'snapshot');
    if (snapshot.type !== 'snapshot') throw new Error('unreachable');
    expect(snapshot.control).toMatchObject({ locked: false, timer: { status: 'running', durationMs: 30_000 } });

    const locked = controlOf(await controlCall(server, 'POST', board.id, 'control/lock', fasi.token, { locked: true }));
    expect(await feed.next((e) => e.type === 'control' && e.control.locked, 1000)).toEqual({ type: 'control', control: locked });
    const following = controlOf(await controlCall(server, 'POST', board.id, 'control/follow', fasi.token, { follow: true }));
    expect(await feed.next((e) => e.type === 'control' && e.control.follow !== null, 1000)).toEqual({ type: 'control', control: following });
    // A refused change sends nothing.
    await controlCall(server, 'POST', board.id, 'control/timer', fasi.token, { action: 'resume' });
    await controlCall(server, 'POST', board.id, 'control/timer', fasi.token, { action: 'reset' });
    const reset = await feed.next((e) => e.type === 'control' && e.control.timer.status === 'idle', 1000);
    expect(feed.events.filter((e) => e.type === 'control')).toHaveLength(3);
    expect(reset.type === 'control' && reset.control.follow).toEqual({ participantId: fasi.id, name: 'Fasilitator' });
    feed.close();
  });
});

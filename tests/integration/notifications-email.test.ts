import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import { silentLogger } from '@/server/log';
import { startMailWorker } from '@/server/notifications/mail-worker';
import { smtpMailer } from '@/server/notifications/mailer';
import { openPgStores } from '@/server/storage/pg-stores';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';
import { call, join, startThread } from './comment-client';
import { eventually, SECRET, type TestServer } from './harness';
import { freePort } from './services/ports';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { startSmtp, type Received, type SmtpSink } from './services/smtp';

/** A settable clock: the board server stamps notifications, runs its queue and judges the digest hour by it. */
const clock = { at: Date.parse('2025-01-15T10:00:00Z') };

/** A real board server on a real SQLite file with email on, pointed at `smtp`; `dataDir` restarts on what another left. */
async function startMailServer(smtp: SmtpSink, dataDir = mkdtempSync(path.join(os.tmpdir(), 'mail-'))) {
  const port = await freePort();
  const config = loadConfig({ UNLOAD_AFTER_MS: '0', SMTP_URL: smtp.url, MAIL_FROM: 'Ansvarstavla <tavle@example.no>', PUBLIC_URL: `http://127.0.0.1:${port}`, MAIL_RETRY_MS: '200', MAIL_POLL_MS: '100' }, process.cwd());
  const stores = openSqliteStores(path.join(dataDir, 'boards.sqlite'));
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: silentLogger, now: () => clock.at });
  await server.listen(port);
  const http = `http://127.0.0.1:${port}`;
  return {
    ...server,
    stores,
    dataDir,
    http,
    ws: '',
    async board() {
      const record = await createBoard(stores.boards, catalog, { title: 'Helse i Bodø', template: 'dagens-ordning' });
      return { ...record, ...boardLinks(record, SECRET) };
    },
    /** Waits until the send queue has nothing due and nothing under way. */
    async drained() {
      await eventually(async () => {
        await server.mail!.nudge();
        await server.mail!.settled();
        expect((await stores.mail.countOutbox()).pending).toBe(0);
      }, 10_000);
    },
    stop: () => server.close(),
  };
}
type MailServer = Awaited<ReturnType<typeof startMailServer>>;
const asTest = (s: MailServer) => s as unknown as TestServer;

/** The first link in a message's text that starts with `prefix`. */
const linkIn = (m: Received, prefix: string): string => {
  const found = m.text.match(new RegExp(`${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^\\s"<>]+`));
  if (!found) throw new Error(`no ${prefix} link in: ${m.text.slice(0, 400)}`);
  return found[0].replace(/&amp;/g, '&');
};
const unsubscribeOf = (m: Received) => /<([^>]+)>/.exec(m.headers.get('list-unsubscribe') ?? '')![1]!;
const events = (smtp: SmtpSink, address: string) => smtp.to(address).filter((m) => !/^(Bekreft|Confirm)/.test(m.headers.get('subject') ?? ''));

/** Joins Kari and Ola as commenters and Edith as editor. */
async function people(s: MailServer) {
  const board = await s.board();
  const kari = await join(asTest(s), board.id, board.tokens.commenter, 'Kari Nordmann');
  const ola = await join(asTest(s), board.id, board.tokens.commenter, 'Ola');
  const edith = await join(asTest(s), board.id, board.tokens.editor, 'Edith', 'KS');
  return { board, kari, ola, edith };
}

/** Saves an address for a participant and, unless told not to, confirms it through the link the confirmation email carries. */
async function subscribe(s: MailServer, smtp: SmtpSink, boardId: string, who: { token: string }, address: string, opts: { instant?: boolean; digest?: boolean; confirm?: boolean; lang?: 'nb' | 'en' } = {}) {
  const saved = await call(asTest(s), 'PUT', `/api/boards/${boardId}/notifications/email`, { token: who.token, body: { address, lang: opts.lang ?? 'nb', instant: opts.instant ?? true, digest: opts.digest ?? false } });
  expect(saved.status).toBe(200);
  await eventually(() => expect(smtp.to(address).length).toBeGreaterThan(0));
  if (opts.confirm === false) return;
  const link = linkIn(smtp.to(address).at(-1)!, `${s.http}/api/mail/confirm?t=`);
  // Opening the link only shows the page (mail scanners open links); its button posts.
  expect((await fetch(link)).status).toBe(200);
  expect((await call(asTest(s), 'GET', `/api/boards/${boardId}/notifications/email`, { token: who.token })).json.setting).toMatchObject({ confirmed: false });
  const confirmed = await fetch(link, { method: 'POST' });
  expect(confirmed.status).toBe(200);
  expect(await confirmed.text()).toContain('bekreftet');
}

describe('email notifications over real SMTP (SQLite)', () => {
  let smtp: SmtpSink;
  const running: MailServer[] = [];
  const start = async (dataDir?: string) => {
    const s = await startMailServer(smtp, dataDir);
    running.push(s);
    return s;
  };

  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp.close());
  afterEach(async () => {
    for (const s of running.splice(0)) await s.stop().catch(() => undefined);
    smtp.received.length = 0;
    Object.assign(smtp.state, { mode: 'accept', delayMs: 0, refused: 0 });
    clock.at = Date.parse('2025-01-15T10:00:00Z');
  });

  it('sends a mention once to the confirmed address, with the thread link and one-click unsubscribe headers, and nothing to an unconfirmed one', async () => {
    const s = await start();
    const { board, kari, ola, edith } = await people(s);
    await subscribe(s, smtp, board.id, kari, 'kari@example.no');
    await subscribe(s, smtp, board.id, ola, 'ola@example.no', { confirm: false });

    const thread = await startThread(asTest(s), board.id, edith.token, { anchor: { kind: 'board' }, body: 'Hva mener @Kari Nordmann og @Ola om legevakten?' });
    await s.drained();

    const toKari = events(smtp, 'kari@example.no');
    expect(toKari).toHaveLength(1);
    expect(toKari[0]!.headers.get('subject')).toBe('Du ble nevnt av Edith på «Helse i Bodø»');
    expect(toKari[0]!.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(unsubscribeOf(toKari[0]!)).toMatch(new RegExp(`^${s.http}/api/mail/unsubscribe\\?t=`));
    expect(linkIn(toKari[0]!, `${s.http}/b/`)).toBe(`${s.http}/b/${board.id}#thread=${thread.id}`);
    // Ola's address was never confirmed: the only message to it is the confirmation.
    expect(smtp.to('ola@example.no')).toHaveLength(1);
    expect(events(smtp, 'ola@example.no')).toHaveLength(0);
    // No board read shows an address to anyone else.
    const threads = await call(asTest(s), 'GET', `/api/boards/${board.id}/threads`, { token: edith.token });
    const participants = await call(asTest(s), 'GET', `/api/boards/${board.id}/participants`, { token: edith.token });
    expect(JSON.stringify([threads.json, participants.json])).not.toContain('@example.no');
  });

  it('sends nothing more after a one-click unsubscribe, and forgets the address', async () => {
    const s = await start();
    const { board, kari, edith } = await people(s);
    await subscribe(s, smtp, board.id, kari, 'kari@example.no', { lang: 'en' });
    await startThread(asTest(s), board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann første' });
    await s.drained();
    const [first] = events(smtp, 'kari@example.no');
    expect(first!.headers.get('subject')).toBe('You were mentioned by Edith on "Helse i Bodø"');

    // RFC 8058: the mail program posts this body to the List-Unsubscribe address, with no page.
    const res = await fetch(unsubscribeOf(first!), { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(res.status).toBe(200);
    expect((await call(asTest(s), 'GET', `/api/boards/${board.id}/notifications/email`, { token: kari.token })).json.setting).toBeNull();

    await startThread(asTest(s), board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann andre' });
    await s.drained();
    expect(events(smtp, 'kari@example.no')).toHaveLength(1);
  });

  it("groups a day's events on followed threads into one digest at the digest hour", async () => {
    const s = await start();
    const { board, kari, ola, edith } = await people(s);
    await subscribe(s, smtp, board.id, kari, 'kari@example.no', { instant: false, digest: true });
    const a = await startThread(asTest(s), board.id, kari.token, { anchor: { kind: 'board' }, body: 'Hvem tar legevakten?' });
    const b = await startThread(asTest(s), board.id, edith.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Spør @Kari Nordmann' });
    await call(asTest(s), 'POST', `/api/boards/${board.id}/threads/${a.id}/comments`, { token: edith.token, body: { body: 'Kommunen.' } });
    await call(asTest(s), 'POST', `/api/boards/${board.id}/threads/${a.id}/comments`, { token: ola.token, body: { body: 'Staten.' } });
    await s.drained();
    // Digest only: nothing goes out during the day.
    expect(events(smtp, 'kari@example.no')).toHaveLength(0);

    // 07:30 in Oslo the next morning.
    clock.at = Date.parse('2025-01-16T06:30:00Z');
    await s.drained();
    await s.drained();
    const digests = events(smtp, 'kari@example.no');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.headers.get('subject')).toBe('Sammendrag fra «Helse i Bodø»');
    const text = digests[0]!.text;
    expect(text).toContain('Edith svarte i en tråd du følger: Kommunen.');
    expect(text).toContain('Ola svarte i en tråd du følger: Staten.');
    expect(text).toContain('Edith nevnte deg: Spør @Kari Nordmann');
    // One section per thread, each with its link.
    expect(text.split(`${s.http}/b/${board.id}#thread=${a.id}`).length).toBeGreaterThan(1);
    expect(text.split(`${s.http}/b/${board.id}#thread=${b.id}`).length).toBeGreaterThan(1);
  });

  it('retries a send the SMTP server refused after the board server restarts, and it arrives once', async () => {
    const first = await start();
    const { board, kari, edith } = await people(first);
    await subscribe(first, smtp, board.id, kari, 'kari@example.no');
    smtp.state.mode = 'refuse';
    await startThread(asTest(first), board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann er du der?' });
    await eventually(() => expect(smtp.state.refused).toBe(1));
    // The retry waits for its time to come (on the server's clock), then is refused again.
    await first.mail!.nudge();
    expect(smtp.state.refused).toBe(1);
    clock.at += 1000;
    await eventually(() => expect(smtp.state.refused).toBe(2));
    expect((await first.stores.mail.countOutbox()).pending).toBe(1);
    expect(events(smtp, 'kari@example.no')).toHaveLength(0);
    await first.stop();

    smtp.state.mode = 'accept';
    clock.at += 60_000;
    const second = await start(first.dataDir);
    await second.drained();
    expect(events(smtp, 'kari@example.no')).toHaveLength(1);
    rmSync(first.dataDir, { recursive: true, force: true });
  });

  it('sends each message once with two servers on one data directory, and once when a server stops mid-send', async () => {
    const a = await start();
    const b = await start(a.dataDir);
    const { board, kari, edith } = await people(a);
    await subscribe(a, smtp, board.id, kari, 'kari@example.no');
    for (let i = 0; i < 6; i++) await startThread(asTest(a), board.id, edith.token, { anchor: { kind: 'board' }, body: `@Kari Nordmann nr. ${i}` });
    await Promise.all([a.drained(), b.drained(), a.mail!.nudge(), b.mail!.nudge()]);
    expect(events(smtp, 'kari@example.no')).toHaveLength(6);

    // A slow SMTP server: the first server stops while the message is in the middle of being sent.
    smtp.state.delayMs = 400;
    const started = smtp.state.started;
    await b.stop();
    await startThread(asTest(a), board.id, edith.token, { anchor: { kind: 'board' }, body: '@Kari Nordmann siste' });
    await eventually(() => expect(smtp.state.started).toBe(started + 1));
    await a.stop();
    const c = await start(a.dataDir);
    await c.drained();
    expect(events(smtp, 'kari@example.no')).toHaveLength(7);
    expect(new Set(events(smtp, 'kari@example.no').map((m) => m.headers.get('message-id'))).size).toBe(7);
  });
});

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('email send queue lease on PostgreSQL'), () => {
  let pgServer: PostgresServer;
  let smtp: SmtpSink;
  beforeAll(async () => {
    [pgServer, smtp] = [(await startPostgres())!, await startSmtp()];
  }, 60_000);
  afterAll(async () => {
    await smtp?.close();
    await pgServer?.destroy();
  });

  it('lets two instances work one queue and sends each message exactly once', async () => {
    const url = await pgServer.createDatabase('mail_lease');
    const one: Stores = await openPgStores(url);
    const two: Stores = await openPgStores(url);
    const settings = { smtpUrl: smtp.url, from: 'tavle@example.no', publicUrl: 'http://tavle.example.no', digestHour: 7, retryMs: 100, pollMs: 50 };
    const at = new Date().toISOString();
    await one.boards.createBoard({ id: 'pg-mail-board', title: 'Felles', template: 'standard', keyVersion: 1, createdAt: at }, new Uint8Array([0]));
    const people = ['anne-0000001', 'bjorn-000002', 'cecilie-0003'];
    for (const p of people) await one.mail.setAddress({ boardId: 'pg-mail-board', participantId: p, address: `${p}@example.no`, lang: 'nb', instant: true, digest: false, confirmedAt: at, createdAt: at });
    for (let i = 0; i < 12; i++) {
      const participantId = people[i % 3]!;
      const id = `n${i}`;
      await one.notifications.addNotifications([
        { id, boardId: 'pg-mail-board', recipientId: participantId, kind: 'mention', threadId: 't', commentId: `c${i}`, anchor: { kind: 'board' }, actor: { participantId: 'x-0000000001', name: 'Edith', organisation: '' }, excerpt: `nr. ${i}`, createdAt: at, readAt: null },
      ]);
      await one.mail.enqueue({ boardId: 'pg-mail-board', participantId, key: `event:pg-mail-board:${id}`, kind: 'event', data: JSON.stringify({ notification: id }), nextAt: at, createdAt: at });
    }
    const workers = [one, two].map((stores) => startMailWorker({ stores, mailer: smtpMailer(settings), settings, secret: SECRET, log: silentLogger, clock: () => new Date() }));
    try {
      await eventually(async () => expect((await one.mail.countOutbox()).sent).toBe(12), 15_000);
      for (const p of people) expect(smtp.to(`${p}@example.no`)).toHaveLength(4);
    } finally {
      for (const w of workers) await w.stop();
      await one.close();
      await two.close();
    }
  });
});

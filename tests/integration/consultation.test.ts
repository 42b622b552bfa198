import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import type { BoardChange, FeedEvent } from '@/lib/board-feed';
import { catalog } from '@/lib/catalog';
import { consultationAnswerSchema, consultationsAnswerSchema, type Consultation } from '@/lib/consultation';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import type { Fanout } from '@/server/fanout/fanout';
import { RedisFanout } from '@/server/fanout/redis-fanout';
import { silentLogger } from '@/server/log';
import { openPgStores } from '@/server/storage/pg-stores';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';
import { boardWithPeople, call, openFeed } from './comment-client';
import { SECRET, type TestServer } from './harness';
import { api, save } from './proposals-client';
import { postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';
import { redisUnavailable, startRedis, type RedisServer } from './services/redis';
import { shared } from './services/shared-store';
import { suiteTitle } from './services/skip';

/*
 * Consultation rounds through the HTTP API on a real server, on SQLite and on PostgreSQL. The
 * server's clock is injected: each test starts it on Friday 11 December 2026 at 09.00 in Oslo and
 * moves it past a deadline at once, so nothing waits for real time to pass.
 */

const START = Date.parse('2026-12-11T08:00:00Z');
const NOON = { date: '2026-12-11', time: '12:00' };
const AT_NOON = Date.parse('2026-12-11T11:00:00Z');
const clock = { now: START };

type Backend = { stores: Stores; cleanup: () => Promise<void> };

/** A board server on port 0 over `stores` with the test clock, shaped as the comment client's helpers expect. */
async function startOn(stores: Stores, fanout?: Fanout) {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0' }, process.cwd());
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: silentLogger, now: () => clock.now, fanout });
  const port = await server.listen(0);
  const board = async () => {
    const record = await createBoard(stores.boards, catalog, { title: 'Høring', template: 'dagens-ordning' });
    return { ...record, ...boardLinks(record, SECRET) };
  };
  // The helpers use only `http` and `board` of a TestServer.
  return Object.assign({ http: `http://127.0.0.1:${port}`, board, close: () => server.close() }) as unknown as TestServer & { close(): Promise<void> };
}

const ROUND = { title: 'Innspill før verksted 2', question: 'Hva mangler i forslaget?', deadline: NOON };

async function open(on: TestServer, boardId: string, token: string, body: Record<string, unknown> = ROUND): Promise<Consultation> {
  const r = await call(on, 'POST', api(boardId, 'consultations'), { token, body });
  if (r.status !== 201) throw new Error(`open failed: ${r.status} ${JSON.stringify(r.json)}`);
  return consultationAnswerSchema.parse(r.json).round;
}
const thread = (on: TestServer, boardId: string, token: string, body: Record<string, unknown>) => call(on, 'POST', api(boardId, 'threads'), { token, body });
const reply = (on: TestServer, boardId: string, threadId: string, token: string, body: Record<string, unknown>) =>
  call(on, 'POST', api(boardId, `threads/${threadId}/comments`), { token, body });
const CLOSED_AT_NOON = 'høringen ble avsluttet fredag 11. desember kl. 12.00';

const backends: [string, string | null, () => Promise<Backend>][] = [];
let pgServer: PostgresServer | undefined;
let databases = 0;
backends.push([
  'SQLite',
  null,
  async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'consultation-'));
    const stores = openSqliteStores(path.join(dir, 'boards.sqlite'));
    return { stores, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  },
]);
backends.push([
  'PostgreSQL',
  postgresUnavailable(),
  async () => {
    pgServer ??= (await startPostgres())!;
    const stores = await openPgStores(await pgServer.createDatabase(`consultation_${++databases}`));
    return { stores, cleanup: async () => {} };
  },
]);

afterAll(async () => {
  await pgServer?.destroy();
});

for (const [name, skip, make] of backends) {
  describe.skipIf(skip)(suiteTitle(`consultation rounds on ${name}`, skip), () => {
    let backend: Backend;
    let server: Awaited<ReturnType<typeof startOn>>;
    beforeAll(async () => {
      backend = await make();
      server = await startOn(backend.stores);
    }, 60_000);
    afterAll(async () => {
      await server?.close();
      await backend?.cleanup();
    });
    beforeEach(() => {
      clock.now = START;
    });

    it('lets only a facilitator open, extend or close a round; anyone on the board reads it with the server clock', async () => {
      const s = await boardWithPeople(server);
      for (const token of [s.kari.token, s.edith.token, s.vera.token, s.board.tokens.editor, s.board.tokens.commenter]) {
        const r = await call(server, 'POST', api(s.board.id, 'consultations'), { token, body: ROUND });
        expect([r.status, r.json.error]).toEqual([403, 'only facilitators can open, extend or close a consultation round']);
      }
      expect((await call(server, 'GET', api(s.board.id, 'consultations'))).status).toBe(401);
      const round = await open(server, s.board.id, s.board.tokens.facilitator);
      expect(round).toMatchObject({ boardId: s.board.id, title: ROUND.title, question: ROUND.question, proposal: null, questionsStayOpen: false, deadline: new Date(AT_NOON).toISOString(), closedAt: null });
      for (const action of ['extend', 'close']) {
        const r = await call(server, 'POST', api(s.board.id, `consultations/${round.id}/${action}`), { token: s.kari.token, body: { deadline: { date: '2026-12-12', time: '12:00' } } });
        expect(r.status).toBe(403);
      }
      const listed = await call(server, 'GET', api(s.board.id, 'consultations'), { token: s.vera.token });
      expect(listed.status).toBe(200);
      expect(consultationsAnswerSchema.parse(listed.json)).toEqual({ rounds: [round], current: round, serverNow: START });
    });

    it('refuses a deadline that is past, more than a year ahead or never happens in Oslo, and a body that does not parse', async () => {
      const s = await boardWithPeople(server);
      const cases = [
        [{ date: '2026-12-11', time: '08:59' }, 'the deadline must be in the future'],
        [{ date: '2028-01-01', time: '12:00' }, 'the deadline may be at most a year ahead'],
        [{ date: '2027-03-28', time: '02:30' }, 'not a date and time that happens in Norwegian time (the hour skipped when clocks go forward does not exist)'],
      ] as const;
      for (const [deadline, message] of cases) {
        const r = await call(server, 'POST', api(s.board.id, 'consultations'), { token: s.fasi.token, body: { ...ROUND, deadline } });
        expect([r.status, r.json.fields?.deadline]).toEqual([422, [message]]);
      }
      const bad = await call(server, 'POST', api(s.board.id, 'consultations'), { token: s.fasi.token, body: { ...ROUND, title: ' ' } });
      expect(bad.status).toBe(400);
      const unknown = await call(server, 'POST', api(s.board.id, 'consultations'), { token: s.fasi.token, body: { ...ROUND, proposal: 'nosuchproposal' } });
      expect(unknown.status).toBe(422);
      expect(consultationsAnswerSchema.parse((await call(server, 'GET', api(s.board.id, 'consultations'), { token: s.kari.token })).json).rounds).toEqual([]);
    });

    it('takes comments as usual until the deadline, then refuses new threads, replies, stances and edits anywhere on the board with 409', async () => {
      const s = await boardWithPeople(server);
      await open(server, s.board.id, s.fasi.token);
      const before = await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Før fristen', stance: 'for' });
      expect(before.status).toBe(201);
      const threadId = before.json.thread!.id;
      expect((await reply(server, s.board.id, threadId, s.ola.token, { body: 'Enig', stance: 'for' })).status).toBe(201);

      clock.now = AT_NOON;
      const refused = [
        await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'For sent' }),
        await thread(server, s.board.id, s.fasi.token, { anchor: { kind: 'level', id: 'kommune' }, body: 'For sent', stance: 'question' }),
        await reply(server, s.board.id, threadId, s.ola.token, { body: 'For sent' }),
        await reply(server, s.board.id, threadId, s.ola.token, { body: 'For sent', stance: 'against' }),
        await call(server, 'PATCH', api(s.board.id, `comments/${before.json.thread!.comments[0]!.id}`), { token: s.kari.token, body: { body: 'Endret etterpå' } }),
      ];
      for (const r of refused) expect([r.status, r.json.error?.startsWith(CLOSED_AT_NOON)]).toEqual([409, true]);
      // Looking after the threads is not input: resolving still works.
      expect((await call(server, 'POST', api(s.board.id, `threads/${threadId}/resolve`), { token: s.fasi.token })).status).toBe(200);
      const stored = (await call(server, 'GET', api(s.board.id, 'threads'), { token: s.kari.token })).json.threads!;
      expect(stored.map((t) => t.comments.map((c) => c.body))).toEqual([['Før fristen', 'Enig']]);
    });

    it('keeps replies to the secretariat’s questions open after the deadline only when the round says so, and without a stance', async () => {
      const s = await boardWithPeople(server);
      await open(server, s.board.id, s.fasi.token, { ...ROUND, questionsStayOpen: true });
      const question = (await thread(server, s.board.id, s.fasi.token, { anchor: { kind: 'board' }, body: 'Hvem har vakt?', stance: 'question' })).json.thread!;
      const karisQuestion = (await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'Og jeg lurer på', stance: 'question' })).json.thread!;
      clock.now = AT_NOON + 60 * 60_000;
      expect((await reply(server, s.board.id, question.id, s.kari.token, { body: 'Kommunen' })).status).toBe(201);
      expect((await reply(server, s.board.id, question.id, s.kari.token, { body: 'Kommunen', stance: 'for' })).status).toBe(409);
      expect((await reply(server, s.board.id, karisQuestion.id, s.ola.token, { body: 'Svar' })).status).toBe(409);

      const other = await boardWithPeople(server);
      clock.now = START;
      await open(server, other.board.id, other.fasi.token);
      const closedQuestion = (await thread(server, other.board.id, other.fasi.token, { anchor: { kind: 'board' }, body: 'Hvem?', stance: 'question' })).json.thread!;
      clock.now = AT_NOON;
      expect((await reply(server, other.board.id, closedQuestion.id, other.kari.token, { body: 'Kommunen' })).status).toBe(409);
    });

    it('opens again when extended after the deadline, and closes for good when closed early', async () => {
      const s = await boardWithPeople(server);
      const round = await open(server, s.board.id, s.fasi.token);
      const extend = (deadline: Record<string, string>) => call(server, 'POST', api(s.board.id, `consultations/${round.id}/extend`), { token: s.fasi.token, body: { deadline } });
      expect((await extend({ date: '2026-12-11', time: '11:00' })).status).toBe(422);
      clock.now = AT_NOON;
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'For sent' })).status).toBe(409);
      const closeLapsed = await call(server, 'POST', api(s.board.id, `consultations/${round.id}/close`), { token: s.fasi.token });
      expect(closeLapsed.status).toBe(409);

      const extended = await extend({ date: '2026-12-11', time: '15:00' });
      expect(extended.status).toBe(200);
      expect(consultationAnswerSchema.parse(extended.json)).toEqual({ round: { ...round, deadline: '2026-12-11T14:00:00.000Z' }, serverNow: AT_NOON });
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'Fikk med meg forlengelsen' })).status).toBe(201);

      clock.now = AT_NOON + 30 * 60_000;
      const closed = await call(server, 'POST', api(s.board.id, `consultations/${round.id}/close`), { token: s.fasi.token });
      expect([closed.status, consultationAnswerSchema.parse(closed.json).round.closedAt]).toEqual([200, '2026-12-11T11:30:00.000Z']);
      const late = await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'For sent' });
      expect([late.status, late.json.error?.startsWith('høringen ble avsluttet fredag 11. desember kl. 12.30')]).toEqual([409, true]);
      expect((await extend({ date: '2026-12-11', time: '18:00' })).status).toBe(409);
      expect((await call(server, 'POST', api(s.board.id, `consultations/${round.id}/close`), { token: s.fasi.token })).status).toBe(409);
      expect((await call(server, 'POST', api(s.board.id, 'consultations/nosuchround/close'), { token: s.fasi.token })).status).toBe(404);
    });

    it('limits a proposal round to threads on that proposal', async () => {
      const s = await boardWithPeople(server);
      const [a, b] = [await save(server, s.board.id, s.edith.token, 'Forslag A'), await save(server, s.board.id, s.edith.token, 'Forslag B')];
      const round = await open(server, s.board.id, s.fasi.token, { ...ROUND, proposal: a.id });
      expect(round.proposal).toEqual({ id: a.id, name: 'Forslag A' });
      const onA = (await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: a.id }, body: 'Om A' })).json.thread!;
      clock.now = AT_NOON;
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: a.id }, body: 'Om A igjen' })).status).toBe(409);
      expect((await reply(server, s.board.id, onA.id, s.ola.token, { body: 'Svar' })).status).toBe(409);
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: b.id }, body: 'Om B', stance: 'against' })).status).toBe(201);
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'Om tavla' })).status).toBe(201);
    });

    it('keeps one round open at a time: a second is a 409 until the first is over, and then the older one can no longer change', async () => {
      const s = await boardWithPeople(server);
      const first = await open(server, s.board.id, s.fasi.token);
      const again = await call(server, 'POST', api(s.board.id, 'consultations'), { token: s.fasi.token, body: { ...ROUND, deadline: { date: '2026-12-12', time: '12:00' } } });
      expect(again.status).toBe(409);
      clock.now = AT_NOON;
      const second = await open(server, s.board.id, s.fasi.token, { ...ROUND, title: 'Runde 2', deadline: { date: '2026-12-12', time: '12:00' } });
      const reopen = await call(server, 'POST', api(s.board.id, `consultations/${first.id}/extend`), { token: s.fasi.token, body: { deadline: { date: '2026-12-13', time: '12:00' } } });
      expect(reopen.status).toBe(409);
      const listed = consultationsAnswerSchema.parse((await call(server, 'GET', api(s.board.id, 'consultations'), { token: s.kari.token })).json);
      expect([listed.rounds.map((r) => r.id), listed.current?.id]).toEqual([[first.id, second.id], second.id]);
      // The newer round governs: the board takes comments again.
      expect((await thread(server, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'Runde 2' })).status).toBe(201);
    });

    it('signals each opening, extension and close on the live feed, naming the round', async () => {
      const s = await boardWithPeople(server);
      const feed = openFeed(`${server.http}${api(s.board.id, 'events')}?token=${encodeURIComponent(s.vera.token)}`);
      await feed.next((e) => e.type === 'snapshot');
      const isChange = (change: BoardChange) => (e: FeedEvent) => e.type === 'changed' && isDeepStrictEqual(e.change, change);
      const round = await open(server, s.board.id, s.fasi.token);
      await feed.next(isChange({ part: 'consultations', action: 'opened', id: round.id }));
      await call(server, 'POST', api(s.board.id, `consultations/${round.id}/extend`), { token: s.fasi.token, body: { deadline: { date: '2026-12-11', time: '13:00' } } });
      await feed.next(isChange({ part: 'consultations', action: 'extended', id: round.id }));
      await call(server, 'POST', api(s.board.id, `consultations/${round.id}/close`), { token: s.fasi.token });
      await feed.next(isChange({ part: 'consultations', action: 'closed', id: round.id }));
      feed.close();
    });
  });
}

// Two instances on one PostgreSQL database, linked through a real Redis: a round opened on one is
// the round the other lists, signals and enforces.
const scaleSkip = [postgresUnavailable(), redisUnavailable()].filter(Boolean).join('; ') || null;
describe.skipIf(scaleSkip)(suiteTitle('consultation rounds across two instances on PostgreSQL and Redis', scaleSkip), () => {
  let pg: PostgresServer;
  let redis: RedisServer;
  let stores: Stores;
  const instances: Awaited<ReturnType<typeof startOn>>[] = [];
  beforeAll(async () => {
    [pg, redis] = await Promise.all([startPostgres().then((p) => p!), startRedis()]);
    stores = await openPgStores(await pg.createDatabase('consultation_scale'));
    for (let i = 0; i < 2; i++) instances.push(await startOn(shared(stores), await RedisFanout.connect({ url: redis.url, log: silentLogger })));
  }, 60_000);
  afterAll(async () => {
    for (const i of instances) await i.close();
    await stores?.close();
    await Promise.all([pg?.destroy(), redis?.destroy()]);
  });

  it('shows, signals and enforces on one instance the round opened on the other', async () => {
    clock.now = START;
    const [one, two] = [instances[0]!, instances[1]!];
    const s = await boardWithPeople(one);
    const feed = openFeed(`${two.http}${api(s.board.id, 'events')}?token=${encodeURIComponent(s.vera.token)}`);
    await feed.next((e) => e.type === 'snapshot');
    const round = await open(one, s.board.id, s.fasi.token);
    await feed.next((e) => e.type === 'changed' && e.change.part === 'consultations' && e.change.id === round.id, 5000);
    const listed = consultationsAnswerSchema.parse((await call(two, 'GET', api(s.board.id, 'consultations'), { token: s.kari.token })).json);
    expect(listed.current).toEqual(round);
    expect((await call(two, 'POST', api(s.board.id, 'consultations'), { token: s.fasi.token, body: ROUND })).status).toBe(409);
    clock.now = AT_NOON;
    const late = await thread(two, s.board.id, s.kari.token, { anchor: { kind: 'board' }, body: 'For sent' });
    expect([late.status, late.json.error?.startsWith(CLOSED_AT_NOON)]).toEqual([409, true]);
    feed.close();
  });
});

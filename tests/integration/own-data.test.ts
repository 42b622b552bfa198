import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moveCard } from '@/lib/board-ops';
import { catalog } from '@/lib/catalog';
import type { Thread } from '@/lib/comments';
import { historyEntrySchema } from '@/lib/history';
import { erasureSchema, ownDataSchema, type OwnData } from '@/lib/own-data';
import { SYNC_PATH } from '@/lib/protocol';
import { resultsAnswerSchema, roundAnswerSchema, roundsAnswerSchema } from '@/lib/ratings';
import { createBoardServer } from '@/server/board-server';
import { boardLinks, createBoard } from '@/server/boards';
import { loadConfig } from '@/server/config';
import { silentLogger } from '@/server/log';
import { openPgStores } from '@/server/storage/pg-stores';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';
import { call, join, openFeed } from './comment-client';
import { connect, eventually, SECRET, synced, type TestServer } from './harness';
import { api, save } from './proposals-client';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';

/** A real board server on `stores` (SQLite or PostgreSQL), with just what these tests call. */
async function serverOn(stores: Stores, cleanup: () => void = () => {}) {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0' }, process.cwd());
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: silentLogger });
  const port = await server.listen(0);
  return {
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    async board() {
      const record = await createBoard(stores.boards, catalog, { title: 'Eget innhold', template: 'dagens-ordning' });
      return { ...record, ...boardLinks(record, SECRET) };
    },
    async stop() {
      await server.close();
      cleanup();
    },
  };
}
type Server = Awaited<ReturnType<typeof serverOn>>;
// `call`, `join` and `save` read only the address.
const asTest = (s: Server) => s as unknown as TestServer;

const me = (s: Server, boardId: string, token: string) => call(asTest(s), 'GET', api(boardId, 'me/data'), { token });
const erase = (s: Server, boardId: string, token: string, body: unknown = { confirm: 'erase' }) => call(asTest(s), 'POST', api(boardId, 'me/erase'), { token, body });
async function ownData(s: Server, boardId: string, token: string): Promise<OwnData> {
  const r = await me(s, boardId, token);
  expect(r.status, JSON.stringify(r.json)).toBe(200);
  return ownDataSchema.parse(r.json);
}
async function threads(s: Server, boardId: string, token: string): Promise<Thread[]> {
  const r = await call(asTest(s), 'GET', api(boardId, 'threads'), { token });
  expect(r.status).toBe(200);
  return r.json.threads!;
}
async function ok(s: Server, method: string, p: string, token: string, body?: unknown) {
  const r = await call(asTest(s), method, p, { token, body });
  if (r.status >= 300) throw new Error(`${method} ${p}: ${r.status} ${JSON.stringify(r.json)}`);
  return r.json;
}

/**
 * A board where Anne (editor) and Bjørn (commenter) each wrote comments, answered a round that
 * was then revealed and closed, and answered a round still open; Anne also moved a card, so the
 * history names her, and resolved a thread.
 */
async function workshop(s: Server) {
  const t = asTest(s);
  const board = await s.board();
  const fasi = await join(t, board.id, board.tokens.facilitator, 'Fasilitator', 'KS');
  const anne = await join(t, board.id, board.tokens.editor, 'Anne Andersen', 'Alfa kommune');
  const bjorn = await join(t, board.id, board.tokens.commenter, 'Bjørn', 'Beta sykehus');
  const a = await save(t, board.id, fasi.token, 'Forslag A');

  const t1 = (await ok(s, 'POST', api(board.id, 'threads'), anne.token, { anchor: { kind: 'board' }, body: 'Anne skriver først', stance: 'for' })).thread as Thread;
  await ok(s, 'POST', api(board.id, `threads/${t1.id}/comments`), bjorn.token, { body: 'Bjørn svarer @Anne Andersen' });
  const t2 = (await ok(s, 'POST', api(board.id, 'threads'), bjorn.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Bjørn spør' })).thread as Thread;
  await ok(s, 'POST', api(board.id, `threads/${t2.id}/comments`), anne.token, { body: 'Anne svarer Bjørn' });
  await ok(s, 'POST', api(board.id, `threads/${t2.id}/resolve`), anne.token);

  const rate = (token: string, roundId: string, value: number, reason: string) =>
    ok(s, 'POST', api(board.id, `rounds/${roundId}/answers`), token, { proposal: a.id, criterion: 'beredskap', value, reason });
  // Not anonymous, so a revealed reason carries its author's name: erasing must take that too.
  const revealed = roundAnswerSchema.parse(await ok(s, 'POST', api(board.id, 'rounds'), fasi.token, { proposals: [a.id], anonymous: false })).round;
  await rate(anne.token, revealed.id, 5, 'Annes grunn');
  await rate(bjorn.token, revealed.id, 2, 'Bjørns grunn');
  await ok(s, 'POST', api(board.id, `rounds/${revealed.id}/reveal`), fasi.token);
  await ok(s, 'POST', api(board.id, `rounds/${revealed.id}/close`), fasi.token);
  const open = roundAnswerSchema.parse(await ok(s, 'POST', api(board.id, 'rounds'), fasi.token, { proposals: [a.id] })).round;
  await rate(anne.token, open.id, 4, 'Annes åpne grunn');
  await rate(bjorn.token, open.id, 1, '');

  const client = connect(s.ws, board.id, anne.token);
  await synced(client);
  expect(moveCard(client.doc, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, 'test').ok).toBe(true);
  await eventually(async () => {
    const entries = (await ok(s, 'GET', api(board.id, 'history'), fasi.token)).entries as unknown[];
    expect(entries.map((e) => historyEntrySchema.parse(e)).some((e) => e.actors.some((x) => x.participantId === anne.id))).toBe(true);
  });
  client.destroy();
  return { board, fasi, anne, bjorn, t1, t2, revealed, open };
}

function ownDataSuite(name: string, start: () => Promise<Server>) {
  describe(name, () => {
    let s: Server;
    beforeAll(async () => {
      s = await start();
    }, 60_000);
    afterAll(() => s?.stop());

    it('shows a participant exactly their own data, then erases it for good while leaving everyone else’s as it was', async () => {
      const w = await workshop(s);
      const { board, anne, bjorn, fasi } = w;

      const before = await ownData(s, board.id, anne.token);
      expect(before.participant).toMatchObject({ participantId: anne.id, name: 'Anne Andersen', organisation: 'Alfa kommune', role: 'editor' });
      expect(Date.parse(before.participant!.joinedAt)).not.toBeNaN();
      expect(before.comments.map((c) => [c.threadId, c.body, c.removedAt])).toEqual([
        [w.t1.id, 'Anne skriver først', null],
        [w.t2.id, 'Anne svarer Bjørn', null],
      ]);
      expect(before.comments[0]!.anchor).toEqual({ kind: 'board' });
      expect(before.answers.map((x) => [x.roundId, x.revealed, x.value, x.reason, x.proposalName])).toEqual([
        [w.revealed.id, true, 5, 'Annes grunn', 'Forslag A'],
        [w.open.id, false, 4, 'Annes åpne grunn', 'Forslag A'],
      ]);
      expect(before.history.length).toBeGreaterThan(0);
      // Nothing of Bjørn's: not his comments, not his answers.
      expect(JSON.stringify(before)).not.toMatch(/Bjørn svarer|Bjørn spør|Bjørns grunn/);
      const bjornBefore = await ownData(s, board.id, bjorn.token);
      expect(bjornBefore.comments.map((c) => c.body)).toEqual(['Bjørn svarer @Anne Andersen', 'Bjørn spør']);
      expect(bjornBefore.history).toEqual([]);

      const resultsPath = api(board.id, `rounds/${w.revealed.id}/results`);
      const tallyBefore = resultsAnswerSchema.parse(await ok(s, 'GET', resultsPath, fasi.token)).results;
      const roundsBefore = roundsAnswerSchema.parse(await ok(s, 'GET', api(board.id, 'rounds'), fasi.token)).rounds;
      expect(roundsBefore.find((r) => r.id === w.open.id)).toMatchObject({ respondents: 2, answers: 2 });

      // Without the confirmation nothing is erased.
      const unconfirmed = await erase(s, board.id, anne.token, {});
      expect([unconfirmed.status, Object.keys(unconfirmed.json.fields ?? {})]).toEqual([400, ['confirm']]);
      expect(await ownData(s, board.id, anne.token)).toEqual(before);

      const feed = openFeed(`${s.http}/api/boards/${board.id}/events?token=${encodeURIComponent(bjorn.token)}`);
      await feed.next((e) => e.type === 'snapshot');
      const erased = await erase(s, board.id, anne.token);
      expect(erased.status, JSON.stringify(erased.json)).toBe(200);
      expect(erasureSchema.parse(erased.json.erased)).toEqual({ comments: 2, answersRemoved: 1, answersUnlinked: 1, historyEntries: before.history.length, participant: true });

      // Open pages hear it: both threads whole, Anne's blank record, and both rounds changed.
      for (const id of [w.t1.id, w.t2.id]) await feed.next((e) => e.type === 'thread' && e.thread.id === id && e.thread.comments.some((c) => c.author.participantId === anne.id && c.removedAt !== null));
      await feed.next((e) => e.type === 'participant' && e.participant.participantId === anne.id && e.participant.name === '');
      for (const id of [w.revealed.id, w.open.id]) await feed.next((e) => e.type === 'changed' && e.change.part === 'rounds' && e.change.id === id);
      feed.close();

      // Anne's comments are removed comments with no text and no name; Bjørn's are untouched.
      const after = await threads(s, board.id, fasi.token);
      const comments = after.flatMap((t) => t.comments);
      for (const c of comments.filter((c) => c.author.participantId === anne.id)) {
        expect(c).toMatchObject({ body: '', stance: null, mentions: [], removedBy: null, author: { name: '', organisation: '' } });
        expect(c.removedAt).not.toBeNull();
      }
      expect(comments.filter((c) => c.author.participantId === bjorn.id).map((c) => [c.body, c.author.name, c.removedAt])).toEqual([
        ['Bjørn svarer @Anne Andersen', 'Bjørn', null],
        ['Bjørn spør', 'Bjørn', null],
      ]);
      expect(after.find((t) => t.id === w.t2.id)!.resolvedBy).toMatchObject({ participantId: anne.id, name: '', organisation: '' });
      expect(JSON.stringify(after)).not.toMatch(/Alfa kommune|Anne skriver|Anne svarer|"Anne Andersen"/);

      const people = (await ok(s, 'GET', api(board.id, 'participants'), fasi.token)).participants as { participantId: string; name: string; organisation: string }[];
      expect(people.find((p) => p.participantId === anne.id)).toMatchObject({ name: '', organisation: '' });
      expect(people.find((p) => p.participantId === bjorn.id)).toMatchObject({ name: 'Bjørn', organisation: 'Beta sykehus' });

      // The open round lost Anne's answer; the revealed one counts as it did, but names no one and keeps no reason of hers.
      const roundsAfter = roundsAnswerSchema.parse(await ok(s, 'GET', api(board.id, 'rounds'), fasi.token)).rounds;
      expect(roundsAfter.find((r) => r.id === w.open.id)).toMatchObject({ respondents: 1, answers: 1 });
      expect(roundsAfter.find((r) => r.id === w.revealed.id)).toMatchObject({ respondents: 2, answers: 2 });
      const tallyAfter = resultsAnswerSchema.parse(await ok(s, 'GET', resultsPath, fasi.token)).results;
      const counts = (r: typeof tallyBefore) => r.proposals.map((p) => p.criteria.map((c) => [c.criterion, c.counts, c.unknown, c.mean]));
      expect(counts(tallyAfter)).toEqual(counts(tallyBefore));
      const reasons = tallyAfter.proposals[0]!.criteria.find((c) => c.criterion === 'beredskap')!.reasons;
      expect(reasons).toEqual([{ value: 2, text: 'Bjørns grunn', by: { name: 'Bjørn', organisation: 'Beta sykehus' } }]);

      const history = ((await ok(s, 'GET', api(board.id, 'history'), fasi.token)).entries as unknown[]).map((e) => historyEntrySchema.parse(e));
      expect(history.flatMap((e) => e.actors).filter((x) => x.participantId === anne.id || x.name === 'Anne Andersen')).toEqual([]);
      expect(history.flatMap((e) => e.actors)).toContainEqual({ participantId: null, name: '', organisation: '', role: 'editor' });

      const mine = await ownData(s, board.id, anne.token);
      expect(mine.participant).toMatchObject({ name: '', organisation: '' });
      expect(mine.comments.map((c) => [c.body, c.removedAt !== null])).toEqual([
        ['', true],
        ['', true],
      ]);
      expect([mine.answers, mine.history]).toEqual([[], []]);
      expect(await ownData(s, board.id, bjorn.token)).toEqual(bjornBefore);

      // A second erasure finds nothing left and changes nothing.
      const again = await erase(s, board.id, anne.token);
      expect([again.status, again.json.erased]).toEqual([200, { comments: 0, answersRemoved: 0, answersUnlinked: 0, historyEntries: 0, participant: true }]);
      expect(await threads(s, board.id, fasi.token)).toEqual(after);
      expect(resultsAnswerSchema.parse(await ok(s, 'GET', resultsPath, fasi.token)).results).toEqual(tallyAfter);
    });

    it('refuses a shared link with 403 and a token of another board, and erases nothing for either', async () => {
      const board = await s.board();
      const other = await s.board();
      const t = asTest(s);
      const anne = await join(t, board.id, board.tokens.commenter, 'Anne');
      await ok(s, 'POST', api(board.id, 'threads'), anne.token, { anchor: { kind: 'board' }, body: 'Blir stående' });
      const elsewhere = await join(t, other.id, other.tokens.commenter, 'Anne');

      for (const link of [board.tokens.commenter, board.tokens.facilitator, board.tokens.viewer]) {
        const read = await me(s, board.id, link);
        expect([read.status, read.json.error]).toEqual([403, expect.stringContaining('names no participant')]);
        expect((await erase(s, board.id, link)).status).toBe(403);
      }
      for (const token of [elsewhere.token, 'not-a-token']) {
        expect([401, 403]).toContain((await me(s, board.id, token)).status);
        expect([401, 403]).toContain((await erase(s, board.id, token)).status);
      }
      expect((await call(t, 'GET', api(board.id, 'me/data'))).status).toBe(401);
      expect((await call(t, 'DELETE', api(board.id, 'me/erase'), { token: anne.token })).status).toBe(405);
      expect((await ownData(s, board.id, anne.token)).comments.map((c) => c.body)).toEqual(['Blir stående']);
    });
  });
}

ownDataSuite('own data on SQLite', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'own-data-'));
  return serverOn(openSqliteStores(path.join(dir, 'boards.sqlite')), () => rmSync(dir, { recursive: true, force: true }));
});

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('own data on PostgreSQL'), () => {
  let pg: PostgresServer;
  beforeAll(async () => {
    pg = (await startPostgres())!;
  }, 60_000);
  afterAll(() => pg?.destroy());
  ownDataSuite('HTTP API', async () => serverOn(await openPgStores(await pg.createDatabase('own_data'))));
});

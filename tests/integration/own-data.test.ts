import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBoardDoc } from '@/lib/board-doc';
import { addCustomCard, moveCard } from '@/lib/board-ops';
import { splitAnswerSchema } from '@/lib/breakouts';
import { catalog } from '@/lib/catalog';
import type { Participant, Thread } from '@/lib/comments';
import { historyEntrySchema } from '@/lib/history';
import { erasureSchema, ownDataSchema, type OwnData } from '@/lib/own-data';
import { proposalSchema, type Proposal } from '@/lib/proposals';
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
import { api, raw, save } from './proposals-client';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';

// A stored value as text: blobs (a Yjs update writes its strings as UTF-8) and json columns included.
const asText = (v: unknown): string => (Buffer.isBuffer(v) ? v.toString('utf8') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));

/** Every value of every row of every table in the SQLite file, read through a connection of its own. */
function sqliteValues(file: string) {
  return async (): Promise<string[]> => {
    const db = new Database(file, { readonly: true });
    try {
      const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
      return tables.flatMap(({ name }) => db.prepare<[], Record<string, unknown>>(`SELECT * FROM "${name}"`).all().flatMap((row) => Object.values(row).map(asText)));
    } finally {
      db.close();
    }
  };
}

/** Every value of every row of every table in the PostgreSQL database, read through a connection of its own. */
function pgValues(url: string) {
  return async (): Promise<string[]> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const tables = await client.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
      const values: string[] = [];
      for (const { table_name } of tables.rows) {
        for (const row of (await client.query<Record<string, unknown>>(`SELECT * FROM ${pg.escapeIdentifier(table_name)}`)).rows) values.push(...Object.values(row).map(asText));
      }
      return values;
    } finally {
      await client.end();
    }
  };
}

/**
 * A real board server on `stores` (SQLite or PostgreSQL), with just what these tests call;
 * `values` reads every value the database holds, past the stores.
 */
async function serverOn(stores: Stores, values: () => Promise<string[]>, cleanup: () => void = () => {}) {
  const config = loadConfig({ UNLOAD_AFTER_MS: '0' }, process.cwd());
  const server = createBoardServer({ config, stores, catalog, secret: SECRET, log: silentLogger });
  const port = await server.listen(0);
  return {
    http: `http://127.0.0.1:${port}`,
    ws: `ws://127.0.0.1:${port}${SYNC_PATH}`,
    stores,
    async board() {
      const record = await createBoard(stores.boards, catalog, { title: 'Eget innhold', template: 'dagens-ordning' });
      return { ...record, ...boardLinks(record, SECRET) };
    },
    values,
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
      expect(erasureSchema.parse(erased.json.erased)).toEqual({ comments: 2, answersRemoved: 1, answersUnlinked: 1, historyEntries: before.history.length, proposals: 0, cards: 0, participant: true });

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
      expect([again.status, again.json.erased]).toEqual([200, { comments: 0, answersRemoved: 0, answersUnlinked: 0, historyEntries: 0, proposals: 0, cards: 0, participant: true }]);
      expect(await threads(s, board.id, fasi.token)).toEqual(after);
      expect(resultsAnswerSchema.parse(await ok(s, 'GET', resultsPath, fasi.token)).results).toEqual(tallyAfter);
    });

    it('reaches the copies too: saved proposals, custom cards on the board and its group boards, their history; and a rejoin names the person again', async () => {
      const t = asTest(s);
      const board = await s.board();
      const fasi = await join(t, board.id, board.tokens.facilitator, 'Fasilitator', 'KS');
      const joined = await call(t, 'POST', api(board.id, 'join'), { token: board.tokens.editor, body: { name: 'Anne Andersen', organisation: 'Alfa kommune' } });
      const anne = { token: joined.json.token as string, id: joined.json.participantId as string, grant: joined.json.grant as string };
      const bjorn = await join(t, board.id, board.tokens.commenter, 'Bjørn', 'Beta sykehus');

      const hersThread = (await ok(s, 'POST', api(board.id, 'threads'), anne.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Annes innvending mot flyttingen', stance: 'against' })).thread as Thread;
      await ok(s, 'POST', api(board.id, `threads/${hersThread.id}/comments`), bjorn.token, { body: 'Bjørns svar til Anne' });
      await ok(s, 'POST', api(board.id, 'threads'), bjorn.token, { anchor: { kind: 'board' }, body: 'Bjørns eget spørsmål' });

      // Her custom card, added from her page, which writes her name and organisation on it.
      const label = 'Anne Andersen (Alfa kommune)';
      const annesPage = connect(s.ws, board.id, anne.token);
      const watcher = connect(s.ws, board.id, fasi.token);
      await Promise.all([synced(annesPage), synced(watcher)]);
      const added = addCustomCard(annesPage.doc, { name: 'Annes eget kort', level: 'kommune', cost: 5_000_000, author: label }, 'test');
      if (!added.ok) throw new Error(JSON.stringify(added.errors));
      const cardId = added.value.id;
      await eventually(() => expect(readBoardDoc(watcher.doc).custom.map((c) => c.author)).toEqual([label]));
      const historyOf = async (boardId: string, token = fasi.token) => ((await ok(s, 'GET', api(boardId, 'history'), token)).entries as unknown[]).map((e) => historyEntrySchema.parse(e));
      await eventually(async () => expect((await historyOf(board.id)).some((e) => e.custom.some((c) => c.author === label))).toBe(true));
      annesPage.destroy();

      // Two proposals copy her open thread and her card; she saved one of them.
      const hers = await save(t, board.id, anne.token, 'Annes forslag');
      const theirs = await save(t, board.id, fasi.token, 'Fasilitatorens forslag');
      expect(hers.openThreads.map((th) => [th.body, th.author.name])).toEqual([
        ['Annes innvending mot flyttingen', 'Anne Andersen'],
        ['Bjørns eget spørsmål', 'Bjørn'],
      ]);
      // A split copies the board, her card included, into each group's board. On group 1 she joins
      // (a participant of that board), opens a thread there, and the group is taken back in as a proposal.
      const split = splitAnswerSchema.parse(await ok(s, 'POST', api(board.id, 'breakouts'), fasi.token, { groups: 2 }));
      const group = split.groups[0]!;
      const anneThere = await join(t, group.boardId, group.links!.editor!.split('#t=')[1]!, 'Anne Andersen', 'Alfa kommune');
      await ok(s, 'POST', api(group.boardId, 'threads'), anneThere.token, { anchor: { kind: 'board' }, body: 'Annes innspill i gruppa' });
      const adopted = proposalSchema.parse((await ok(s, 'POST', api(board.id, `breakouts/${group.boardId}/adopt`), fasi.token, {})).proposal);
      expect(adopted.openThreads.map((th) => th.body)).toEqual(['Annes innspill i gruppa']);

      // "My data" lists the copies: which proposals hold what of hers, and her card on every board.
      const before = await ownData(s, board.id, anne.token);
      expect(before.proposals.map((p) => [p.id, p.savedBy, p.threads, p.cards])).toEqual([
        [hers.id, true, 1, 1],
        [theirs.id, false, 1, 1],
        [adopted.id, false, 0, 1],
      ]);
      expect(before.cards).toEqual([board.id, ...split.groups.map((g) => g.boardId)].map((boardId) => ({ boardId, id: cardId, name: 'Annes eget kort' })));
      expect(before.history.some((h) => h.boardId === board.id)).toBe(true);

      const feed = openFeed(`${s.http}/api/boards/${board.id}/events?token=${encodeURIComponent(bjorn.token)}`);
      await feed.next((e) => e.type === 'snapshot');
      const erased = await erase(s, board.id, anne.token);
      expect(erased.status, JSON.stringify(erased.json)).toBe(200);
      expect(erasureSchema.parse(erased.json.erased)).toMatchObject({ comments: 1, proposals: 3, cards: 3, participant: true });
      for (const p of [hers, theirs, adopted]) await feed.next((e) => e.type === 'changed' && e.change.part === 'proposals' && e.change.action === 'erased' && e.change.id === p.id);
      feed.close();

      // A page still open gets the change: the card stays, with its figures, but without her name.
      await eventually(() => expect(readBoardDoc(watcher.doc).custom).toEqual([expect.objectContaining({ id: cardId, name: 'Annes eget kort', cost: 5_000_000, author: '' })]));

      // The proposals keep their figures and every other thread; her copies read as erased comments.
      const stored = async (p: Proposal) => proposalSchema.parse((await ok(s, 'GET', api(board.id, `proposals/${p.id}`), fasi.token)).proposal);
      const blankCopy = { body: '', stance: null, author: { name: '', organisation: '' } };
      const [hersAfter, theirsAfter, adoptedAfter] = [await stored(hers), await stored(theirs), await stored(adopted)];
      expect(hersAfter).toEqual({
        ...hers,
        author: { ...hers.author, name: '', organisation: '' },
        openThreads: [{ ...hers.openThreads[0]!, ...blankCopy }, hers.openThreads[1]],
        content: { ...hers.content, custom: [{ ...hers.content.custom[0]!, author: '' }] },
      });
      expect(theirsAfter.author).toEqual(theirs.author);
      expect(theirsAfter.openThreads.map((th) => [th.body, th.author.name])).toEqual([
        ['', ''],
        ['Bjørns eget spørsmål', 'Bjørn'],
      ]);
      expect(theirsAfter.headline).toEqual(theirs.headline);
      // Her thread on the group board is hers there, under another participant id: that board's erasure takes it.
      expect(adoptedAfter.openThreads.map((th) => th.body)).toEqual(['Annes innspill i gruppa']);
      expect(adoptedAfter.content.custom.map((c) => c.author)).toEqual(['']);
      const groupErased = erasureSchema.parse((await ok(s, 'POST', api(group.boardId, 'me/erase'), anneThere.token, { confirm: 'erase' })).erased);
      expect(groupErased).toMatchObject({ comments: 1, proposals: 1, participant: true });
      expect((await stored(adopted)).openThreads).toEqual([{ ...adopted.openThreads[0]!, ...blankCopy }]);

      // The group boards' documents and every history entry hold the card without her name.
      for (const g of split.groups) {
        const viewer = g.links!.viewer!.split('#t=')[1]!;
        const page = connect(s.ws, g.boardId, viewer);
        await synced(page);
        expect(readBoardDoc(page.doc).custom.map((c) => [c.id, c.author])).toEqual([[cardId, '']]);
        page.destroy();
        expect(JSON.stringify(await historyOf(g.boardId, viewer))).not.toContain(label);
      }
      expect(JSON.stringify(await historyOf(board.id))).not.toContain(label);

      // The exports show the erased form: no name or text of hers, her card "assumed by" a deleted participant.
      const json = await raw(t, 'GET', api(board.id, `proposals/${theirs.id}/export?format=json`), { token: fasi.token });
      expect(json.status).toBe(200);
      expect(json.text).not.toMatch(/Alfa kommune|Annes innvending/);
      expect(json.text).toContain('Bjørns eget spørsmål');
      const csv = await raw(t, 'GET', api(board.id, `proposals/${hers.id}/export?format=csv&lang=nb`), { token: fasi.token });
      expect(csv.text).toContain('antatt av slettet deltaker');
      expect(csv.text).not.toContain('Alfa kommune');

      // Past the API: no row of the database holds her text, her organisation, or her name on its own;
      // the board's stored document neither, though a page still holds it open.
      const values = await s.values();
      watcher.destroy();
      for (const gone of ['Annes innvending', 'Annes innspill', 'Alfa kommune']) expect(values.filter((v) => v.includes(gone)), gone).toEqual([]);
      expect(values.filter((v) => v === 'Anne Andersen' || v.includes('"Anne Andersen"'))).toEqual([]);
      expect(values.some((v) => v.includes('Bjørns eget spørsmål'))).toBe(true);
      expect(values.some((v) => v.includes('Bjørns svar til Anne'))).toBe(true);

      const after = await ownData(s, board.id, anne.token);
      expect([after.proposals, after.cards, after.history]).toEqual([[], [], []]);

      // Joining again from the same device under a name records that name, so others can @-mention her;
      // what she wrote before stays erased.
      const rejoined = await call(t, 'POST', api(board.id, 'join'), { token: board.tokens.editor, body: { name: 'Anne B.', organisation: 'Bydel Øst', grant: anne.grant } });
      expect([rejoined.status, rejoined.json.participantId]).toEqual([200, anne.id]);
      const people = (await ok(s, 'GET', api(board.id, 'participants'), fasi.token)).participants as Participant[];
      expect(people.find((p) => p.participantId === anne.id)).toMatchObject({ name: 'Anne B.', organisation: 'Bydel Øst' });
      expect((await ownData(s, board.id, rejoined.json.token as string)).participant).toMatchObject({ name: 'Anne B.', organisation: 'Bydel Øst', role: 'editor' });
      const mention = (await ok(s, 'POST', api(board.id, `threads/${hersThread.id}/comments`), bjorn.token, { body: 'Takk, @Anne B.' })).thread as Thread;
      expect(mention.comments.at(-1)!.mentions).toEqual([anne.id]);
      expect(mention.comments[0]).toMatchObject({ body: '', author: { participantId: anne.id, name: '', organisation: '' } });
    });

    it('lists the caller’s email setting, notifications and emails, never another participant’s, and erasing takes them all', async () => {
      const t = asTest(s);
      const board = await s.board();
      const anne = await join(t, board.id, board.tokens.commenter, 'Anne Andersen', 'Alfa kommune');
      const bjorn = await join(t, board.id, board.tokens.commenter, 'Bjørn', 'Beta sykehus');
      // Anne is mentioned, then answered, in her thread; Bjørn is answered in his.
      const hers = (await ok(s, 'POST', api(board.id, 'threads'), anne.token, { anchor: { kind: 'board' }, body: 'Annes spørsmål' })).thread as Thread;
      await ok(s, 'POST', api(board.id, `threads/${hers.id}/comments`), bjorn.token, { body: 'Hei @Anne Andersen' });
      await ok(s, 'POST', api(board.id, `threads/${hers.id}/comments`), bjorn.token, { body: 'Bjørn igjen' });
      const his = (await ok(s, 'POST', api(board.id, 'threads'), bjorn.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Bjørns spørsmål' })).thread as Thread;
      await ok(s, 'POST', api(board.id, `threads/${his.id}/comments`), anne.token, { body: 'Annes svar' });
      const bell = (await ok(s, 'GET', api(board.id, 'notifications'), anne.token)).notifications as { id: string; kind: string }[];
      expect(bell.map((n) => n.kind)).toEqual(['answer', 'mention']);
      await ok(s, 'POST', api(board.id, 'notifications/read'), anne.token, { ids: [bell[1]!.id] });

      // Their email settings and queued emails, as the settings form and the send queue store them.
      const setting = { boardId: board.id, lang: 'en' as const, instant: true, createdAt: '2025-03-01T10:00:00.000Z' };
      await s.stores.mail.setAddress({ ...setting, participantId: anne.id, address: 'anne@example.no', digest: true, confirmedAt: '2025-03-01T10:05:00.000Z' });
      await s.stores.mail.setAddress({ ...setting, participantId: bjorn.id, address: 'bjorn@example.no', digest: false, confirmedAt: null });
      const queue = (participantId: string, key: string) =>
        s.stores.mail.enqueue({ boardId: board.id, participantId, key: `${board.id}:${key}`, kind: 'event', data: '{}', nextAt: '2025-03-01T10:00:00.000Z', createdAt: '2025-03-01T10:00:00.000Z' });
      for (const [who, key] of [[anne.id, 'a1'], [anne.id, 'a2'], [bjorn.id, 'b1']] as const) expect(await queue(who, key)).toBe(true);
      const [first] = await s.stores.mail.claim('2025-03-01T10:00:00.000Z', '2025-03-01T10:05:00.000Z', 1);
      expect(first).toMatchObject({ participantId: anne.id, key: `${board.id}:a1` });
      await s.stores.mail.finish(first!.seq, 'sent', '2025-03-01T10:01:00.000Z');

      const before = await ownData(s, board.id, anne.token);
      expect(before.email).toEqual({ address: 'anne@example.no', confirmed: true, lang: 'en', instant: true, digest: true });
      expect(before.notifications.count).toBe(2);
      expect(before.notifications.list.map((n) => [n.kind, n.threadId, n.readAt !== null])).toEqual([
        ['answer', hers.id, false],
        ['mention', hers.id, true],
      ]);
      expect(before.emails).toEqual({ pending: 1, sent: 1, skipped: 0, failed: 0 });
      // Nothing of Bjørn's: not his address, not his notification, not his words in hers.
      expect(JSON.stringify(before)).not.toMatch(/bjorn@example|Bjørn|Hei @Anne|Bjørns spørsmål/);
      const bjornBefore = await ownData(s, board.id, bjorn.token);
      expect(bjornBefore.email).toEqual({ address: 'bjorn@example.no', confirmed: false, lang: 'en', instant: true, digest: false });
      expect(bjornBefore.notifications.list.map((n) => [n.kind, n.threadId, n.anchor])).toEqual([['answer', his.id, { kind: 'card', id: 'legevakt' }]]);
      expect(bjornBefore.emails).toEqual({ pending: 1, sent: 0, skipped: 0, failed: 0 });
      expect(JSON.stringify(bjornBefore)).not.toContain('anne@example.no');

      expect((await erase(s, board.id, anne.token)).status).toBe(200);
      const after = await ownData(s, board.id, anne.token);
      expect([after.email, after.notifications, after.emails]).toEqual([null, { count: 0, list: [] }, { pending: 0, sent: 0, skipped: 0, failed: 0 }]);
      expect((await ownData(s, board.id, bjorn.token)).email).toEqual(bjornBefore.email);
      expect((await ownData(s, board.id, bjorn.token)).notifications).toEqual(bjornBefore.notifications);
      expect((await ownData(s, board.id, bjorn.token)).emails).toEqual(bjornBefore.emails);
      // Past the API: her address is in no row of the database; his still is.
      const values = await s.values();
      expect(values.filter((v) => v.includes('anne@example.no'))).toEqual([]);
      expect(values.some((v) => v.includes('bjorn@example.no'))).toBe(true);
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
  const file = path.join(dir, 'boards.sqlite');
  return serverOn(openSqliteStores(file), sqliteValues(file), () => rmSync(dir, { recursive: true, force: true }));
});

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('own data on PostgreSQL'), () => {
  let postgres: PostgresServer;
  beforeAll(async () => {
    postgres = (await startPostgres())!;
  }, 60_000);
  afterAll(() => postgres?.destroy());
  ownDataSuite('HTTP API', async () => {
    const url = await postgres.createDatabase('own_data');
    return serverOn(await openPgStores(url), pgValues(url));
  });
});

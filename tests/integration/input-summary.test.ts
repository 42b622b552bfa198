import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import type { Stance, Thread } from '@/lib/comments';
import { consultationAnswerSchema, type Consultation } from '@/lib/consultation';
import { instantToOslo } from '@/lib/oslo-time';
import type { InputSummary } from '@/lib/input-summary';
import { signToken } from '@/server/auth/tokens';
import { boardWithPeople, call, join, startThread } from './comment-client';
import { SECRET, startServer, type TestServer } from './harness';
import { api, raw, save } from './proposals-client';
import { parseCsv } from '../csv-reader';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

// The same participant token as the server issued, marked as coming from a sign-in: what a
// signed-in join gives, without running an identity provider here.
const signedIn = (token: string) => signToken({ ...JSON.parse(Buffer.from(token.split('.')[0]!, 'base64url').toString('utf8')), a: 1 }, SECRET);

const HOSTILE = '=HYPERLINK("http://x";"klikk"); og "sitat"\nny linje';

/**
 * A board with four actors (Bodø kommune spelled twice, KS, Helse Nord signed in, and Anne with no
 * organisation), stances on two cards and on a saved proposal, a removed comment, a resolved
 * question, and a comment a spreadsheet would take for a formula.
 */
async function seededBoard() {
  const board = await server.board();
  const [kari, per, ola, hilde, anne, edith] = await Promise.all([
    join(server, board.id, board.tokens.commenter, 'Kari', 'Bodø kommune'),
    join(server, board.id, board.tokens.commenter, 'Per', ' bodø  Kommune'),
    join(server, board.id, board.tokens.commenter, 'Ola', 'KS'),
    join(server, board.id, board.tokens.commenter, 'Hilde', 'Helse Nord'),
    join(server, board.id, board.tokens.commenter, 'Anne', ''),
    join(server, board.id, board.tokens.editor, 'Edith', 'Statsforvalteren'),
  ]);
  const hildeToken = signedIn(hilde.token);
  const proposal = await save(server, board.id, edith.token, 'Forslag A');
  const reply = async (token: string, threadId: string, body: string, stance?: Stance) => {
    const r = await call(server, 'POST', `/api/boards/${board.id}/threads/${threadId}/comments`, { token, body: { body, ...(stance ? { stance } : {}) } });
    expect(r.status).toBe(201);
    return r.json.thread!;
  };
  const legevakt = await startThread(server, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Bør ligge hos kommunen.', stance: 'for' });
  await reply(ola.token, legevakt.id, HOSTILE, 'against');
  await reply(hildeToken, legevakt.id, 'Hva med natta?', 'question');
  const removed = await reply(per.token, legevakt.id, 'Angrer', 'against');
  const gone = await call(server, 'DELETE', `/api/boards/${board.id}/comments/${removed.comments.at(-1)!.id}`, { token: per.token });
  expect(gone.status).toBe(200);
  const fastlege = await startThread(server, board.id, anne.token, { anchor: { kind: 'card', id: 'fastlege' }, body: 'Hvem betaler?', stance: 'question' });
  expect((await call(server, 'POST', `/api/boards/${board.id}/threads/${fastlege.id}/resolve`, { token: anne.token })).status).toBe(200);
  const onProposal = await startThread(server, board.id, per.token, { anchor: { kind: 'proposal', id: proposal.id }, body: 'Godt forslag.', stance: 'for' });
  await reply(ola.token, onProposal.id, 'Nei takk.', 'against');
  await reply(kari.token, onProposal.id, 'Først mot.', 'against');
  await reply(kari.token, onProposal.id, 'Nå for.', 'for');
  await reply(hildeToken, onProposal.id, 'For.', 'for');
  await startThread(server, board.id, ola.token, { anchor: { kind: 'board' }, body: 'Generelt.' });
  return { board, proposal };
}


const fold = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

describe('GET /api/boards/<id>/summary', () => {
  it('counts what the threads hold: per stance, per actor and per responsibility', async () => {
    const { board, proposal } = await seededBoard();
    const threads = (await call(server, 'GET', `/api/boards/${board.id}/threads`, { token: board.tokens.viewer })).json.threads as Thread[];
    const r = await call(server, 'GET', `/api/boards/${board.id}/summary`, { token: board.tokens.viewer });
    expect(r.status).toBe(200);
    const summary = r.json.summary as InputSummary;

    // Counted here straight from the threads, comment by comment, without the summary's code.
    const live = threads.flatMap((t) => t.comments.filter((c) => !c.removedAt).map((c) => ({ t, c })));
    const count = (pick: (x: (typeof live)[number]) => boolean) => {
      const tally = { for: 0, against: 0, question: 0, neutral: 0, none: 0 };
      for (const x of live.filter(pick)) tally[x.c.stance ?? 'none']++;
      return tally;
    };
    expect(summary.comments).toBe(live.length);
    expect(summary.comments).toBe(10);
    expect(summary.tally).toEqual(count(() => true));
    for (const actor of summary.actors) {
      const mine = (x: (typeof live)[number]) => (fold(x.c.author.organisation) || `person:${fold(x.c.author.name)}`) === actor.key.replace(/^org:/, '');
      expect(actor.tally, actor.label).toEqual(count(mine));
    }
    for (const card of summary.responsibilities) expect(card.tally, card.anchor).toEqual(count((x) => `card:${x.t.anchor.kind === 'card' ? x.t.anchor.id : ''}` === card.anchor));

    // Bodø kommune as two spellings is one actor; Anne, without an organisation, is her own.
    expect(summary.actors.map((a) => [a.label, a.kind, a.verified])).toEqual([
      ['Anne', 'person', 'none'],
      ['Bodø kommune', 'organisation', 'none'],
      ['Helse Nord', 'organisation', 'all'],
      ['KS', 'organisation', 'none'],
    ]);
    expect(summary.responsibilities.map((c) => [c.anchor, c.name])).toEqual([
      ['card:legevakt', { nb: 'Legevakt', en: expect.any(String) }],
      ['card:fastlege', expect.objectContaining({ nb: expect.any(String) })],
    ]);
    // Kari's later "for" wins over her "against"; Per was for as well; KS against; Helse Nord for.
    const on = (label: string) => summary.actors.find((a) => a.label === label)!.proposals;
    expect(on('Bodø kommune')).toEqual([{ proposalId: proposal.id, name: 'Forslag A', for: 2, against: 0, stance: 'for' }]);
    expect(on('KS')).toMatchObject([{ stance: 'against' }]);
    expect(on('Helse Nord')).toMatchObject([{ stance: 'for' }]);
    // Hilde's question stays open; Anne's was resolved.
    expect(summary.openQuestions.map((q) => q.name)).toEqual(['Hilde']);
  });

  it('takes a time window, refuses a malformed one with 400, and a request without a token with 401', async () => {
    const { board } = await seededBoard();
    const future = await call(server, 'GET', `/api/boards/${board.id}/summary?from=2999-01-01T00:00:00Z`, { token: board.tokens.viewer });
    expect((future.json.summary as InputSummary).comments).toBe(0);
    const bad = await call(server, 'GET', `/api/boards/${board.id}/summary?from=yesterday`, { token: board.tokens.viewer });
    expect([bad.status, Object.keys(bad.json.fields ?? {})]).toEqual([400, ['from']]);
    expect((await call(server, 'GET', `/api/boards/${board.id}/summary`)).status).toBe(401);
  });
});

describe('GET /api/boards/<id>/summary?round=', () => {
  // This server runs on the real clock, which stamps comments and rounds alike; a few
  // milliseconds between the steps keep a comment from sharing its millisecond with an opening or
  // a close, where which side of the window it falls on would be luck.
  const later = () => new Promise((resolve) => setTimeout(resolve, 5));
  const tomorrow = () => instantToOslo(Date.now() + 24 * 60 * 60_000);

  async function open(boardId: string, token: string, body: Record<string, unknown>): Promise<Consultation> {
    const r = await call(server, 'POST', api(boardId, 'consultations'), { token, body: { title: 'Høring', question: 'Hva mener dere?', deadline: tomorrow(), ...body } });
    expect(r.status).toBe(201);
    return consultationAnswerSchema.parse(r.json).round;
  }
  async function close(boardId: string, token: string, round: Consultation): Promise<Consultation> {
    await later();
    const r = await call(server, 'POST', api(boardId, `consultations/${round.id}/close`), { token });
    expect(r.status).toBe(200);
    await later();
    return consultationAnswerSchema.parse(r.json).round;
  }
  const reply = async (boardId: string, token: string, threadId: string, body: string, stance?: Stance) => {
    const r = await call(server, 'POST', api(boardId, `threads/${threadId}/comments`), { token, body: { body, ...(stance ? { stance } : {}) } });
    expect(r.status).toBe(201);
  };

  /** Counted from GET /threads alone: the comments not removed, written in [openedAt, closedAt ?? deadline), on the round's proposal if it has one. */
  async function expected(boardId: string, token: string, round: Consultation) {
    const threads = (await call(server, 'GET', api(boardId, 'threads'), { token })).json.threads as Thread[];
    const end = Date.parse(round.closedAt ?? round.deadline);
    const live = threads
      .filter((t) => round.proposal === null || (t.anchor.kind === 'proposal' && t.anchor.id === round.proposal.id))
      .flatMap((t) => t.comments.filter((c) => !c.removedAt && Date.parse(c.createdAt) >= Date.parse(round.openedAt) && Date.parse(c.createdAt) < end));
    const tally = { for: 0, against: 0, question: 0, neutral: 0, none: 0 };
    for (const c of live) tally[c.stance ?? 'none']++;
    return { comments: live.length, tally, bodies: live.map((c) => c.body) };
  }
  const summaryOf = async (boardId: string, token: string, query: string) => {
    const r = await call(server, 'GET', api(boardId, `summary?${query}`), { token });
    expect(r.status).toBe(200);
    return r.json.summary as InputSummary;
  };

  it('counts a board round’s window only: not what came before it, nor a reply taken after its close, nor the next round’s', async () => {
    const s = await boardWithPeople(server);
    const legevakt = await startThread(server, s.board.id, s.kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Før runden', stance: 'for' });
    await later();
    const first = await open(s.board.id, s.fasi.token, { questionsStayOpen: true });
    await reply(s.board.id, s.ola.token, legevakt.id, 'Mot, i runden', 'against');
    const question = await startThread(server, s.board.id, s.fasi.token, { anchor: { kind: 'board' }, body: 'Hvem har vakt?', stance: 'question' });
    await startThread(server, s.board.id, s.kari.token, { anchor: { kind: 'card', id: 'fastlege' }, body: 'For, i runden', stance: 'for' });
    const closed = await close(s.board.id, s.fasi.token, first);
    // The round keeps its questions open: this reply is taken, but after the round ended.
    await reply(s.board.id, s.kari.token, question.id, 'Kommunen');
    await later();
    const second = await open(s.board.id, s.fasi.token, { title: 'Runde 2' });
    await startThread(server, s.board.id, s.ola.token, { anchor: { kind: 'board' }, body: 'Runde 2', stance: 'neutral' });

    const inFirst = await summaryOf(s.board.id, s.vera.token, `round=${first.id}`);
    const want = await expected(s.board.id, s.vera.token, closed);
    expect(want.bodies).toEqual(['Mot, i runden', 'Hvem har vakt?', 'For, i runden']);
    expect([inFirst.comments, inFirst.tally]).toEqual([want.comments, want.tally]);
    expect(inFirst.tally).toEqual({ for: 1, against: 1, question: 1, neutral: 0, none: 0 });
    expect(inFirst.actors.map((a) => [a.label, a.tally.for, a.tally.against, a.tally.question])).toEqual([
      ['Bodø kommune', 1, 0, 1],
      ['KS', 0, 1, 0],
    ]);
    expect(inFirst.responsibilities.map((r) => [r.anchor, r.comments])).toEqual([
      ['card:legevakt', 1],
      ['card:fastlege', 1],
    ]);

    const inSecond = await summaryOf(s.board.id, s.vera.token, `round=${second.id}`);
    expect([inSecond.comments, inSecond.tally]).toEqual([1, (await expected(s.board.id, s.vera.token, second)).tally]);
    // A time window narrows the round further: none of the first round's comments were written after the second opened.
    expect((await summaryOf(s.board.id, s.vera.token, `round=${first.id}&from=${encodeURIComponent(second.openedAt)}`)).comments).toBe(0);
    expect((await summaryOf(s.board.id, s.vera.token, '')).comments).toBe(6);

    // The CSV holds the same comments, one row each.
    const csv = await raw(server, 'GET', api(s.board.id, `summary.csv?lang=nb&round=${first.id}`), { token: s.vera.token });
    expect(csv.status).toBe(200);
    expect(parseCsv(csv.text.replace(/^\uFEFF/, ''), ';').slice(1).map((row) => row[6])).toEqual(want.bodies);
  });

  it('counts a proposal round’s threads on that proposal only', async () => {
    const s = await boardWithPeople(server);
    const [a, b] = [await save(server, s.board.id, s.edith.token, 'Forslag A'), await save(server, s.board.id, s.edith.token, 'Forslag B')];
    await later();
    const round = await open(s.board.id, s.fasi.token, { proposal: a.id });
    const onA = await startThread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: a.id }, body: 'For A', stance: 'for' });
    await reply(s.board.id, s.ola.token, onA.id, 'Mot A', 'against');
    await startThread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: b.id }, body: 'Mot B', stance: 'against' });
    await startThread(server, s.board.id, s.ola.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Om legevakt', stance: 'question' });
    const closed = await close(s.board.id, s.fasi.token, round);
    // Off the round's scope, the board still takes comments after its close.
    await startThread(server, s.board.id, s.kari.token, { anchor: { kind: 'proposal', id: b.id }, body: 'Etterpå', stance: 'for' });

    const summary = await summaryOf(s.board.id, s.vera.token, `round=${round.id}`);
    const want = await expected(s.board.id, s.vera.token, closed);
    expect(want.bodies).toEqual(['For A', 'Mot A']);
    expect([summary.comments, summary.tally]).toEqual([want.comments, want.tally]);
    expect(summary.other.map((x) => [x.anchor, x.tally.for, x.tally.against])).toEqual([[`proposal:${a.id}`, 1, 1]]);
    expect(summary.actors.map((x) => x.proposals.map((p) => [p.name, p.stance]))).toEqual([[['Forslag A', 'for']], [['Forslag A', 'against']]]);
  });

  it('answers 404 for a round the board does not have, another board’s included, in JSON and CSV alike', async () => {
    const s = await boardWithPeople(server);
    const other = await boardWithPeople(server);
    const elsewhere = await open(other.board.id, other.fasi.token, {});
    for (const id of ['nosuchround1', elsewhere.id]) {
      for (const path of [`summary?round=${id}`, `summary.csv?round=${id}`]) {
        const r = await call(server, 'GET', api(s.board.id, path), { token: s.vera.token });
        expect([path, r.status]).toEqual([path, 404]);
      }
    }
  });
});

describe('GET /api/boards/<id>/summary.csv', () => {
  it('writes one Bokmål row per comment not removed, semicolon-separated behind a byte order mark, quoting and guarding what it must', async () => {
    const { board } = await seededBoard();
    const threads = (await call(server, 'GET', `/api/boards/${board.id}/threads`, { token: board.tokens.viewer })).json.threads as Thread[];
    const r = await raw(server, 'GET', api(board.id, 'summary.csv?lang=nb'), { token: board.tokens.viewer });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(r.headers.get('content-disposition')).toContain('filename="innspill.csv"');
    expect([...r.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(r.text, ';');
    expect(rows[0]).toEqual(['tid', 'aktør', 'navn', 'verifisert', 'ansvar_eller_anker', 'standpunkt', 'tekst', 'tråd', 'status']);
    const live = threads.flatMap((t) => t.comments.filter((c) => !c.removedAt));
    expect(rows.slice(1)).toHaveLength(live.length);
    expect(rows.slice(1).map((row) => row[6])).toEqual(live.map((c) => (c.body.startsWith('=') ? `'${c.body}` : c.body)));
    expect(rows.every((row) => row.length === 9)).toBe(true);
    const hostile = rows.find((row) => row[6]!.includes('HYPERLINK'))!;
    expect(hostile).toEqual([expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'KS', 'Ola', 'nei', 'Legevakt', 'mot', `'${HOSTILE}`, expect.any(String), 'åpen']);
    expect(rows.find((row) => row[2] === 'Hilde')![3]).toBe('ja');
    expect(rows.find((row) => row[2] === 'Anne')!.slice(4)).toEqual([expect.any(String), 'spørsmål', 'Hvem betaler?', expect.any(String), 'løst']);
    expect(rows.some((row) => row[6] === 'Angrer')).toBe(false);
  });

  it('writes English with commas', async () => {
    const { board } = await seededBoard();
    const r = await raw(server, 'GET', api(board.id, 'summary.csv?lang=en'), { token: board.tokens.viewer });
    const rows = parseCsv(r.text.replace(/^\uFEFF/, ''), ',');
    expect(rows[0]![0]).toBe('time');
    expect(rows.find((row) => row[1] === 'KS' && row[5] === 'against')![4]).toBe(catalog.responsibilities.find((x) => x.id === 'legevakt')!.name.en);
  });
});

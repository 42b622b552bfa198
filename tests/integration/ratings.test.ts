import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_CRITERIA, resultsAnswerSchema, roundAnswerSchema, roundsAnswerSchema, type RoundView } from '@/lib/ratings';
import { boardWithPeople, call } from './comment-client';
import { startServer, type TestServer } from './harness';
import { api, raw, save } from './proposals-client';

let server: TestServer;
const extra: TestServer[] = [];
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  for (const s of extra) await s.stop();
  await server.stop();
});

/** A board with its people and two saved proposals. */
async function boardWithProposals(on = server) {
  const people = await boardWithPeople(on);
  const a = await save(on, people.board.id, people.edith.token, 'Forslag A');
  const b = await save(on, people.board.id, people.edith.token, 'Forslag B');
  return { ...people, a, b };
}

type Setup = Awaited<ReturnType<typeof boardWithProposals>>;

async function openRound(s: Setup, body: Record<string, unknown> = { proposals: [s.a.id, s.b.id] }, on = server): Promise<RoundView> {
  const r = await call(on, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body });
  if (r.status !== 201) throw new Error(`open failed: ${r.status} ${JSON.stringify(r.json)}`);
  return roundAnswerSchema.parse(r.json).round;
}

const rate = (s: Setup, roundId: string, token: string, body: Record<string, unknown>, on = server) =>
  call(on, 'POST', api(s.board.id, `rounds/${roundId}/answers`), { token, body });
const results = (s: Setup, roundId: string, token: string) => call(server, 'GET', api(s.board.id, `rounds/${roundId}/results`), { token });
const rounds = async (s: Setup, token: string) => {
  const r = await call(server, 'GET', api(s.board.id, 'rounds'), { token });
  expect(r.status).toBe(200);
  return roundsAnswerSchema.parse(r.json).rounds;
};

describe('opening, revealing and closing rounds', () => {
  it('lets only a facilitator open, reveal and close; anyone else gets 403 and nothing changes', async () => {
    const s = await boardWithProposals();
    const others = [s.edith.token, s.kari.token, s.vera.token, s.board.tokens.editor, s.board.tokens.viewer];
    for (const token of others) {
      const r = await call(server, 'POST', api(s.board.id, 'rounds'), { token, body: { proposals: [s.a.id] } });
      expect([r.status, r.json.error]).toEqual([403, 'only facilitators can open, reveal or close a rating round']);
    }
    expect(await rounds(s, s.vera.token)).toEqual([]);

    const round = await openRound(s);
    expect(round).toMatchObject({
      boardId: s.board.id,
      proposals: [
        { id: s.a.id, name: 'Forslag A' },
        { id: s.b.id, name: 'Forslag B' },
      ],
      anonymous: true,
      status: 'open',
      revealedAt: null,
      closedAt: null,
      respondents: 0,
      mine: [],
    });
    for (const action of ['reveal', 'close']) {
      for (const token of others) expect((await call(server, 'POST', api(s.board.id, `rounds/${round.id}/${action}`), { token })).status).toBe(403);
    }
    expect((await rounds(s, s.fasi.token))[0]!.status).toBe('open');

    // A facilitator's shared link is enough: a round records no author.
    const revealed = await call(server, 'POST', api(s.board.id, `rounds/${round.id}/reveal`), { token: s.board.tokens.facilitator });
    expect([revealed.status, roundAnswerSchema.parse(revealed.json).round.status]).toEqual([200, 'revealed']);
    const closed = await call(server, 'POST', api(s.board.id, `rounds/${round.id}/close`), { token: s.fasi.token });
    expect([closed.status, roundAnswerSchema.parse(closed.json).round.status]).toEqual([200, 'closed']);
  });

  it('keeps one round open at a time (409), and opens the next once it is closed', async () => {
    const s = await boardWithProposals();
    const first = await openRound(s, { proposals: [s.a.id] });
    const second = await call(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body: { proposals: [s.b.id] } });
    expect([second.status, second.json.error]).toEqual([409, 'a rating round is already open on this board; close it before opening another']);
    // Revealed is not closed: still the one round.
    expect((await call(server, 'POST', api(s.board.id, `rounds/${first.id}/reveal`), { token: s.fasi.token })).status).toBe(200);
    expect((await call(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body: { proposals: [s.b.id] } })).status).toBe(409);
    expect((await call(server, 'POST', api(s.board.id, `rounds/${first.id}/reveal`), { token: s.fasi.token })).status).toBe(409);
    expect((await call(server, 'POST', api(s.board.id, `rounds/${first.id}/close`), { token: s.fasi.token })).status).toBe(200);
    expect((await call(server, 'POST', api(s.board.id, `rounds/${first.id}/close`), { token: s.fasi.token })).status).toBe(409);
    const next = await openRound(s, { proposals: [s.b.id], anonymous: false });
    expect((await rounds(s, s.kari.token)).map((r) => [r.id, r.status, r.anonymous])).toEqual([
      [first.id, 'closed', true],
      [next.id, 'open', false],
    ]);
  });

  it('refuses unknown proposals with 422 and bad bodies with 400, naming the field', async () => {
    const s = await boardWithProposals();
    const elsewhere = await boardWithProposals();
    const unknown = await call(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body: { proposals: [s.a.id, 'finnesIkke12', elsewhere.a.id] } });
    expect([unknown.status, unknown.json.fields]).toEqual([422, { proposals: ['unknown proposal finnesIkke12', `unknown proposal ${elsewhere.a.id}`] }]);
    const bodies: [unknown, string][] = [
      [{ proposals: [] }, 'proposals'],
      [{ proposals: [s.a.id, s.a.id] }, 'proposals'],
      [{ proposals: ['not an id'] }, 'proposals.0'],
      [{ proposals: [s.a.id], anonymous: 'yes' }, 'anonymous'],
      [{ proposals: [s.a.id], name: 'Runde 1' }, 'name'],
      [{}, 'proposals'],
    ];
    for (const [body, field] of bodies) {
      const r = await call(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body });
      expect([r.status, r.json.error, Object.keys(r.json.fields ?? {})], JSON.stringify(body)).toEqual([400, 'invalid body', [field]]);
    }
    expect((await raw(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body: '{', type: 'application/json' })).status).toBe(400);
    expect((await raw(server, 'POST', api(s.board.id, 'rounds'), { token: s.fasi.token, body: '{}', type: 'text/plain' })).status).toBe(415);
    expect(await rounds(s, s.fasi.token)).toEqual([]);
    expect((await call(server, 'POST', api(s.board.id, 'rounds/finnesIkke12/reveal'), { token: s.fasi.token })).status).toBe(404);
    expect((await call(server, 'DELETE', api(s.board.id, 'rounds'), { token: s.fasi.token })).status).toBe(405);
  });
});

describe('answering', () => {
  it('takes one answer per participant, proposal and criterion (409 for a second), and shows each only their own', async () => {
    const s = await boardWithProposals();
    const round = await openRound(s);
    const first = await rate(s, round.id, s.kari.token, { proposal: s.a.id, criterion: 'beredskap', value: 4, reason: ' Akuttkjeden holder ' });
    expect(first.status).toBe(201);
    expect(first.json.answer).toMatchObject({ proposal: s.a.id, criterion: 'beredskap', value: 4, reason: 'Akuttkjeden holder' });
    const again = await rate(s, round.id, s.kari.token, { proposal: s.a.id, criterion: 'beredskap', value: 1 });
    expect([again.status, again.json.error]).toEqual([409, 'you have already answered this criterion for this proposal; an answer cannot be changed']);
    // The same criterion on the other proposal, and the others' answers, are their own questions.
    for (const [token, body] of [
      [s.kari.token, { proposal: s.b.id, criterion: 'beredskap', value: null }],
      [s.edith.token, { proposal: s.a.id, criterion: 'beredskap', value: 2 }],
      [s.fasi.token, { proposal: s.a.id, criterion: 'kompetanse', value: 5 }],
    ] as const) {
      expect((await rate(s, round.id, token, body)).status).toBe(201);
    }
    const [kari] = await rounds(s, s.kari.token);
    expect([kari!.respondents, kari!.answers]).toEqual([3, 4]);
    expect(kari!.mine.map((a) => [a.proposal, a.criterion, a.value, a.reason])).toEqual([
      [s.a.id, 'beredskap', 4, 'Akuttkjeden holder'],
      [s.b.id, 'beredskap', null, ''],
    ]);
    expect((await rounds(s, s.board.tokens.viewer))[0]!.mine).toEqual([]);
  });

  it('refuses viewers and shared links (403), a proposal outside the round (422), an unknown round (404) and bad answers (400)', async () => {
    const s = await boardWithProposals();
    const round = await openRound(s, { proposals: [s.a.id] });
    const good = { proposal: s.a.id, criterion: 'beredskap', value: 3 };
    expect([(await rate(s, round.id, s.vera.token, good)).status, (await rate(s, round.id, s.board.tokens.viewer, good)).status]).toEqual([403, 403]);
    const link = await rate(s, round.id, s.board.tokens.editor, good);
    expect([link.status, link.json.error]).toEqual([403, expect.stringMatching(/^join the board first/)]);
    expect((await rate(s, round.id, s.kari.token, { ...good, proposal: s.b.id })).status).toBe(422);
    expect((await rate(s, 'finnesIkke12', s.kari.token, good)).status).toBe(404);
    const bodies: [unknown, string][] = [
      [{ ...good, value: 0 }, 'value'],
      [{ ...good, value: 6 }, 'value'],
      [{ ...good, value: '3' }, 'value'],
      [{ proposal: s.a.id, criterion: 'beredskap' }, 'value'],
      [{ ...good, criterion: 'pris' }, 'criterion'],
      [{ ...good, reason: 'x'.repeat(501) }, 'reason'],
      [{ ...good, author: { name: 'Ola' } }, 'author'],
    ];
    for (const [body, field] of bodies) {
      const r = await rate(s, round.id, s.kari.token, body as Record<string, unknown>);
      expect([r.status, Object.keys(r.json.fields ?? {})], JSON.stringify(body)).toEqual([400, [field]]);
    }
    expect((await rounds(s, s.fasi.token))[0]!.answers).toBe(0);
    expect((await rate(s, round.id, s.kari.token, { ...good, reason: 'x'.repeat(500) })).status).toBe(201);
  });
});

describe('results', () => {
  it('are 403 for everyone before the reveal; after it everyone sees the right distribution, and no more answers are taken', async () => {
    const s = await boardWithProposals();
    const round = await openRound(s);
    const answers = [
      [s.kari.token, s.a.id, 'beredskap', 4, 'Robust'],
      [s.ola.token, s.a.id, 'beredskap', 2, ''],
      [s.edith.token, s.a.id, 'beredskap', 4, 'Godt nok'],
      [s.fasi.token, s.a.id, 'beredskap', null, 'Vet for lite'],
      [s.kari.token, s.b.id, 'transparens', 1, ''],
    ] as const;
    for (const [token, proposal, criterion, value, reason] of answers) expect((await rate(s, round.id, token, { proposal, criterion, value, reason })).status).toBe(201);

    for (const token of [s.fasi.token, s.kari.token, s.vera.token, s.board.tokens.facilitator]) {
      const r = await results(s, round.id, token);
      expect([r.status, r.json.error]).toEqual([403, 'the answers stay hidden until the facilitator reveals them']);
    }
    // The facilitator sees how many have answered, and nothing of what.
    expect((await rounds(s, s.fasi.token))[0]).toMatchObject({ respondents: 4, answers: 5 });

    expect((await call(server, 'POST', api(s.board.id, `rounds/${round.id}/reveal`), { token: s.fasi.token })).status).toBe(200);
    const late = await rate(s, round.id, s.ola.token, { proposal: s.b.id, criterion: 'beredskap', value: 5 });
    expect([late.status, late.json.error]).toEqual([409, 'this round no longer takes answers']);

    for (const token of [s.fasi.token, s.kari.token, s.vera.token]) {
      const r = await results(s, round.id, token);
      expect(r.status).toBe(200);
      const { results: res } = resultsAnswerSchema.parse(r.json);
      expect(res.proposals.map((p) => p.id)).toEqual([s.a.id, s.b.id]);
      const tally = (p: number, c: string) => res.proposals[p]!.criteria.find((x) => x.criterion === c)!;
      expect(tally(0, 'beredskap')).toEqual({
        criterion: 'beredskap',
        counts: [0, 1, 0, 2, 0],
        unknown: 1,
        mean: 10 / 3,
        reasons: [
          { value: 4, text: 'Godt nok', by: null },
          { value: 4, text: 'Robust', by: null },
          { value: null, text: 'Vet for lite', by: null },
        ],
      });
      expect(tally(1, 'transparens')).toMatchObject({ counts: [1, 0, 0, 0, 0], unknown: 0, mean: 1 });
      expect(tally(1, 'beredskap')).toMatchObject({ counts: [0, 0, 0, 0, 0], unknown: 0, mean: null });
      expect(res.proposals[0]!.criteria.map((c) => c.criterion)).toEqual(RATING_CRITERIA);
      // Anonymous: no name, organisation or participant id of anyone who answered reaches the client.
      for (const who of [s.kari, s.ola, s.edith, s.fasi]) {
        expect(JSON.stringify(r.json)).not.toContain(who.id);
        expect(JSON.stringify(r.json)).not.toContain(who.name);
      }
    }
    expect((await results(s, 'finnesIkke12', s.kari.token)).status).toBe(404);
  });

  it('name who gave each reason when the round is not anonymous', async () => {
    const s = await boardWithProposals();
    const round = await openRound(s, { proposals: [s.a.id], anonymous: false });
    await rate(s, round.id, s.ola.token, { proposal: s.a.id, criterion: 'kompetanse', value: 3, reason: 'Fagmiljøene blir større' });
    await rate(s, round.id, s.kari.token, { proposal: s.a.id, criterion: 'kompetanse', value: 5 });
    await call(server, 'POST', api(s.board.id, `rounds/${round.id}/reveal`), { token: s.fasi.token });
    const r = resultsAnswerSchema.parse((await results(s, round.id, s.vera.token)).json);
    const tally = r.results.proposals[0]!.criteria.find((c) => c.criterion === 'kompetanse')!;
    expect(tally).toMatchObject({ counts: [0, 0, 1, 0, 1], mean: 4, reasons: [{ value: 3, text: 'Fagmiljøene blir større', by: { name: 'Ola', organisation: 'KS' } }] });
  });

  it('stay hidden for a round closed without a reveal, and everything survives a restart', async () => {
    const first = await startServer();
    const s = await boardWithProposals(first);
    const hidden = await openRound(s, { proposals: [s.a.id] }, first);
    expect((await rate(s, hidden.id, s.kari.token, { proposal: s.a.id, criterion: 'beredskap', value: 2 }, first)).status).toBe(201);
    await call(first, 'POST', api(s.board.id, `rounds/${hidden.id}/close`), { token: s.fasi.token });
    const shown = await openRound(s, { proposals: [s.b.id] }, first);
    expect((await rate(s, shown.id, s.kari.token, { proposal: s.b.id, criterion: 'beredskap', value: 5 }, first)).status).toBe(201);
    await first.close();

    const second = await startServer({}, { dataDir: first.dataDir });
    extra.push(second);
    const get = (path: string) => call(second, 'GET', api(s.board.id, path), { token: s.kari.token });
    const listed = roundsAnswerSchema.parse((await get('rounds')).json).rounds;
    expect(listed.map((r) => [r.id, r.status, r.answers, r.mine.map((a) => a.value)])).toEqual([
      [hidden.id, 'closed', 1, [2]],
      [shown.id, 'open', 1, [5]],
    ]);
    expect((await get(`rounds/${hidden.id}/results`)).status).toBe(403);
    expect((await rate(s, shown.id, s.kari.token, { proposal: s.b.id, criterion: 'beredskap', value: 1 }, second)).status).toBe(409);
    expect((await call(second, 'POST', api(s.board.id, `rounds/${shown.id}/reveal`), { token: s.fasi.token })).status).toBe(200);
    const r = resultsAnswerSchema.parse((await get(`rounds/${shown.id}/results`)).json);
    expect(r.results.proposals[0]!.criteria.find((c) => c.criterion === 'beredskap')!.counts).toEqual([0, 0, 0, 0, 1]);
  });
});

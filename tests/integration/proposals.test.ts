import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCustomCard } from '@/lib/board-ops';
import { catalog } from '@/lib/catalog';
import { compareAnswerSchema } from '@/lib/compare';
import { computeConsequences } from '@/lib/consequences/engine';
import { proposalFileSchema } from '@/lib/proposal-file';
import { headlineOf, proposalSchema, type Proposal } from '@/lib/proposals';
import { verifyToken } from '@/server/auth/tokens';
import { boardWithPeople, call, startThread } from './comment-client';
import { connect, eventually, SECRET, startServer, synced, type Client, type TestServer } from './harness';
import { api, levelsOf, moveAndStore, raw, save, storedBoard } from './proposals-client';

let server: TestServer;
const logged: { event: string; fields: Record<string, unknown> }[] = [];
const clients: Client[] = [];
beforeAll(async () => {
  server = await startServer({}, { log: (event, fields = {}) => logged.push({ event, fields }) });
});
afterAll(async () => {
  for (const c of clients) c.destroy();
  await server.stop();
});

/** A stock client on the board, closed after the suite. */
async function client(boardId: string, token: string): Promise<Client> {
  const c = connect(server.ws, boardId, token);
  clients.push(c);
  await synced(c);
  return c;
}

const MOVES = { legevakt: 'spesialisthelsetjenesten', dps: 'kommune', tannhelse: 'kommune' } as const;
const MOVED = Object.keys(MOVES);
const TODAY = { legevakt: 'kommune', dps: 'spesialisthelsetjenesten', tannhelse: 'fylkeskommune' };

/** A board with its people, proposal A saved on today's board, three cards moved, then proposal B saved. */
async function twoProposals() {
  const people = await boardWithPeople(server);
  const { board, edith } = people;
  const editor = await client(board.id, edith.token);
  const a = await save(server, board.id, edith.token, 'Forslag A', 'Slik det er i dag');
  await moveAndStore(server, editor, board.id, MOVES);
  const b = await save(server, board.id, edith.token, 'Forslag B');
  return { ...people, editor, a, b };
}

const compare = (boardId: string, token: string, a: string, b: string) => call(server, 'GET', `${api(boardId, 'compare')}?${new URLSearchParams({ a, b })}`, { token });
const count = async (boardId: string) => (await server.stores.proposals.listProposals(boardId)).length;

describe('saving, listing and fetching proposals', () => {
  it('saves the live board with its author, figures and open threads, oldest first in the list', async () => {
    const { board, edith, fasi, kari, vera } = await boardWithPeople(server);
    const open = await startThread(server, board.id, kari.token, { anchor: { kind: 'card', id: 'legevakt' }, body: 'Bør bli i kommunen', stance: 'against' });
    const resolved = await startThread(server, board.id, kari.token);
    expect((await call(server, 'POST', api(board.id, `threads/${resolved.id}/resolve`), { token: kari.token })).status).toBe(200);

    const a = await save(server, board.id, edith.token, '  Forslag A  ', 'Første utkast');
    const live = await storedBoard(server, board.id);
    expect(a).toMatchObject({
      boardId: board.id,
      name: 'Forslag A',
      note: 'Første utkast',
      author: { participantId: edith.id, name: 'Edith', organisation: 'Bodø kommune', role: 'editor' },
      origin: 'board',
      content: { catalogVersion: catalog.version, allocation: live.allocation, custom: [], assumptions: [] },
    });
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(Date.parse(a.createdAt)).toBeGreaterThan(Date.now() - 60_000);
    const headline = headlineOf(a.content, catalog);
    expect(headline.ok && a.headline).toEqual(headline.ok && headline.value);
    expect(a.openThreads).toEqual([
      { id: open.id, anchor: { kind: 'card', id: 'legevakt' }, author: { name: 'Kari Nordmann', organisation: 'Bodø kommune' }, body: 'Bør bli i kommunen', stance: 'against', replies: 0, createdAt: open.createdAt },
    ]);

    const b = await save(server, board.id, fasi.token, 'Forslag B');
    expect(b.author.role).toBe('facilitator');
    const list = await call(server, 'GET', api(board.id, 'proposals'), { token: board.tokens.viewer });
    expect(list.status).toBe(200);
    const summaries = list.json.proposals as Record<string, unknown>[];
    expect(summaries.map((p) => [p.id, p.name, p.openThreads, 'content' in p])).toEqual([
      [a.id, 'Forslag A', 1, false],
      [b.id, 'Forslag B', 1, false],
    ]);
    for (const token of [vera.token, board.tokens.commenter]) {
      const one = await call(server, 'GET', api(board.id, `proposals/${a.id}`), { token });
      expect([one.status, proposalSchema.parse(one.json.proposal)]).toEqual([200, a]);
    }
    expect(logged).toContainEqual({ event: 'proposal-saved', fields: { board: board.id, proposal: a.id, by: edith.id } });
  });

  it('refuses a name that is empty or too long, and any author or content the body claims, with 400 naming the field', async () => {
    const { board, edith } = await boardWithPeople(server);
    const bodies: [unknown, string][] = [
      [{ name: '   ' }, 'name'],
      [{ name: 'x'.repeat(121) }, 'name'],
      [{ name: 'A', author: { name: 'Ola' } }, 'author'],
      [{ name: 'A', content: {} }, 'content'],
      [{ note: 'uten navn' }, 'name'],
    ];
    for (const [body, field] of bodies) {
      const r = await call(server, 'POST', api(board.id, 'proposals'), { token: edith.token, body });
      expect([r.status, r.json.error, Object.keys(r.json.fields ?? {})], field).toEqual([400, 'invalid body', [field]]);
    }
    expect(await count(board.id)).toBe(0);
  });

  it('answers 404 for an unknown proposal on every route that names one', async () => {
    const { board, edith } = await boardWithPeople(server);
    const missing = 'ikkeFinnes12';
    for (const [method, path] of [
      ['GET', `proposals/${missing}`],
      ['GET', `proposals/${missing}/export?format=json`],
      ['POST', `proposals/${missing}/restore`],
      ['GET', `compare?a=live&b=${missing}`],
      ['GET', `compare?a=${missing}&b=baseline`],
    ] as const) {
      const r = await raw(server, method, api(board.id, path), { token: edith.token });
      expect([r.status, JSON.parse(r.text).error], path).toEqual([404, 'no proposal with that id on this board']);
    }
  });

  it('stops at 200 proposals on a board with 409, storing nothing more', async () => {
    const { board, edith } = await boardWithPeople(server);
    const first = await save(server, board.id, edith.token, 'Forslag 1');
    for (let i = 2; i <= 200; i++) await server.stores.proposals.createProposal({ ...first, id: `fylt${String(i).padStart(3, '0')}`, name: `Forslag ${i}` });
    const r = await call(server, 'POST', api(board.id, 'proposals'), { token: edith.token, body: { name: 'En for mye' } });
    expect([r.status, r.json.error]).toEqual([409, 'this board already holds 200 proposals, the most it may have; no more can be saved']);
    expect(await count(board.id)).toBe(200);
  });
});

describe('comparing', () => {
  it('lists exactly the three cards moved between A and B, with deltas equal to B − A of their headlines', async () => {
    const { board, kari, a, b } = await twoProposals();
    const r = await compare(board.id, kari.token, a.id, b.id);
    expect(r.status).toBe(200);
    const c = compareAnswerSchema.parse(r.json);
    expect(c.moved.map((m) => [m.responsibility, m.from, m.to]).sort()).toEqual(MOVED.map((id) => [id, TODAY[id as keyof typeof TODAY], MOVES[id as keyof typeof MOVES]]).sort());
    // Yearly figures exist only where something of that year moved, so the ids are both headlines' and a missing one is 0.
    expect(c.indicators.map((i) => i.id).sort()).toEqual([...new Set([...Object.keys(a.headline), ...Object.keys(b.headline)])].sort());
    for (const i of c.indicators) expect(i, i.id).toEqual({ id: i.id, a: a.headline[i.id] ?? 0, b: b.headline[i.id] ?? 0, delta: (b.headline[i.id] ?? 0) - (a.headline[i.id] ?? 0) });
    expect(c.indicators.find((i) => i.id === 'moneyMoved:2023')!.delta).toBeGreaterThan(0);
    expect(c.positionsFlipped).toContainEqual({ position: 'ks-legevakt-kommune', a: 'met', b: 'contradicted' });
    expect([c.added, c.removed]).toEqual([[], []]);
    // A saved proposal records the board's answers to open questions; nobody chose here, so all are open.
    expect(c.a).toEqual({ kind: 'proposal', id: a.id, name: 'Forslag A', createdAt: a.createdAt, levels: a.content.allocation.levels, custom: [], choices: { 'region-election': 'open', 'state-financing': 'open' } });
    expect(c.b).toMatchObject({ kind: 'proposal', id: b.id, name: 'Forslag B' });
  });

  it('compares with the live board and with today, and shares a read-only link that opens the same comparison', async () => {
    const { board, vera, editor, a, b } = await twoProposals();
    const toLive = compareAnswerSchema.parse((await compare(board.id, vera.token, b.id, 'live')).json);
    expect(toLive.moved).toEqual([]);
    expect(toLive.indicators.every((i) => i.delta === 0)).toBe(true);
    expect(toLive.b).toMatchObject({ kind: 'live', id: null, createdAt: null });

    await moveAndStore(server, editor, board.id, { fastlege: 'spesialisthelsetjenesten' });
    const fromToday = await compare(board.id, board.tokens.viewer, 'baseline', 'live');
    expect(fromToday.status).toBe(200);
    const today = compareAnswerSchema.parse(fromToday.json);
    expect(today.a).toMatchObject({ kind: 'baseline', id: null, name: 'Dagens ordning', createdAt: null });
    expect(today.moved.map((m) => m.responsibility).sort()).toEqual([...MOVED, 'fastlege'].sort());
    const baselineToA = compareAnswerSchema.parse((await compare(board.id, vera.token, 'baseline', a.id)).json);
    expect(baselineToA.moved).toEqual([]);

    const share = compareAnswerSchema.parse((await compare(board.id, vera.token, a.id, b.id)).json).share;
    const m = /^\/b\/([a-z0-9]+)\/compare\?a=([^&#]+)&b=([^&#]+)#t=(\S+)$/.exec(share);
    expect(m?.slice(1, 4)).toEqual([board.id, a.id, b.id]);
    const token = verifyToken(m![4], SECRET);
    expect(token.ok && [token.value.b, token.value.r, token.value.p]).toEqual([board.id, 'viewer', undefined]);
    const shared = await compare(board.id, m![4]!, a.id, b.id);
    expect(compareAnswerSchema.parse(shared.json).moved.map((x) => x.responsibility).sort()).toEqual([...MOVED].sort());
  });

  it('counts a custom card only one side holds as added or removed, not as moved', async () => {
    const { board, edith, editor, b } = await twoProposals();
    const added = addCustomCard(editor.doc, { name: 'Skolehelse, utvidet', cost: 5e7, author: 'Edith', note: '', level: 'kommune' }, 'test');
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    await eventually(async () => expect((await storedBoard(server, board.id)).custom.map((c) => c.id)).toEqual([added.value.id]));
    const c = await save(server, board.id, edith.token, 'Forslag C');
    const r = compareAnswerSchema.parse((await compare(board.id, edith.token, b.id, c.id)).json);
    expect([r.added, r.removed, r.moved]).toEqual([[added.value.id], [], []]);
    expect(r.b.custom.map((x) => x.name)).toEqual(['Skolehelse, utvidet']);
    expect(compareAnswerSchema.parse((await compare(board.id, edith.token, c.id, b.id)).json).removed).toEqual([added.value.id]);
  });

  it.each([
    ['no b', '?a=live', ['b']],
    ['no sides', '', ['a', 'b']],
    ['an empty side', '?a=&b=live', ['a']],
    ['a side that is no id', '?a=live&b=..%2Fetc', ['b']],
    ['an over-long id', `?a=${'x'.repeat(65)}&b=live`, ['a']],
  ])('refuses a query with %s with 400 naming the field', async (_label, search, fields) => {
    const board = await server.board();
    const r = await call(server, 'GET', `${api(board.id, 'compare')}${search}`, { token: board.tokens.viewer });
    expect([r.status, r.json.error, Object.keys(r.json.fields ?? {}).sort()]).toEqual([400, 'invalid query', fields]);
  });

  it('answers 401 without a valid token and 403 with another board’s token', async () => {
    const board = await server.board();
    const other = await server.board();
    expect((await compare(board.id, 'nonsense', 'live', 'baseline')).status).toBe(401);
    expect((await compare(board.id, other.tokens.facilitator, 'live', 'baseline')).status).toBe(403);
    expect((await call(server, 'GET', api(board.id, 'proposals'))).status).toBe(401);
  });
});

describe('restoring', () => {
  it('puts proposal A back on the live board: a connected client and storage both see it', async () => {
    const { board, edith, a, b } = await twoProposals();
    const watcher = await client(board.id, board.tokens.viewer);
    expect(levelsOf(watcher.doc, MOVED)).toEqual(MOVES);

    const r = await call(server, 'POST', api(board.id, `proposals/${a.id}/restore`), { token: edith.token });
    expect([r.status, r.json]).toEqual([200, { changed: true }]);
    await eventually(() => expect(levelsOf(watcher.doc, MOVED)).toEqual(TODAY));
    const stored = await storedBoard(server, board.id);
    expect(stored.allocation.placements.map((p) => [p.responsibility, p.level])).toEqual(a.content.allocation.placements.map((p) => [p.responsibility, p.level]));
    expect(stored.allocation.levels).toEqual(a.content.allocation.levels);

    const again = await call(server, 'POST', api(board.id, `proposals/${a.id}/restore`), { token: edith.token });
    expect([again.status, again.json]).toEqual([200, { changed: false }]);
    const forward = await call(server, 'POST', api(board.id, `proposals/${b.id}/restore`), { token: edith.token });
    expect(forward.json).toEqual({ changed: true });
    await eventually(() => expect(levelsOf(watcher.doc, MOVED)).toEqual(MOVES));
    expect(logged).toContainEqual({ event: 'proposal-restored', fields: { board: board.id, proposal: b.id, by: edith.id, changed: true } });
    const metrics = await fetch(`${server.http}/metrics`).then((x) => x.text());
    expect(Number(/^ansvarstavla_proposal_restores_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(3);
    expect(Number(/^ansvarstavla_proposal_writes_total (\d+)$/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(2);
  });

  it('restores onto a board nobody has open, durably', async () => {
    const { board, editor, edith, a } = await twoProposals();
    editor.destroy();
    const r = await call(server, 'POST', api(board.id, `proposals/${a.id}/restore`), { token: edith.token });
    expect(r.json).toEqual({ changed: true });
    const stored = await storedBoard(server, board.id);
    expect(Object.fromEntries(stored.allocation.placements.filter((p) => MOVED.includes(p.responsibility)).map((p) => [p.responsibility, p.level]))).toEqual(TODAY);
  });
});

describe('a stored proposal the catalog no longer fits', () => {
  it('is neither restored nor compared (422), and the board stays as it was', async () => {
    const { board, edith, a } = await twoProposals();
    const stale = structuredClone(a);
    stale.id = 'utdatert0001';
    stale.content.allocation.placements[0]!.responsibility = 'nedlagt-tjeneste';
    await server.stores.proposals.createProposal(stale);
    const before = await storedBoard(server, board.id);
    const restored = await call(server, 'POST', api(board.id, `proposals/${stale.id}/restore`), { token: edith.token });
    expect([restored.status, restored.json.error]).toEqual([422, expect.stringMatching(/^this proposal does not fit the board's catalog any more: unknown responsibility "nedlagt-tjeneste"/)]);
    const compared = await compare(board.id, edith.token, 'live', stale.id);
    expect([compared.status, compared.json.error]).toEqual([422, "side b does not fit the board's catalog, so it cannot be compared"]);
    expect(await storedBoard(server, board.id)).toEqual(before);
  });
});

describe('who may change proposals', () => {
  it('refuses viewers and commenters on save, restore and import, and shared links on all three, changing nothing', async () => {
    const { board, kari, vera, edith, a } = await twoProposals();
    const file = JSON.parse((await raw(server, 'GET', api(board.id, `proposals/${a.id}/export?format=json`), { token: edith.token })).text);
    const before = [await count(board.id), await storedBoard(server, board.id)];
    const attempts = [
      ['POST', 'proposals', { name: 'Mitt forslag' }],
      ['POST', `proposals/${a.id}/restore`, undefined],
      ['POST', 'proposals/import', file],
    ] as const;
    for (const [method, path, body] of attempts) {
      for (const token of [kari.token, vera.token, board.tokens.commenter, board.tokens.viewer]) {
        const r = await call(server, method, api(board.id, path), { token, body });
        expect([r.status, r.json.error], path).toEqual([403, 'only editors and facilitators can save, import or restore proposals']);
      }
      for (const token of [board.tokens.editor, board.tokens.facilitator]) {
        const r = await call(server, method, api(board.id, path), { token, body });
        expect(r.status, path).toBe(403);
        expect(r.json.error).toMatch(/^join the board first/);
      }
    }
    expect([await count(board.id), await storedBoard(server, board.id)]).toEqual(before);
  });
});

describe('export and import', () => {
  it('round-trips a proposal through its JSON file to an identical allocation and identical consequences', async () => {
    const { board, fasi, editor, edith } = await twoProposals();
    addCustomCard(editor.doc, { name: 'Samhandlingsteam', cost: 2e8, staff: 150, author: 'Edith', note: 'anslag', level: 'kommune' }, 'test');
    await eventually(async () => expect((await storedBoard(server, board.id)).custom).toHaveLength(1));
    const b = await save(server, board.id, edith.token, 'Forslag Ø, «nord»', 'Med eget kort');

    const exported = await raw(server, 'GET', api(board.id, `proposals/${b.id}/export?format=json`), { token: board.tokens.viewer });
    expect(exported.status).toBe(200);
    expect(exported.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toBe(`attachment; filename="Forslag-O-nord.json"; filename*=UTF-8''${encodeURIComponent('Forslag Ø, «nord».json')}`);
    const file = proposalFileSchema.parse(JSON.parse(exported.text));
    expect(file).toMatchObject({ name: b.name, note: b.note, board: { id: board.id, title: 'Test' }, content: b.content, headline: b.headline });

    for (const target of [board, (await boardWithPeople(server)).board]) {
      const importer = target === board ? fasi : (await call(server, 'POST', api(target.id, 'join'), { token: target.tokens.facilitator, body: { name: 'Frida' } })).json;
      const r = await call(server, 'POST', api(target.id, 'proposals/import'), { token: importer.token as string, body: file });
      expect(r.status).toBe(201);
      const imported: Proposal = proposalSchema.parse(r.json.proposal);
      expect(imported).toMatchObject({ boardId: target.id, name: b.name, note: b.note, origin: 'import', headline: b.headline, openThreads: b.openThreads });
      expect(imported.author).toMatchObject({ role: 'facilitator', name: target === board ? 'Fasilitator' : 'Frida' });
      expect(imported.id).not.toBe(b.id);
      expect(imported.content.allocation).toEqual(b.content.allocation);
      const consequences = (p: Proposal) => computeConsequences(p.content.allocation, catalog, p.content.assumptions, { custom: p.content.custom });
      expect(consequences(imported)).toEqual(consequences(b));
      const fetched = await call(server, 'GET', api(target.id, `proposals/${imported.id}`), { token: target.tokens.viewer });
      expect(proposalSchema.parse(fetched.json.proposal)).toEqual(imported);
    }
  });

  it('exports a CSV for a Norwegian spreadsheet by default: semicolons, decimal commas, one row per responsibility, custom cards included', async () => {
    const { board, editor, edith } = await twoProposals();
    const card = addCustomCard(editor.doc, { name: '=SUM(A1); «egen»', cost: 1e6, staff: 2.5, author: 'Edith', note: '', level: 'fylkeskommune' }, 'test');
    if (!card.ok) throw new Error('custom card not added');
    await eventually(async () => expect((await storedBoard(server, board.id)).custom).toHaveLength(1));
    const p = await save(server, board.id, edith.token, 'Forslag B');
    for (const search of ['?format=csv', '?format=csv&lang=nb']) {
      const r = await raw(server, 'GET', api(board.id, `proposals/${p.id}/export${search}`), { token: board.tokens.commenter });
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
      expect(r.headers.get('content-disposition')).toMatch(/^attachment; filename="Forslag-B\.csv"/);
      expect([...r.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = r.text.split('\r\n');
      expect(lines.pop()).toBe('');
      expect(lines[0]).toBe('ansvar_id;ansvar;nivå_id;nivå;nivåtype;nivåtype_i_dag;flyttet;kostnad_nok;årsverk;tallkilder');
      expect(lines.slice(1).map((l) => l.split(';')[0])).toEqual([...catalog.responsibilities.map((x) => x.id), card.value.id]);
      // The source is named by its title and place, with the address after it; commas need no quotes here.
      expect(lines.find((l) => l.startsWith('legevakt;'))).toMatch(/^legevakt;Legevakt;spesialisthelsetjenesten;Spesialisthelsetjenesten;spesialisthelsetjenesten;kommune;ja;4800000000;;kostnad: Dagsavisen [^;"]+ \(https:\/\/www\.dagsavisen\.no\/\S+\)$/);
      // The name holds the separator, so it is quoted, and its formula stays text.
      expect(lines.at(-1)).toBe(`${card.value.id};"'=SUM(A1); «egen»";fylkeskommune;Fylkeskommune;fylkeskommune;fylkeskommune;nei;1000000;2,5;"kostnad: antatt av Edith; årsverk: antatt av Edith"`);
    }
  });

  it('exports a CSV for an English spreadsheet with lang=en: commas and decimal points', async () => {
    const { board, editor, edith } = await twoProposals();
    const card = addCustomCard(editor.doc, { name: '=SUM(A1), «egen»', cost: 1e6, staff: 2.5, author: 'Edith', note: '', level: 'fylkeskommune' }, 'test');
    if (!card.ok) throw new Error('custom card not added');
    await eventually(async () => expect((await storedBoard(server, board.id)).custom).toHaveLength(1));
    const p = await save(server, board.id, edith.token, 'Forslag B');
    const r = await raw(server, 'GET', api(board.id, `proposals/${p.id}/export?format=csv&lang=en`), { token: board.tokens.commenter });
    expect(r.status).toBe(200);
    expect([...r.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = r.text.split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('ansvar_id,ansvar,nivå_id,nivå,nivåtype,nivåtype_i_dag,flyttet,kostnad_nok,årsverk,tallkilder');
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual([...catalog.responsibilities.map((x) => x.id), card.value.id]);
    // The source holds commas, so it is quoted.
    expect(lines.find((l) => l.startsWith('legevakt,'))).toMatch(/^legevakt,Legevakt,spesialisthelsetjenesten,Spesialisthelsetjenesten,spesialisthelsetjenesten,kommune,ja,4800000000,,"kostnad: Dagsavisen .+ \(https:\/\/www\.dagsavisen\.no\/\S+\)"$/);
    expect(lines.at(-1)).toBe(`${card.value.id},"'=SUM(A1), «egen»",fylkeskommune,Fylkeskommune,fylkeskommune,fylkeskommune,nei,1000000,2.5,kostnad: antatt av Edith; årsverk: antatt av Edith`);
  });

  it('refuses an unknown export format or language with 400', async () => {
    const { board, edith, a } = await twoProposals();
    for (const search of ['', '?format=pdf', '?format=JSON', '?lang=en']) {
      const r = await call(server, 'GET', api(board.id, `proposals/${a.id}/export${search}`), { token: edith.token });
      expect([r.status, r.json.error, Object.keys(r.json.fields ?? {})]).toEqual([400, 'invalid query', ['format']]);
    }
    for (const search of ['?format=csv&lang=de', '?format=csv&lang=NB', '?format=csv&lang=']) {
      const r = await call(server, 'GET', api(board.id, `proposals/${a.id}/export${search}`), { token: edith.token });
      expect([r.status, r.json.error, Object.keys(r.json.fields ?? {})]).toEqual([400, 'invalid query', ['lang']]);
    }
  });

  it('refuses bad files with 400, 413 or 422 and the reason, storing nothing and leaving the board as it was', async () => {
    const { board, edith, b } = await twoProposals();
    const file = JSON.parse((await raw(server, 'GET', api(board.id, `proposals/${b.id}/export?format=json`), { token: edith.token })).text);
    const edit = (change: (f: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return JSON.stringify(copy);
    };
    const bad: [string, string, number, RegExp, string[]?][] = [
      ['invalid JSON', JSON.stringify(file).slice(0, -10), 400, /^body is not valid JSON$/],
      ['another schema version', edit((f) => (f.schemaVersion = 2)), 422, /^unsupported schema version 2/],
      ['another format', edit((f) => (f.format = 'excel')), 422, /^not a proposal file/],
      ['an unknown responsibility', edit((f) => (f.content.allocation.placements[0].responsibility = 'ukjent-ansvar')), 422, /does not fit this board's catalog: unknown responsibility "ukjent-ansvar"/],
      ['a tampered headline', edit((f) => (f.headline.handoffs += 1)), 422, /the file was altered$/],
      ['a missing name', edit((f) => delete f.name), 422, /does not match its schema$/, ['name']],
      ['a 10 MB body', JSON.stringify({ ...file, note: 'x'.repeat(10 * 1024 * 1024) }), 413, /^body over 2097152 bytes$/],
    ];
    const before = [await count(board.id), await storedBoard(server, board.id)];
    for (const [label, body, status, message, fields] of bad) {
      const r = await raw(server, 'POST', api(board.id, 'proposals/import'), { token: edith.token, body });
      expect(r.status, label).toBe(status);
      const answer = JSON.parse(r.text) as { error: string; fields?: Record<string, string[]> };
      expect(answer.error, label).toMatch(message);
      if (fields) expect(Object.keys(answer.fields ?? {}), label).toEqual(fields);
      expect([await count(board.id), await storedBoard(server, board.id)], label).toEqual(before);
    }
    // The refusals left the server healthy: the same file, untouched, imports.
    expect((await raw(server, 'POST', api(board.id, 'proposals/import'), { token: edith.token, body: JSON.stringify(file) })).status).toBe(201);
  });
});

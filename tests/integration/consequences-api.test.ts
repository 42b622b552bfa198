import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { linkToken, signToken } from '@/server/auth/tokens';
import { connect, eventually, SECRET, startServer, synced, type TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

type Report = {
  catalogVersion: string;
  levels: { id: string; name: string; money: { value: number | null; unit: string; year: number | null }; staff: { value: number | null; year: number | null } }[];
  indicators: { id: string; value: number; baseline: number; delta: number; unit: string }[];
  positions: { id: string; actor: string; responsibility: string; status: string }[];
};

async function get(path: string, token?: string) {
  const res = await fetch(`${server.http}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe('GET /api/templates', () => {
  it('lists every template with its name, description and sources named as a person reads them', async () => {
    const { status, json } = await get('/api/templates');
    expect(status).toBe(200);
    const list = json as unknown as { id: string; name: string; description: string; sources: string[] }[];
    expect(list.map((t) => t.id)).toEqual(catalog.templates.map((t) => t.id));
    for (const t of list) {
      expect(t.name.length).toBeGreaterThan(0);
      expect(t.sources.length).toBeGreaterThan(0);
      // A source is named by document and place, never by the file it is stored in.
      for (const s of t.sources) expect(s).not.toMatch(/\.txt|\.md|\.json/);
    }
  });
});

/** Creates a board through POST /api/boards, as the home page does, and answers its id and role tokens. */
async function createBoard(template: string) {
  const res = await fetch(`${server.http}/api/boards`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: `Verksted: ${template}`, template }) });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; tokens: Record<'facilitator' | 'editor' | 'commenter' | 'viewer', string> };
}

type ArrangementReport = { id: string | null; name: string | null; levels: string[]; moved: string[]; staffMoved: { year: number | null; value: number }[] };

describe('boards from the committee’s models 3 and 4', () => {
  it('lists both templates', async () => {
    const list = (await get('/api/templates')).json as unknown as { id: string; description: unknown }[];
    expect(list.map((t) => t.id)).toEqual(expect.arrayContaining(['modell-3', 'modell-4']));
    // Templates are interpretations and say so, in whatever languages the list carries.
    for (const id of ['modell-3', 'modell-4']) expect(JSON.stringify(list.find((t) => t.id === id)!.description)).toMatch(/tolkning|lesning/);
  });

  it('model 3: the insurer level holds the specialist total of 2022 and the kommune keeps care', async () => {
    const board = await createBoard('modell-3');
    const info = await get(`/api/boards/${board.id}`, board.tokens.viewer);
    expect((info.json.levels as { kind: string }[]).map((l) => l.kind)).toEqual(['kommune', 'fylkeskommune', 'forsikring']);
    const r = (await get(`/api/boards/${board.id}/consequences`, board.tokens.viewer)).json as unknown as Report;
    // SSB: the specialist health service's 180 590 mill. kr (2022) sit with the insurers that contract the providers.
    expect(r.levels.find((l) => l.id === 'forsikring')!.money).toMatchObject({ value: 180_590, unit: 'mill. kr', year: 2022 });
    expect(r.levels.find((l) => l.id === 'kommune')!.money.year).toBe(2023);
    expect(r.indicators.find((i) => i.id === 'positionsContradicted')!.value).toBeGreaterThan(0);
  });

  it('model 4: the columns carry their arrangement, and the consequences come per arrangement', async () => {
    const board = await createBoard('modell-4');
    const info = await get(`/api/boards/${board.id}`, board.tokens.editor);
    expect((info.json.levels as { id: string; arrangement?: string }[]).map((l) => [l.id, l.arrangement])).toEqual([
      ['kommune', 'somatikk'],
      ['fylkeskommune', 'somatikk'],
      ['spesialisthelsetjenesten', 'somatikk'],
      ['spesialisthelsetjenesten-psykisk-helse-rus', 'psykisk-helse-rus'],
    ]);
    const r = (await get(`/api/boards/${board.id}/consequences`, board.tokens.viewer)).json as unknown as Report & { arrangements: ArrangementReport[] };
    expect(r.arrangements.map((a) => [a.id, a.name])).toEqual([
      ['somatikk', 'Somatikk og øvrige tjenester: som i dag'],
      ['psykisk-helse-rus', 'Psykisk helse og rus: samlet i spesialisthelsetjenesten'],
    ]);
    const mental = r.arrangements[1]!;
    expect(mental.moved).toEqual(['rask-psykisk-helsehjelp', 'psykisk-helse-rus-kommune']);
    // SSB 2023: 17 436 årsverk in the municipal mental health and substance-use work change employer.
    expect(mental.staffMoved).toEqual([{ year: 2023, value: 17_436 }]);
    expect(r.indicators.find((i) => i.id === 'staffMoved:2023')).toMatchObject({ value: 17_436 });
    // The specialist total of 2022 stays on the first specialist column, unsplit by field.
    expect(r.levels.find((l) => l.id === 'spesialisthelsetjenesten')!.money).toMatchObject({ value: 180_590, year: 2022 });
  });
});

describe('GET /api/boards/<id>/consequences', () => {
  it('answers today’s board with every delta at 0 and levels in mill. kr and årsverk, each for one year', async () => {
    const board = await server.board('dagens-ordning');
    const { status, json } = await get(`/api/boards/${board.id}/consequences`, board.tokens.viewer);
    expect(status).toBe(200);
    const r = json as unknown as Report;
    expect(r.catalogVersion).toBe(catalog.version);
    expect(r.indicators.every((i) => i.delta === 0)).toBe(true);
    const spes = r.levels.find((l) => l.id === 'spesialisthelsetjenesten')!;
    // SSB: driftskostnader 180 590 mill. kr and 134 784 årsverk in 2022.
    expect(spes.money).toMatchObject({ value: 180_590, unit: 'mill. kr', year: 2022 });
    expect(spes.staff).toMatchObject({ value: 134_784, year: 2022 });
    const fylke = r.levels.find((l) => l.id === 'fylkeskommune')!;
    // Only tannhelse 2017 is sourced for the counties, and no årsverk at all.
    expect(fylke.money).toMatchObject({ value: 3_477.2, year: 2017 });
    expect(fylke.staff).toMatchObject({ value: null, year: null });
    expect(r.positions.length).toBeGreaterThan(20);
    for (const p of r.positions) expect(['met', 'contradicted', 'not-applicable']).toContain(p.status);
    expect(r.positions.some((p) => p.actor === 'KS')).toBe(true);
  });

  it('follows a live move: legevakt to the specialist service moves the kommune’s 76 % to the state', async () => {
    const board = await server.board('dagens-ordning');
    const editor = connect(server.ws, board.id, board.tokens.editor);
    try {
      await synced(editor);
      (editor.doc.getMap('cards').get('legevakt') as Y.Map<unknown>).set('level', 'spesialisthelsetjenesten');
      await eventually(async () => {
        const r = (await get(`/api/boards/${board.id}/consequences`, board.tokens.commenter)).json as unknown as Report;
        // 76 % of «nær 4,8 mrd. kr» (2023) = 3 648 mill. kr get a new payer.
        expect(r.indicators.find((i) => i.id === 'moneyMoved:2023')).toMatchObject({ value: 3_648, baseline: 0, delta: 3_648, unit: 'mill. kr' });
        const kommune = r.levels.find((l) => l.id === 'kommune')!;
        expect(kommune.money.year).toBe(2023);
      });
    } finally {
      editor.destroy();
    }
  });

  it('refuses a missing or wrong token with 401, another board’s with 403 and an unknown board with 404', async () => {
    const a = await server.board();
    const b = await server.board();
    expect((await get(`/api/boards/${a.id}/consequences`)).status).toBe(401);
    expect((await get(`/api/boards/${a.id}/consequences`, 'not-a-token')).status).toBe(401);
    expect((await get(`/api/boards/${a.id}/consequences`, b.tokens.viewer)).status).toBe(403);
    const ghost = 'zzzzzzzzzzzz';
    const unknown = await get(`/api/boards/${ghost}/consequences`, b.tokens.viewer);
    expect([unknown.status, unknown.json.error]).toEqual([404, 'no board with that id']);
    // The server's own token for a board that is not there: the board was deleted.
    const gone = await get(`/api/boards/${ghost}/consequences`, signToken(linkToken(ghost, 'viewer', 1), SECRET));
    expect([gone.status, gone.json.error]).toEqual([410, 'this board was deleted']);
  });
});

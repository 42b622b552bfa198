import { expect, it } from 'vitest';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author } from '@/lib/comments';
import type { NewHistoryEntry } from '@/lib/history';
import type { Proposal } from '@/lib/proposals';
import type { DocStoreHarness } from './doc-store.contract';

const kari: Author = { participantId: 'kari-0001', name: 'Kari', organisation: 'Bodø kommune', role: 'editor' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const template = (id: string) => catalog.templates.find((t) => t.id === id)!;
const start = allocationFromTemplate(template('dagens-ordning'), catalog);
const HOSTILE = '<script>alert("x")</script> & æøå 🙂 \u0000 "quoted"';

const proposal = (id: string, over: Partial<Proposal> = {}): Proposal => ({
  id,
  boardId: 'b1',
  name: `Forslag ${id}`,
  note: '',
  author: kari,
  createdAt: at(0),
  origin: 'board',
  content: {
    catalogVersion: catalog.version,
    allocation: start,
    custom: [{ id: 'egen-abcd1234', name: 'Jordmor', cost: 12.5, author: 'Kari', note: '', baselineKind: 'kommune' }],
    assumptions: [{ responsibility: 'legevakt', measure: 'cost', value: 1000, author: 'Ola', note: 'anslag' }],
  },
  headline: { 'cost:total': 123.25, 'staff:total': 4 },
  openThreads: [
    { id: 't1', anchor: { kind: 'card', id: 'legevakt' }, author: { name: 'Ola', organisation: 'KS' }, body: HOSTILE, stance: 'against', replies: 2, createdAt: at(1) },
  ],
  ...over,
});

const entry = (minute: number, over: Partial<NewHistoryEntry> = {}): NewHistoryEntry => ({
  at: at(minute),
  actors: [{ participantId: kari.participantId, name: kari.name, organisation: kari.organisation, role: 'editor' }],
  changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }],
  allocation: start,
  custom: [],
  ...over,
});

/**
 * The proposal and history half of the DocStore contract, registered inside docStoreContract
 * so that every store runs it; `harness` answers the fresh store its beforeEach made.
 */
export function proposalStoreContract(harness: () => DocStoreHarness): void {
  it('stores proposals exactly and lists them oldest first, per board', async () => {
    const { store } = harness();
    const first = proposal('p-2', { name: HOSTILE, note: 'Første\nlinje' });
    const second = proposal('p-1', { origin: 'import', createdAt: at(0), openThreads: [] });
    const other = proposal('p-1', { boardId: 'b2', name: 'Annet brett' });
    await store.createProposal(first);
    await store.createProposal(other);
    await store.createProposal(second);
    expect(await store.listProposals('b1')).toEqual([first, second]);
    expect(await store.listProposals('b2')).toEqual([other]);
    expect(await store.listProposals('none')).toEqual([]);
    expect(await store.getProposal('b1', 'p-1')).toEqual(second);
    expect(await store.getProposal('b2', 'p-1')).toEqual(other);
    expect(await store.countProposals('b1')).toBe(2);
    expect(await store.countProposals('none')).toBe(0);
  });

  it('answers null for an unknown proposal and refuses a second proposal with a taken id', async () => {
    const { store } = harness();
    await store.createProposal(proposal('p-1'));
    expect(await store.getProposal('b1', 'p-2')).toBeNull();
    expect(await store.getProposal('b2', 'p-1')).toBeNull();
    await expect(store.createProposal(proposal('p-1', { name: 'Igjen' }))).rejects.toThrow();
    expect((await store.getProposal('b1', 'p-1'))?.name).toBe('Forslag p-1');
    expect(await store.countProposals('b1')).toBe(1);
  });

  it('numbers history entries 1, 2, ... on each board on its own, and keeps each exactly', async () => {
    const { store } = harness();
    const opening = entry(0, { actors: [], changes: [] });
    const moved = entry(1, { custom: proposal('x').content.custom, changes: [{ kind: 'level-added', level: 'region', levelKind: 'region', name: HOSTILE.slice(0, 80) }] });
    expect(await store.appendHistory('b1', opening)).toBe(1);
    expect(await store.appendHistory('b2', opening)).toBe(1);
    expect(await store.appendHistory('b1', moved)).toBe(2);
    expect(await store.appendHistory('b1', entry(2))).toBe(3);
    expect(await store.listHistory('b1')).toEqual([
      { ...opening, seq: 1 },
      { ...moved, seq: 2 },
      { ...entry(2), seq: 3 },
    ]);
    expect(await store.listHistory('b2')).toEqual([{ ...opening, seq: 1 }]);
    expect(await store.listHistory('none')).toEqual([]);
    expect(await store.lastHistory('b1')).toEqual({ ...entry(2), seq: 3 });
    expect(await store.lastHistory('none')).toBeNull();
  });

  it('pages history with after and limit', async () => {
    const { store } = harness();
    for (let i = 0; i < 7; i++) await store.appendHistory('b1', entry(i));
    const seqs = async (query: { after?: number; limit?: number }) => (await store.listHistory('b1', query)).map((e) => e.seq);
    expect(await seqs({})).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await seqs({ after: 2 })).toEqual([3, 4, 5, 6, 7]);
    expect(await seqs({ limit: 3 })).toEqual([1, 2, 3]);
    expect(await seqs({ after: 3, limit: 2 })).toEqual([4, 5]);
    expect(await seqs({ after: 7 })).toEqual([]);
    expect((await store.listHistory('b1', { after: 5, limit: 1 }))[0]).toEqual({ ...entry(5), seq: 6 });
  });

  it('hands out copies of proposals and entries, so a caller changing one cannot change what is stored', async () => {
    const { store } = harness();
    const p = proposal('p-1');
    const e = entry(0);
    await store.createProposal(p);
    await store.appendHistory('b1', e);
    p.name = 'changed';
    e.changes.length = 0;
    const got = (await store.getProposal('b1', 'p-1'))!;
    got.content.allocation.levels.length = 0;
    (await store.listHistory('b1'))[0]!.actors.length = 0;
    expect(await store.getProposal('b1', 'p-1')).toEqual(proposal('p-1'));
    expect(await store.listHistory('b1')).toEqual([{ ...entry(0), seq: 1 }]);
  });

  it('keeps proposals and history across close and reopen when durable, numbering on after them', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.store.createProposal(proposal('p-1'));
    await h.store.createProposal(proposal('p-2'));
    await h.store.appendHistory('b1', entry(0));
    await h.store.appendHistory('b1', entry(1));
    await h.store.close();

    const again = await h.reopen();
    expect(await again.listProposals('b1')).toEqual([proposal('p-1'), proposal('p-2')]);
    expect(await again.countProposals('b1')).toBe(2);
    expect(await again.listHistory('b1')).toEqual([{ ...entry(0), seq: 1 }, { ...entry(1), seq: 2 }]);
    expect(await again.appendHistory('b1', entry(2))).toBe(3);
  });
}

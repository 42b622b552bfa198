import { expect, it } from 'vitest';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author } from '@/lib/comments';
import type { Proposal } from '@/lib/proposals';
import type { StoresHarness } from './stores.contract';

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

/**
 * The ProposalStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function proposalStoreContract(harness: () => StoresHarness): void {
  it('stores proposals exactly and lists them oldest first, per board', async () => {
    const store = harness().stores.proposals;
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
    const store = harness().stores.proposals;
    await store.createProposal(proposal('p-1'));
    expect(await store.getProposal('b1', 'p-2')).toBeNull();
    expect(await store.getProposal('b2', 'p-1')).toBeNull();
    await expect(store.createProposal(proposal('p-1', { name: 'Igjen' }))).rejects.toThrow();
    expect((await store.getProposal('b1', 'p-1'))?.name).toBe('Forslag p-1');
    expect(await store.countProposals('b1')).toBe(1);
  });

  it('hands out copies of proposals, so a caller changing one cannot change what is stored', async () => {
    const store = harness().stores.proposals;
    const p = proposal('p-1');
    await store.createProposal(p);
    p.name = 'changed';
    const got = (await store.getProposal('b1', 'p-1'))!;
    got.content.allocation.levels.length = 0;
    expect(await store.getProposal('b1', 'p-1')).toEqual(proposal('p-1'));
  });

  it('keeps proposals across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.proposals.createProposal(proposal('p-1'));
    await h.stores.proposals.createProposal(proposal('p-2'));
    await h.stores.close();

    const again = (await h.reopen()).proposals;
    expect(await again.listProposals('b1')).toEqual([proposal('p-1'), proposal('p-2')]);
    expect(await again.countProposals('b1')).toBe(2);
  });
}

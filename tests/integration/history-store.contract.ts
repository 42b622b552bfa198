import { expect, it } from 'vitest';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author } from '@/lib/comments';
import type { NewHistoryEntry } from '@/lib/history';
import type { StoresHarness } from './stores.contract';

const kari: Author = { participantId: 'kari-0001', name: 'Kari', organisation: 'Bodø kommune', role: 'editor' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const start = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);
const HOSTILE = '<script>alert("x")</script> & æøå 🙂 \u0000 "quoted"';
const CUSTOM = [{ id: 'egen-abcd1234', name: 'Jordmor', cost: 12.5, author: 'Kari', note: '', baselineKind: 'kommune' as const }];

const entry = (minute: number, over: Partial<NewHistoryEntry> = {}): NewHistoryEntry => ({
  at: at(minute),
  actors: [{ participantId: kari.participantId, name: kari.name, organisation: kari.organisation, role: 'editor' }],
  changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }],
  allocation: start,
  custom: [],
  ...over,
});

/**
 * The HistoryStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function historyStoreContract(harness: () => StoresHarness): void {
  it('numbers history entries 1, 2, ... on each board on its own, and keeps each exactly', async () => {
    const store = harness().stores.history;
    const opening = entry(0, { actors: [], changes: [] });
    const moved = entry(1, { custom: CUSTOM, changes: [{ kind: 'level-added', level: 'region', levelKind: 'region', name: HOSTILE.slice(0, 80) }] });
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
    const store = harness().stores.history;
    for (let i = 0; i < 7; i++) await store.appendHistory('b1', entry(i));
    const seqs = async (query: { after?: number; limit?: number }) => (await store.listHistory('b1', query)).map((e) => e.seq);
    expect(await seqs({})).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await seqs({ after: 2 })).toEqual([3, 4, 5, 6, 7]);
    expect(await seqs({ limit: 3 })).toEqual([1, 2, 3]);
    expect(await seqs({ after: 3, limit: 2 })).toEqual([4, 5]);
    expect(await seqs({ after: 7 })).toEqual([]);
    expect((await store.listHistory('b1', { after: 5, limit: 1 }))[0]).toEqual({ ...entry(5), seq: 6 });
  });

  it('hands out copies of entries, so a caller changing one cannot change what is stored', async () => {
    const store = harness().stores.history;
    const e = entry(0);
    await store.appendHistory('b1', e);
    e.changes.length = 0;
    (await store.listHistory('b1'))[0]!.actors.length = 0;
    expect(await store.listHistory('b1')).toEqual([{ ...entry(0), seq: 1 }]);
  });

  it('keeps history across close and reopen when durable, numbering on after it', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.history.appendHistory('b1', entry(0));
    await h.stores.history.appendHistory('b1', entry(1));
    await h.stores.close();

    const again = (await h.reopen()).history;
    expect(await again.listHistory('b1')).toEqual([{ ...entry(0), seq: 1 }, { ...entry(1), seq: 2 }]);
    expect(await again.appendHistory('b1', entry(2))).toBe(3);
  });
}

import { expect, it } from 'vitest';
import type { Consultation } from '@/lib/consultation';
import type { StoresHarness } from './stores.contract';

const at = (hour: number) => `2026-12-11T${String(hour).padStart(2, '0')}:00:00.000Z`;
const HOSTILE = '<script>alert("x")</script> & æøå 🙂 "quoted" \u0000';

const round = (id: string, over: Partial<Consultation> = {}): Consultation => ({
  id,
  boardId: 'b1',
  title: HOSTILE,
  question: 'Hva mener dere om forslaget?',
  proposal: null,
  questionsStayOpen: false,
  openedAt: at(8),
  deadline: at(12),
  closedAt: null,
  ...over,
});

/**
 * The ConsultationStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function consultationStoreContract(harness: () => StoresHarness): void {
  it('stores rounds exactly, per board, oldest first, with the newest as the current one', async () => {
    const store = harness().stores.consultations;
    expect(await store.currentRound('b1')).toBeNull();
    expect(await store.openRound(round('c1'), at(9))).toBe(true);
    const other = round('c1', { boardId: 'b2', proposal: { id: 'p1', name: 'Forslag A' }, questionsStayOpen: true });
    expect(await store.openRound(other, at(9))).toBe(true);
    expect(await store.listRounds('b1')).toEqual([round('c1')]);
    expect(await store.currentRound('b2')).toEqual(other);
    expect(await store.listRounds('none')).toEqual([]);
  });

  it('keeps one round open per board by the clock it is given: a round past its deadline or closed lets the next one open', async () => {
    const store = harness().stores.consultations;
    await store.openRound(round('c1'), at(9));
    expect(await store.openRound(round('c2'), at(11))).toBe(false);
    // At the deadline the round is over.
    expect(await store.openRound(round('c2', { deadline: at(15) }), at(12))).toBe(true);
    expect(await store.closeRound('b1', 'c2', at(13))).toEqual(round('c2', { deadline: at(15), closedAt: at(13) }));
    expect(await store.openRound(round('c3', { deadline: at(20) }), at(13))).toBe(true);
    expect((await store.listRounds('b1')).map((r) => r.id)).toEqual(['c1', 'c2', 'c3']);
    expect((await store.currentRound('b1'))?.id).toBe('c3');
    await expect(store.openRound(round('c1', { deadline: at(23) }), at(22))).rejects.toThrow();
  });

  it('extends and closes only the newest round while it is not closed', async () => {
    const store = harness().stores.consultations;
    await store.openRound(round('c1'), at(9));
    expect(await store.extendRound('b1', 'c1', at(14))).toEqual(round('c1', { deadline: at(14) }));
    await store.openRound(round('c2', { deadline: at(18) }), at(15));
    // The older round may not be reopened beside the newer one.
    expect(await store.extendRound('b1', 'c1', at(20))).toBeNull();
    expect(await store.closeRound('b1', 'c1', at(16))).toBeNull();
    expect(await store.closeRound('b1', 'c2', at(16))).toEqual(round('c2', { deadline: at(18), closedAt: at(16) }));
    expect(await store.closeRound('b1', 'c2', at(17))).toBeNull();
    expect(await store.extendRound('b1', 'c2', at(20))).toBeNull();
    expect(await store.extendRound('b1', 'missing', at(20))).toBeNull();
    expect(await store.extendRound('b2', 'c2', at(20))).toBeNull();
    expect(await store.listRounds('b1')).toEqual([round('c1', { deadline: at(14) }), round('c2', { deadline: at(18), closedAt: at(16) })]);
  });

  it('hands out copies, so a caller changing one cannot change what is stored', async () => {
    const store = harness().stores.consultations;
    const r = round('c1');
    await store.openRound(r, at(9));
    r.title = 'changed';
    (await store.currentRound('b1'))!.title = 'changed';
    (await store.listRounds('b1'))[0]!.deadline = at(1);
    expect(await store.currentRound('b1')).toEqual(round('c1'));
  });

  it('forgets a board’s rounds when the board is purged, and keeps the others', async () => {
    const { stores } = harness();
    await stores.consultations.openRound(round('c1'), at(9));
    await stores.consultations.openRound(round('c1', { boardId: 'b2' }), at(9));
    await stores.purgeBoard('b1');
    expect(await stores.consultations.listRounds('b1')).toEqual([]);
    expect(await stores.consultations.currentRound('b1')).toBeNull();
    expect(await stores.consultations.listRounds('b2')).toHaveLength(1);
    expect(await stores.consultations.openRound(round('c2'), at(9))).toBe(true);
  });

  it('keeps rounds and their state across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.consultations.openRound(round('c1'), at(9));
    await h.stores.consultations.extendRound('b1', 'c1', at(14));
    await h.stores.close();
    const again = (await h.reopen()).consultations;
    expect(await again.listRounds('b1')).toEqual([round('c1', { deadline: at(14) })]);
    expect(await again.openRound(round('c2'), at(13))).toBe(false);
  });
}

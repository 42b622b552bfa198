import { expect, it } from 'vitest';
import type { Author } from '@/lib/comments';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { StoresHarness } from './stores.contract';

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const HOSTILE = '<script>alert("x")</script> & æøå 🙂 "quoted"';
const kari: Author = { participantId: 'kari-0001', name: 'Kari', organisation: 'Bodø kommune', role: 'commenter' };
const ola: Author = { participantId: 'ola-00001', name: HOSTILE.slice(0, 40), organisation: 'KS', role: 'editor' };

const round = (id: string, over: Partial<RatingRound> = {}): RatingRound => ({
  id,
  boardId: 'b1',
  proposals: [
    { id: 'pa', name: HOSTILE },
    { id: 'pb', name: 'Forslag B' },
  ],
  anonymous: true,
  openedAt: at(0),
  revealedAt: null,
  closedAt: null,
  ...over,
});

const answer = (author: Author, over: Partial<RatingAnswer> = {}): RatingAnswer => ({
  boardId: 'b1',
  roundId: 'r1',
  proposal: 'pa',
  criterion: 'beredskap',
  value: 4,
  reason: '',
  author,
  at: at(1),
  ...over,
});

/**
 * The RatingStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made.
 */
export function ratingStoreContract(harness: () => StoresHarness): void {
  it('stores rounds exactly, lists them oldest first per board, and keeps one unclosed round per board', async () => {
    const store = harness().stores.ratings;
    expect(await store.createRound(round('r1'))).toBe(true);
    expect(await store.createRound(round('r2'))).toBe(false);
    expect(await store.createRound(round('r1', { boardId: 'b2', anonymous: false }))).toBe(true);
    expect(await store.listRounds('b1')).toEqual([round('r1')]);
    expect(await store.getRound('b1', 'r1')).toEqual(round('r1'));
    expect(await store.getRound('b2', 'r1')).toEqual(round('r1', { boardId: 'b2', anonymous: false }));
    expect(await store.getRound('b1', 'r2')).toBeNull();
    expect(await store.listRounds('none')).toEqual([]);

    expect(await store.closeRound('b1', 'r1', at(5))).toEqual(round('r1', { closedAt: at(5) }));
    expect(await store.createRound(round('r2', { openedAt: at(6) }))).toBe(true);
    expect((await store.listRounds('b1')).map((r) => [r.id, r.closedAt])).toEqual([
      ['r1', at(5)],
      ['r2', null],
    ]);
    await store.closeRound('b1', 'r2', at(7));
    await expect(store.createRound(round('r1'))).rejects.toThrow();
    expect(await store.getRound('b1', 'r1')).toEqual(round('r1', { closedAt: at(5) }));
  });

  it('reveals only an open round and closes only an unclosed one, once each', async () => {
    const store = harness().stores.ratings;
    await store.createRound(round('r1'));
    expect(await store.revealRound('b1', 'r1', at(2))).toEqual(round('r1', { revealedAt: at(2) }));
    expect(await store.revealRound('b1', 'r1', at(3))).toBeNull();
    expect(await store.closeRound('b1', 'r1', at(4))).toEqual(round('r1', { revealedAt: at(2), closedAt: at(4) }));
    expect(await store.closeRound('b1', 'r1', at(5))).toBeNull();
    expect(await store.getRound('b1', 'r1')).toEqual(round('r1', { revealedAt: at(2), closedAt: at(4) }));

    await store.createRound(round('r2'));
    expect(await store.closeRound('b1', 'r2', at(6))).toMatchObject({ revealedAt: null, closedAt: at(6) });
    expect(await store.revealRound('b1', 'r2', at(7))).toBeNull();
    expect(await store.revealRound('b1', 'missing', at(7))).toBeNull();
    expect(await store.closeRound('b2', 'r1', at(7))).toBeNull();
  });

  it('takes one answer per participant, proposal and criterion, keeping the first, in arrival order', async () => {
    const store = harness().stores.ratings;
    await store.createRound(round('r1'));
    const first = answer(kari, { value: null, reason: HOSTILE });
    expect(await store.addAnswer(first)).toBe('added');
    expect(await store.addAnswer(answer(kari, { value: 1 }))).toBe('taken');
    const others = [answer(ola), answer(kari, { proposal: 'pb' }), answer(kari, { criterion: 'kompetanse', value: 2 })];
    for (const a of others) expect(await store.addAnswer(a)).toBe('added');
    expect(await store.listAnswers('b1', 'r1')).toEqual([first, ...others]);
    expect(await store.listAnswers('b1', 'r2')).toEqual([]);
    expect(await store.listAnswers('b2', 'r1')).toEqual([]);
  });

  it('takes no answer for a revealed, closed or unknown round', async () => {
    const store = harness().stores.ratings;
    await store.createRound(round('r1'));
    await store.revealRound('b1', 'r1', at(2));
    expect(await store.addAnswer(answer(kari))).toBe('not-open');
    await store.closeRound('b1', 'r1', at(3));
    await store.createRound(round('r2'));
    await store.closeRound('b1', 'r2', at(4));
    expect(await store.addAnswer(answer(kari, { roundId: 'r2' }))).toBe('not-open');
    expect(await store.addAnswer(answer(kari, { roundId: 'missing' }))).toBe('not-open');
    expect(await store.addAnswer(answer(kari, { boardId: 'b2' }))).toBe('not-open');
    expect(await store.listAnswers('b1', 'r1')).toEqual([]);
  });

  it('hands out copies, so a caller changing one cannot change what is stored', async () => {
    const store = harness().stores.ratings;
    const r = round('r1');
    const a = answer(kari);
    await store.createRound(r);
    await store.addAnswer(a);
    r.proposals.length = 0;
    a.reason = 'changed';
    (await store.getRound('b1', 'r1'))!.proposals[0]!.name = 'changed';
    (await store.listAnswers('b1', 'r1'))[0]!.author.name = 'changed';
    expect(await store.getRound('b1', 'r1')).toEqual(round('r1'));
    expect(await store.listAnswers('b1', 'r1')).toEqual([answer(kari)]);
  });

  it('keeps rounds, their state and answers across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.ratings.createRound(round('r1'));
    await h.stores.ratings.addAnswer(answer(kari));
    await h.stores.ratings.revealRound('b1', 'r1', at(2));
    await h.stores.close();

    const again = (await h.reopen()).ratings;
    expect(await again.listRounds('b1')).toEqual([round('r1', { revealedAt: at(2) })]);
    expect(await again.listAnswers('b1', 'r1')).toEqual([answer(kari)]);
    expect(await again.addAnswer(answer(ola))).toBe('not-open');
    expect(await again.createRound(round('r2'))).toBe(false);
  });
}

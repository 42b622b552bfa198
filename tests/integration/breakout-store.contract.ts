import { expect, it } from 'vitest';
import type { BreakoutRecord } from '@/lib/breakouts';
import type { NewBreakout } from '@/server/storage/breakout-store';
import type { StoresHarness } from './stores.contract';

const at = '2025-03-01T10:00:00.000Z';
const HOSTILE = 'Gruppe <b>"æøå"</b> & 🙂';

const row = (parentId: string, childId: string, round: number, group: number, name = `Gruppe ${group}`): BreakoutRecord => ({ parentId, childId, round, group, name, createdAt: at });

/** A group of `parent` with its own board (state = the given bytes). */
const group = (parent: string, child: string, round: number, number: number, state = [round, number], name?: string): NewBreakout => ({
  board: { id: child, title: `Hovedtavle – ${name ?? `Gruppe ${number}`}`, template: 'dagens-ordning', keyVersion: 1, createdAt: at },
  initialState: new Uint8Array(state),
  breakout: row(parent, child, round, number, name),
});

/**
 * The BreakoutStore contract, registered inside storesContract so that every backend runs it;
 * `harness` answers the fresh stores its beforeEach made. A group's board is checked through the
 * board store and its first state through the document log.
 */
export function breakoutStoreContract(harness: () => StoresHarness): void {
  it('creates each group as an ordinary board with its state, and lists a parent\'s groups by round and number', async () => {
    const { breakouts, boards, log } = harness().stores;
    await breakouts.createBreakouts([group('main01', 'child2', 1, 2, [2], HOSTILE), group('main01', 'child1', 1, 1, [1])]);
    await breakouts.createBreakouts([group('main01', 'child3', 2, 1, [3])]);
    await breakouts.createBreakouts([group('other1', 'child4', 1, 1, [4])]);
    expect(await breakouts.listBreakouts('main01')).toEqual([row('main01', 'child1', 1, 1), row('main01', 'child2', 1, 2, HOSTILE), row('main01', 'child3', 2, 1)]);
    expect(await breakouts.listBreakouts('other1')).toEqual([row('other1', 'child4', 1, 1)]);
    expect(await breakouts.listBreakouts('none')).toEqual([]);
    expect(await breakouts.getBreakout('child2')).toEqual(row('main01', 'child2', 1, 2, HOSTILE));
    expect(await breakouts.getBreakout('main01')).toBeNull();
    expect(await boards.getBoard('child2')).toMatchObject({ id: 'child2', title: `Hovedtavle – ${HOSTILE}`, keyVersion: 1 });
    expect(Array.from((await log.load('child2')).state ?? [])).toEqual([2]);
  });

  it('creates all of a split or none: a taken board id or group number leaves no board and no row behind', async () => {
    const { breakouts, boards } = harness().stores;
    await boards.createBoard({ id: 'taken1', title: 'Tatt', template: 'dagens-ordning', keyVersion: 1, createdAt: at }, new Uint8Array([0]));
    await breakouts.createBreakouts([group('main01', 'child1', 1, 1)]);
    await expect(breakouts.createBreakouts([group('main01', 'fresh1', 2, 1), group('main01', 'taken1', 2, 2)])).rejects.toThrow();
    await expect(breakouts.createBreakouts([group('main01', 'fresh2', 2, 1), group('main01', 'fresh3', 1, 1)])).rejects.toThrow();
    await expect(breakouts.createBreakouts([group('main01', 'fresh4', 3, 1), group('main01', 'fresh4', 3, 2)])).rejects.toThrow();
    for (const id of ['fresh1', 'fresh2', 'fresh3', 'fresh4']) {
      expect(await boards.getBoard(id)).toBeNull();
      expect(await breakouts.getBreakout(id)).toBeNull();
    }
    expect(await breakouts.listBreakouts('main01')).toEqual([row('main01', 'child1', 1, 1)]);
    expect((await boards.getBoard('taken1'))?.title).toBe('Tatt');
  });

  it('hands out copies, so a caller changing a row cannot change what is stored', async () => {
    const { breakouts } = harness().stores;
    await breakouts.createBreakouts([group('main01', 'child1', 1, 1)]);
    (await breakouts.listBreakouts('main01'))[0]!.name = 'changed';
    (await breakouts.getBreakout('child1'))!.group = 7;
    expect(await breakouts.getBreakout('child1')).toEqual(row('main01', 'child1', 1, 1));
  });

  it('keeps groups and their boards across close and reopen when durable', async (ctx) => {
    const h = harness();
    if (!h.reopen) return ctx.skip();
    await h.stores.breakouts.createBreakouts([group('main01', 'child1', 1, 1, [9]), group('main01', 'child2', 1, 2)]);
    await h.stores.close();
    const again = await h.reopen();
    expect(await again.breakouts.listBreakouts('main01')).toEqual([row('main01', 'child1', 1, 1), row('main01', 'child2', 1, 2)]);
    expect(Array.from((await again.log.load('child1')).state ?? [])).toEqual([9]);
    await expect(again.breakouts.createBreakouts([group('main01', 'child3', 1, 2)])).rejects.toThrow();
  });
}

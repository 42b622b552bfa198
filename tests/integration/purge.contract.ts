import { expect, it } from 'vitest';
import { addGroup, boardHoldings, fillBoard } from './board-fill';
import type { StoresHarness } from './stores.contract';

const NOTHING = { board: 0, state: 0, updates: 0, participants: 0, threads: 0, removals: 0, proposals: 0, history: 0, rounds: 0, answers: 0, control: 0, presenterKey: 0, groups: 0, asGroup: 0 };

/**
 * Stores.purgeBoard and the boards' last-change times, registered inside storesContract so that
 * every backend runs them; `harness` answers the fresh stores its beforeEach made.
 */
export function purgeContract(harness: () => StoresHarness): void {
  it('purges a board, its breakout board and the group of that, with everything stored under each, and leaves the board beside it whole', async () => {
    const { stores } = harness();
    await fillBoard(stores, 'gone01', 'SECRET', 'group01');
    // A group of the group: deeper than the page lets anyone split, but a purge must not stop at one level.
    await addGroup(stores, 'group01', 'group02', 'SECRET');
    await fillBoard(stores, 'kept01', 'KEPT', 'keptg1');
    await stores.settings.setSetting('demo-board', 'gone01');
    const before = await boardHoldings(stores, 'kept01');

    expect(await stores.purgeBoard('gone01')).toEqual(['gone01', 'group01', 'group02']);

    for (const id of ['gone01', 'group01', 'group02']) expect(await boardHoldings(stores, id)).toEqual(NOTHING);
    expect(await stores.settings.getSetting('demo-board')).toBeNull();
    expect(await boardHoldings(stores, 'kept01')).toEqual(before);
    expect(before).toMatchObject({ board: 1, updates: 1, participants: 1, threads: 1, removals: 1, proposals: 1, history: 1, rounds: 1, answers: 1, control: 1, presenterKey: 1, groups: 1 });
    expect(await boardHoldings(stores, 'keptg1')).toMatchObject({ board: 1, asGroup: 1, threads: 1 });
    expect((await stores.boards.listBoards()).map((b) => b.id)).toEqual(['kept01', 'keptg1']);
  });

  it("purges a group board alone, taking its row out of its main board's groups", async () => {
    const { stores } = harness();
    await fillBoard(stores, 'main01', 'MAIN', 'group01');
    expect(await stores.purgeBoard('group01')).toEqual(['group01']);
    expect(await boardHoldings(stores, 'group01')).toEqual(NOTHING);
    expect(await boardHoldings(stores, 'main01')).toMatchObject({ board: 1, groups: 0, threads: 1 });
  });

  it('purges rows of a board whose record is gone already, and answers just its id for a board never stored', async () => {
    const { stores } = harness();
    await fillBoard(stores, 'gone01', 'SECRET');
    await stores.purgeBoard('gone01');
    // A late write from an instance that had not yet heard of the deletion.
    await stores.log.append('gone01', new Uint8Array([1, 2, 3]));
    await stores.comments.addParticipant('gone01', { participantId: 'late-0001', name: 'Late', organisation: '', role: 'editor' }, '2025-03-02T00:00:00.000Z');
    expect(await stores.purgeBoard('gone01')).toEqual(['gone01']);
    expect(await boardHoldings(stores, 'gone01')).toEqual(NOTHING);
    expect(await stores.purgeBoard('never1')).toEqual(['never1']);
  });

  it('lists boards not changed since a time, oldest first, a touch moving a board forward and never back', async () => {
    const { boards } = harness().stores;
    const board = (id: string, createdAt: string) => boards.createBoard({ id, title: id, template: 'dagens-ordning', keyVersion: 1, createdAt }, new Uint8Array([0]));
    await board('old001', '2025-01-01T00:00:00.000Z');
    await board('older1', '2024-12-01T00:00:00.000Z');
    await board('fresh1', '2025-03-01T00:00:00.000Z');
    expect(await boards.idleBoards('2025-02-01T00:00:00.000Z')).toEqual(['older1', 'old001']);
    await boards.touchBoard('older1', '2025-02-15T00:00:00.000Z');
    await boards.touchBoard('older1', '2024-01-01T00:00:00.000Z');
    await boards.touchBoard('nosuch', '2025-02-15T00:00:00.000Z');
    expect(await boards.idleBoards('2025-02-01T00:00:00.000Z')).toEqual(['old001']);
    expect(await boards.idleBoards('2025-03-02T00:00:00.000Z')).toEqual(['old001', 'older1', 'fresh1']);
  });
}

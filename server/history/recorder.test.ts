import * as Y from 'yjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { initBoardDoc } from '@/lib/board-doc';
import { addLevel, moveCard, renameLevel } from '@/lib/board-ops';
import { catalog } from '@/lib/catalog';
import type { Logger } from '../log';
import { Metrics } from '../metrics';
import type { HistoryStore } from '../storage/history-store';
import { memoryStores } from '../storage/memory-stores';
import type { Identity } from '../sync/connection';
import { ActorOrigin } from '../sync/origin';
import { Rooms } from '../sync/rooms';
import { HistoryRecorder, type HistoryTiming } from './recorder';

const timing: HistoryTiming = { quietMs: 40, maxWaitMs: 150 };
const kari: Identity = { role: 'editor', participantId: 'kari-0001', name: 'Kari', organisation: 'KS' };
const ola: Identity = { role: 'facilitator', participantId: 'ola-00001', name: 'Ola', organisation: '' };
const guest: Identity = { role: 'editor', participantId: null, name: 'Gjest', organisation: '' };
const viewer: Identity = { role: 'viewer', participantId: 'vera-0001', name: 'Vera', organisation: '' };
const actor = ({ participantId, name, organisation, role }: Identity) => ({ participantId, name, organisation, role });

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const recorders: HistoryRecorder[] = [];

/** A board document, a history store and a recorder wired the way a room wires them. */
function setup(store: HistoryStore = memoryStores().history) {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Verksted');
  const logged: { event: string; level?: string }[] = [];
  const log: Logger = (event, _fields, level) => logged.push({ event, level });
  const recorder = new HistoryRecorder('b1', doc, { history: store, log, timing });
  doc.on('update', (_u: Uint8Array, origin: unknown) => recorder.note(origin));
  recorders.push(recorder);
  return { doc, store, recorder, logged };
}

const move = (doc: Y.Doc, card: string, toLevel: string, origin: unknown) => moveCard(doc, { card, toLevel, index: 0 }, origin);

afterEach(async () => {
  await Promise.all(recorders.splice(0).map((r) => r.close()));
});

describe('HistoryRecorder', () => {
  it('records the starting state once, as entry 1 with no actors and no changes', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    const [first] = await store.listHistory('b1');
    expect(first).toMatchObject({ seq: 1, actors: [], changes: [] });
    expect(first!.allocation.placements.find((p) => p.responsibility === 'legevakt')?.level).toBe('kommune');
    // A room loading the same, unchanged board again adds nothing.
    const again = new HistoryRecorder('b1', doc, { history: store, log: () => {}, timing });
    await again.start();
    expect(await store.listHistory('b1')).toHaveLength(1);
  });

  it('records a burst of edits once it has been quiet, naming who made it and what moved', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    const by = new ActorOrigin(kari);
    move(doc, 'legevakt', 'fylkeskommune', by);
    move(doc, 'legevakt', 'spesialisthelsetjenesten', by);
    expect(await store.listHistory('b1')).toHaveLength(1);
    // The quiet timer, not a flush, writes it; on a busy machine it may fire late, so wait for it.
    await vi.waitFor(async () => expect(await store.listHistory('b1')).toHaveLength(2), { timeout: 5000, interval: 20 });
    const entries = await store.listHistory('b1');
    expect(entries[1]).toMatchObject({ seq: 2, actors: [actor(kari)], changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'spesialisthelsetjenesten' }] });
    expect(entries[1]!.allocation.placements.find((p) => p.responsibility === 'legevakt')?.level).toBe('spesialisthelsetjenesten');
    expect(Date.parse(entries[1]!.at)).toBeGreaterThanOrEqual(Date.parse(entries[0]!.at));
  });

  it('names everyone in a burst once each, link holders included, and never a role that may not edit', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    move(doc, 'legevakt', 'fylkeskommune', new ActorOrigin(kari));
    move(doc, 'dps', 'kommune', new ActorOrigin(ola));
    move(doc, 'bup', 'kommune', new ActorOrigin(kari));
    addLevel(doc, { kind: 'region' }, new ActorOrigin(guest));
    move(doc, 'fastlege', 'fylkeskommune', new ActorOrigin(viewer));
    await recorder.flush();
    const [, entry] = await store.listHistory('b1');
    expect(entry!.actors).toEqual([actor(kari), actor(ola), actor(guest)]);
    expect(entry!.changes.map((c) => c.kind)).toEqual(['level-added', 'move', 'move', 'move', 'move']);
  });

  it('records nothing for a change only a viewer made, or for a new place within the same column', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    move(doc, 'legevakt', 'fylkeskommune', new ActorOrigin(viewer));
    await sleep(timing.quietMs * 3);
    expect(await store.listHistory('b1')).toHaveLength(1);

    const other = setup();
    await other.recorder.start();
    const [first] = await other.store.listHistory('b1');
    const card = first!.allocation.placements.find((p) => p.level === 'kommune')!.responsibility;
    expect(moveCard(other.doc, { card, toLevel: 'kommune', index: 3 }, new ActorOrigin(kari))).toEqual({ ok: true, value: { changed: true } });
    await other.recorder.flush();
    expect(await other.store.listHistory('b1')).toHaveLength(1);
  });

  it('writes an entry at least every maxWaitMs while edits keep coming', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    const by = new ActorOrigin(kari);
    // Every edit a new name, so whenever an entry is cut the board differs from the last one.
    for (let i = 1; i <= 30; i++) {
      renameLevel(doc, { level: 'kommune', name: `Kommune ${i}` }, by);
      await sleep(timing.quietMs / 4);
    }
    // 30 edits over about 300 ms, never quiet for 40 ms: the 150 ms cap alone cuts entries.
    expect((await store.listHistory('b1')).length).toBeGreaterThanOrEqual(2);
    await recorder.flush();
    const entries = await store.listHistory('b1');
    expect(entries.at(-1)!.changes).toEqual([{ kind: 'level-renamed', level: 'kommune', name: 'Kommune 30' }]);
  });

  it('flushes what is pending on close, and notes nothing after', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    move(doc, 'legevakt', 'fylkeskommune', new ActorOrigin(kari));
    await recorder.close();
    expect(await store.listHistory('b1')).toHaveLength(2);
    move(doc, 'legevakt', 'kommune', new ActorOrigin(kari));
    await sleep(timing.quietMs * 3);
    expect(await store.listHistory('b1')).toHaveLength(2);
  });

  it('logs a failed write and names its authors with the next entry that is written', async () => {
    const store = memoryStores().history;
    const { doc, recorder, logged } = setup(store);
    await recorder.start();
    const append = store.appendHistory.bind(store);
    store.appendHistory = () => Promise.reject(new Error('disk full'));
    move(doc, 'legevakt', 'fylkeskommune', new ActorOrigin(kari));
    await expect(recorder.flush()).resolves.toBeUndefined();
    expect(logged).toContainEqual({ event: 'history-failed', level: 'error' });
    store.appendHistory = append;
    move(doc, 'dps', 'kommune', new ActorOrigin(ola));
    await recorder.flush();
    const entries = await store.listHistory('b1');
    expect(entries).toHaveLength(2);
    expect(entries[1]!.actors).toEqual([actor(kari), actor(ola)]);
    expect(entries[1]!.changes).toEqual([
      { kind: 'move', card: 'dps', from: 'spesialisthelsetjenesten', to: 'kommune' },
      { kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' },
    ]);
  });

  it('records what changed while no one recorded as an entry naming no one when a room loads', async () => {
    const { doc, store, recorder } = setup();
    await recorder.start();
    await recorder.close();
    // Changed after the last entry, as when a process died before its flush.
    move(doc, 'legevakt', 'fylkeskommune', null);
    const next = new HistoryRecorder('b1', doc, { history: store, log: () => {}, timing });
    await next.start();
    expect((await store.listHistory('b1'))[1]).toMatchObject({ seq: 2, actors: [], changes: [{ kind: 'move', card: 'legevakt' }] });
  });

  it('lets a board reloaded while its room still writes history wait, so no change is recorded twice', async () => {
    const stores = memoryStores();
    const store = stores.history;
    const doc = new Y.Doc();
    initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Verksted');
    await stores.boards.createBoard({ id: 'b1', title: 'Verksted', template: 'dagens-ordning', keyVersion: 1, createdAt: new Date().toISOString() }, Y.encodeStateAsUpdate(doc));
    // A slow disk: the unloading room's last entry lands well after the board is asked for again.
    const append = store.appendHistory.bind(store);
    store.appendHistory = async (boardId, entry) => (await sleep(50), append(boardId, entry));
    const rooms = new Rooms({ stores, metrics: new Metrics(), log: () => {}, compactAfter: 1000, unloadAfterMs: 0 });
    const room = await rooms.acquire('b1');
    move(room.doc, 'legevakt', 'fylkeskommune', new ActorOrigin(kari));
    rooms.release(room);
    await sleep(10);
    const again = await rooms.acquire('b1');
    expect(again).not.toBe(room);
    expect((await store.listHistory('b1')).map((e) => e.actors.map((a) => a.name))).toEqual([[], ['Kari']]);
    await rooms.closeAll();
  });
});

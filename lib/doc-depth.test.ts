import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc, ROOT } from './board-doc';
import { catalog } from './catalog';
import { collectDeepFirst, MAX_DELETE_DEPTH, takeApartDeep, tooDeepToDelete, typeLevels } from './doc-depth';

/**
 * A board as an older version stored it: a fresh board, then an edit that replaced the tsb card
 * with a map holding 12 000 maps nested below it, and its level field when `level` is given.
 */
function storedBoard(level?: string): Uint8Array[] {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Gammel');
  const fresh = Y.encodeStateAsUpdate(doc);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    let m = doc.getMap(ROOT.cards).set('tsb', new Y.Map<unknown>());
    if (level) m.set('level', level);
    for (let i = 0; i < 12_000; i++) m = m.set('x', new Y.Map<unknown>());
  });
  return [fresh, Y.encodeStateAsUpdate(doc, before)];
}

const load = (updates: Uint8Array[], doc = new Y.Doc({ gcFilter: collectDeepFirst })) => {
  Y.transact(doc, () => updates.forEach((u) => Y.applyUpdate(doc, u)));
  return doc;
};

describe('documents nested deeper than one transaction can delete', () => {
  it('measures the levels below a type without recursion, stopping past a limit', () => {
    const doc = load(storedBoard());
    const tsb = doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>;
    expect(typeLevels(tsb)).toHaveLength(12_001);
    expect(typeLevels(tsb, 10)).toHaveLength(11);
    expect(tooDeepToDelete(tsb)).toBe(true);
    expect(tooDeepToDelete(doc.getMap(ROOT.cards).get('legevakt'))).toBe(false);
    expect(tooDeepToDelete('kommune')).toBe(false);
  });

  it('still loads and reads such a board: the card is skipped, or read without what lies below it', () => {
    const read = readBoardDoc(load(storedBoard()));
    expect(read.skipped).toEqual(['card tsb']);
    expect(read.repaired).toEqual(['card tsb']);
    const withLevel = readBoardDoc(load(storedBoard('fylkeskommune')));
    expect(withLevel.skipped).toEqual([]);
    expect(withLevel.allocation.placements.find((p) => p.responsibility === 'tsb')?.level).toBe('fylkeskommune');
  });

  it('takes a deep tree apart in steps that peers and a replay of the log apply without overflowing', () => {
    const stored = storedBoard('kommune');
    const doc = load(stored);
    const peer = load(stored, new Y.Doc());
    const log: Uint8Array[] = [];
    const origins = new Set<unknown>();
    doc.on('update', (u: Uint8Array, origin: unknown) => {
      origins.add(origin);
      log.push(u);
    });
    expect(takeApartDeep(doc, 'rydder')).toEqual(['cards tsb']);
    expect(log.length).toBe(Math.ceil(12_000 / MAX_DELETE_DEPTH));
    expect([...origins]).toEqual(['rydder']);
    // The entry stays, emptied of what lay below it; now it deletes in one step like any other.
    const tsb = doc.getMap(ROOT.cards).get('tsb') as Y.Map<unknown>;
    expect([...tsb.keys()]).toEqual(['level']);
    doc.getMap(ROOT.cards).delete('tsb');
    // A peer applies each step as it arrives, one transaction each.
    for (const u of log) Y.applyUpdate(peer, u);
    expect(peer.getMap(ROOT.cards).has('tsb')).toBe(false);
    // A room loading the stored board and its log applies all of it in one transaction.
    const replayed = load([...stored, ...log]);
    expect(readBoardDoc(replayed).skipped).toEqual([]);
    // Collected as it is, the deleted tree is gone from the state a compaction writes.
    const state = Y.encodeStateAsUpdate(doc);
    expect(state.byteLength).toBeLessThan(20_000);
    expect(readBoardDoc(load([state])).skipped).toEqual([]);
  });

  it('writes nothing on a board with no such tree', () => {
    const doc = load(storedBoard().slice(0, 1));
    let updates = 0;
    doc.on('update', () => updates++);
    expect(takeApartDeep(doc, 'rydder')).toEqual([]);
    expect(updates).toBe(0);
  });

  it('needs its collector: Yjs alone overflows collecting a deep tree deleted in one replayed transaction', () => {
    const stored = storedBoard();
    const doc = load(stored);
    const log: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => log.push(u));
    takeApartDeep(doc, 'rydder');
    expect(() => load([...stored, ...log], new Y.Doc())).toThrow(RangeError);
    expect(() => load([...stored, ...log])).not.toThrow();
  });
});

import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc, ROOT } from './board-doc';
import { catalog } from './catalog';
import { cleanBoard, META_KEYS } from './clean-board';
import { collectDeepFirst, liveItems } from './doc-depth';

function board(): Y.Doc {
  const doc = new Y.Doc({ gcFilter: collectDeepFirst });
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Rydding');
  return doc;
}

const entry = (fields: Record<string, unknown>) => {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
};

/** Counts the transactions that change `doc` and the origins they carry. */
function watch(doc: Y.Doc) {
  const seen = { updates: 0, origins: new Set<unknown>() };
  doc.on('update', (_u: Uint8Array, origin: unknown) => {
    seen.updates++;
    seen.origins.add(origin);
  });
  return seen;
}

describe('cleaning a board', () => {
  it('removes every entry the reader skips, stray meta keys and unknown roots, in one transaction, and keeps the rest', () => {
    const doc = board();
    const before = readBoardDoc(doc);
    doc.transact(() => {
      doc.getMap(ROOT.cards).set('ukjent-kort', entry({ level: 'kommune', order: 'a0' }));
      doc.getMap(ROOT.cards).set('legevakt', 'not a map');
      doc.getMap(ROOT.levels).set('mars', entry({ kind: 'mars', order: 'b' }));
      (doc.getMap(ROOT.levels).get('kommune') as Y.Map<unknown>).set('arrangement', 42);
      doc.getMap(ROOT.custom).set('egen-zzzzzzzz', entry({ name: '' }));
      doc.getMap(ROOT.choices).set('region-election', 'maybe');
      doc.getMap(ROOT.bindings).set('no-such-pathway', true);
      doc.getMap(ROOT.meta).set('søppel', 'x'.repeat(2000));
      doc.getMap('junk').set('k', 1);
      doc.getText('notes').insert(0, 'gammel tekst');
    });
    const seen = watch(doc);
    const removed = cleanBoard(doc, 'rydder');
    expect(removed).toEqual([
      'arrangement kommune',
      'binding no-such-pathway',
      'card legevakt',
      'card ukjent-kort',
      'choice region-election',
      'custom egen-zzzzzzzz',
      'junk k',
      'level mars',
      'meta søppel',
      'notes [list]',
    ]);
    expect(seen).toEqual({ updates: 1, origins: new Set(['rydder']) });
    const after = readBoardDoc(doc);
    expect(after.skipped).toEqual([]);
    // The column whose arrangement alone was unreadable stays; the card that was no map goes back to its baseline.
    expect(after.allocation.levels).toEqual(before.allocation.levels);
    const levelOf = (placements: typeof before.allocation.placements) => placements.map((p) => [p.responsibility, p.level]);
    expect(levelOf(after.allocation.placements)).toEqual(levelOf(before.allocation.placements));
    expect([...doc.getMap(ROOT.meta).keys()].sort()).toEqual([...META_KEYS].sort());
    for (const name of ['junk', 'notes']) expect(liveItems(doc.share.get(name)!)).toEqual([]);
    // Nothing left to remove: a second clean writes nothing.
    expect(cleanBoard(doc, 'rydder')).toEqual([]);
    expect(seen.updates).toBe(1);
  });

  it('removes a card an older version left 12 000 maps deep, in steps every peer can apply', () => {
    const doc = board();
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    doc.transact(() => {
      let m = doc.getMap(ROOT.cards).set('tsb', new Y.Map<unknown>());
      for (let i = 0; i < 12_000; i++) m = m.set('x', new Y.Map<unknown>());
      // A readable card with a deep tree below a field the reader ignores.
      let n = doc.getMap(ROOT.cards).set('bup', entry({ level: 'kommune', order: 'a1' }));
      for (let i = 0; i < 1_000; i++) n = n.set('x', new Y.Map<unknown>());
    });
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(peer)));
    const log: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => log.push(u));
    expect(cleanBoard(doc, 'rydder')).toEqual(['below cards bup', 'card tsb']);
    for (const u of log) Y.applyUpdate(peer, u);
    for (const d of [doc, peer]) {
      expect(readBoardDoc(d).skipped).toEqual([]);
      expect((d.getMap(ROOT.cards).get('bup') as Y.Map<unknown>).toJSON()).toEqual({ level: 'kommune', order: 'a1' });
    }
  });

  it('leaves any board an older version stored readable and clean of what the reader skips', () => {
    const root = fc.constantFrom(...Object.values(ROOT), 'junk');
    const key = fc.oneof(fc.constantFrom('tsb', 'kommune', 'level', 'order', 'name', 'kind', 'title', 'region-election'), fc.string({ maxLength: 6 }));
    const value = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constantFrom('kommune', 'fylkeskommune', 'a0', 'egen-abcd1234', true), fc.constant('map'));
    const edit = fc.record({ root, path: fc.array(key, { maxLength: 3 }), key, value });
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 25 }), (edits) => {
        const doc = board();
        for (const { root, path, key, value } of edits) {
          doc.transact(() => {
            let map = doc.getMap<unknown>(root);
            for (const step of path) {
              const next = map.get(step);
              map = next instanceof Y.Map ? next : (map.set(step, new Y.Map<unknown>()) as Y.Map<unknown>);
            }
            map.set(key, value === 'map' ? new Y.Map<unknown>() : value);
          });
        }
        expect(() => readBoardDoc(doc)).not.toThrow();
        cleanBoard(doc, 'rydder');
        expect(readBoardDoc(doc).skipped).toEqual([]);
        expect(liveItems(doc.share.get('junk') ?? new Y.Map())).toEqual([]);
        const reloaded = new Y.Doc();
        Y.applyUpdate(reloaded, Y.encodeStateAsUpdate(doc));
        expect(readBoardDoc(reloaded)).toEqual(readBoardDoc(doc));
      }),
      { numRuns: 150 },
    );
  });
});

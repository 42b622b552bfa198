import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate } from './allocation';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { catalog } from './catalog';

const template = (id: string) => catalog.templates.find((t) => t.id === id)!;

describe('board document', () => {
  it('reads back the allocation it was initialised with', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('modell-2'), catalog, 'Verksted');
    const read = readBoardDoc(doc);
    expect(read.skipped).toEqual([]);
    expect(read.title).toBe('Verksted');
    const expected = allocationFromTemplate(template('modell-2'), catalog);
    expect(read.allocation.levels).toEqual(expected.levels);
    expect([...read.allocation.placements].sort((a, b) => a.responsibility.localeCompare(b.responsibility))).toEqual(
      [...expected.placements].sort((a, b) => a.responsibility.localeCompare(b.responsibility)),
    );
  });

  it('skips and names hostile entries instead of throwing', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('dagens-ordning'), catalog, 'x');
    doc.getMap('cards').set('legevakt', 'not a map' as never);
    const evil = new Y.Map<unknown>();
    evil.set('kind', 'mars');
    doc.getMap('levels').set('evil', evil as never);
    doc.getMap('meta').set('title', 42);
    const read = readBoardDoc(doc);
    expect(read.skipped.sort()).toEqual(['card legevakt', 'level evil']);
    expect(read.title).toBe('Uten tittel');
    expect(read.allocation.placements.some((p) => p.responsibility === 'legevakt')).toBe(false);
  });

  it('concurrent moves of one card converge to one place', () => {
    const a = new Y.Doc();
    initBoardDoc(a, template('dagens-ordning'), catalog, 'x');
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    (a.getMap('cards').get('legevakt') as Y.Map<unknown>).set('level', 'spesialisthelsetjenesten');
    (b.getMap('cards').get('legevakt') as Y.Map<unknown>).set('level', 'fylkeskommune');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const pa = readBoardDoc(a).allocation.placements.filter((p) => p.responsibility === 'legevakt');
    const pb = readBoardDoc(b).allocation.placements.filter((p) => p.responsibility === 'legevakt');
    expect(pa).toHaveLength(1);
    expect(pa).toEqual(pb);
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { addCustomCard, addLevel, moveCard, removeCustomCard, removeLevel, renameLevel, reorderLevel } from './board-ops';
import { catalog } from './catalog';
import { historyChanges, historyEntrySchema, historyQuerySchema, newHistoryEntrySchema, type HistoryState } from './history';

const ME = Symbol('me');

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Verksted');
  return doc;
}

/** What the recorder compares: the document's projection, copied so later edits do not reach it. */
const state = (doc: Y.Doc): HistoryState => structuredClone((({ allocation, custom }) => ({ allocation, custom }))(readBoardDoc(doc)));

/** The changes one edit makes on a document. */
function changesOf(doc: Y.Doc, edit: (doc: Y.Doc) => void) {
  const before = state(doc);
  edit(doc);
  return historyChanges(before, state(doc));
}

describe('historyChanges', () => {
  it('finds nothing between a state and itself', () => {
    const doc = board();
    expect(historyChanges(state(doc), state(doc))).toEqual([]);
  });

  it('names a card that changed column, with the column it left and the one it reached', () => {
    const doc = board();
    const changes = changesOf(doc, (d) => moveCard(d, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME));
    expect(changes).toEqual([{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'spesialisthelsetjenesten' }]);
  });

  it('does not count a new place within the same column, or a new column order, as a change', () => {
    const doc = board();
    const first = readBoardDoc(doc).allocation.placements.find((p) => p.level === 'kommune')!.responsibility;
    expect(changesOf(doc, (d) => moveCard(d, { card: first, toLevel: 'kommune', index: 5 }, ME))).toEqual([]);
    expect(changesOf(doc, (d) => reorderLevel(d, { level: 'spesialisthelsetjenesten', index: 0 }, ME))).toEqual([]);
  });

  it('names columns added (with their kind and name), renamed, name cleared, and removed', () => {
    const doc = board();
    let added = '';
    expect(
      changesOf(doc, (d) => {
        const r = addLevel(d, { kind: 'region', name: 'Nord' }, ME);
        if (r.ok) added = r.value.id;
      }),
    ).toEqual([{ kind: 'level-added', level: 'region', levelKind: 'region', name: 'Nord' }]);
    expect(changesOf(doc, (d) => addLevel(d, { kind: 'stat' }, ME))).toEqual([{ kind: 'level-added', level: 'stat', levelKind: 'stat' }]);
    expect(changesOf(doc, (d) => renameLevel(d, { level: added, name: 'Nord-Norge' }, ME))).toEqual([{ kind: 'level-renamed', level: 'region', name: 'Nord-Norge' }]);
    expect(changesOf(doc, (d) => renameLevel(d, { level: added, name: '' }, ME))).toEqual([{ kind: 'level-renamed', level: 'region', name: '' }]);
    expect(changesOf(doc, (d) => removeLevel(d, { level: 'stat' }, ME))).toEqual([{ kind: 'level-removed', level: 'stat' }]);
  });

  it('names a custom card added and removed, without also calling its placement a move', () => {
    const doc = board();
    const id = 'egen-abcd1234';
    const add = (d: Y.Doc) => addCustomCard(d, { name: 'Jordmor', author: 'Kari', note: '', level: 'kommune' }, ME, () => id);
    expect(changesOf(doc, add)).toEqual([{ kind: 'card-added', card: id, name: 'Jordmor' }]);
    expect(changesOf(doc, (d) => moveCard(d, { card: id, toLevel: 'fylkeskommune', index: 0 }, ME))).toEqual([
      { kind: 'move', card: id, from: 'kommune', to: 'fylkeskommune' },
    ]);
    expect(changesOf(doc, (d) => removeCustomCard(d, { card: id }, ME))).toEqual([{ kind: 'card-removed', card: id }]);
  });

  it('orders a burst of edits: columns added, cards added, moves, cards removed, columns removed', () => {
    const doc = board();
    const gone = 'egen-gone0000';
    addCustomCard(doc, { name: 'Borte', author: 'Kari', note: '', level: 'kommune' }, ME, () => gone);
    addLevel(doc, { kind: 'delt' }, ME);
    const before = state(doc);
    removeCustomCard(doc, { card: gone }, ME);
    removeLevel(doc, { level: 'delt' }, ME);
    addLevel(doc, { kind: 'region' }, ME);
    moveCard(doc, { card: 'legevakt', toLevel: 'region', index: 0 }, ME);
    addCustomCard(doc, { name: 'Ny', author: 'Ola', note: '', level: 'region' }, ME, () => 'egen-new00000');
    expect(historyChanges(before, state(doc))).toEqual([
      { kind: 'level-added', level: 'region', levelKind: 'region' },
      { kind: 'card-added', card: 'egen-new00000', name: 'Ny' },
      { kind: 'move', card: 'legevakt', from: 'kommune', to: 'region' },
      { kind: 'card-removed', card: gone },
      { kind: 'level-removed', level: 'delt' },
    ]);
  });
});

describe('history schemas', () => {
  const doc = board();
  const entry = {
    at: '2025-03-01T10:00:00.000Z',
    actors: [{ participantId: 'p-1', name: 'Kari', organisation: 'KS', role: 'editor' }],
    changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }],
    ...state(doc),
  };

  it('accepts an entry as the recorder writes it, and refuses an unknown change kind or role', () => {
    expect(newHistoryEntrySchema.parse(entry)).toEqual(entry);
    expect(historyEntrySchema.parse({ ...entry, seq: 3 }).seq).toBe(3);
    expect(historyEntrySchema.safeParse({ ...entry, seq: 0 }).success).toBe(false);
    expect(newHistoryEntrySchema.safeParse({ ...entry, changes: [{ kind: 'teleport', card: 'legevakt' }] }).success).toBe(false);
    expect(newHistoryEntrySchema.safeParse({ ...entry, actors: [{ ...entry.actors[0], role: 'owner' }] }).success).toBe(false);
  });

  it('reads the query with defaults and bounds', () => {
    expect(historyQuerySchema.parse({})).toEqual({ after: 0, limit: 1000 });
    expect(historyQuerySchema.parse({ after: '7', limit: '20' })).toEqual({ after: 7, limit: 20 });
    for (const bad of [{ limit: '0' }, { limit: '1001' }, { after: '-1' }, { after: 'x' }, { limit: '2.5' }]) {
      expect(historyQuerySchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});

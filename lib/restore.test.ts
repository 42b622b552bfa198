import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { addCustomCard, addLevel, moveCard, renameLevel } from './board-ops';
import { catalog } from './catalog';
import type { ProposalContent } from './proposals';
import { restoreProposal } from './restore';

const ME = Symbol('me');

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog, 'Verksted');
  return doc;
}

const contentOf = (doc: Y.Doc): ProposalContent => {
  const view = readBoardDoc(doc);
  return { catalogVersion: catalog.version, allocation: view.allocation, custom: view.custom, assumptions: [] };
};

/** A board changed in every way restore must undo: moves, a new and a renamed column, a custom card. */
function changed(doc: Y.Doc) {
  moveCard(doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME);
  moveCard(doc, { card: 'dps', toLevel: 'kommune', index: 0 }, ME);
  const added = addLevel(doc, { kind: 'stat', name: 'Staten' }, ME);
  if (!added.ok) throw new Error('level not added');
  moveCard(doc, { card: 'sykehus', toLevel: added.value.id, index: 0 }, ME);
  renameLevel(doc, { level: 'kommune', name: 'Kommunene' }, ME);
  addCustomCard(doc, { name: 'Eget kort', author: 'Kari', level: 'kommune', note: '' }, ME, () => 'egen-abcdefgh');
}

describe('restoreProposal', () => {
  it('brings back the saved levels, placements and custom cards exactly', () => {
    const doc = board();
    const saved = contentOf(doc);
    changed(doc);
    expect(contentOf(doc)).not.toEqual(saved);
    expect(restoreProposal(doc, saved, ME)).toEqual({ changed: true });
    expect(contentOf(doc)).toEqual(saved);
    expect(readBoardDoc(doc).repaired).toEqual([]);
  });

  it('restores a proposal that has a column and a custom card the board no longer has', () => {
    const doc = board();
    changed(doc);
    const saved = contentOf(doc);
    const other = board();
    restoreProposal(other, saved, ME);
    expect(contentOf(other)).toEqual(saved);
  });

  it('is one transaction that an undo manager for its origin takes back in one step', () => {
    const doc = board();
    const saved = contentOf(doc);
    changed(doc);
    const before = contentOf(doc);
    const undo = new Y.UndoManager([doc.getMap('levels'), doc.getMap('cards'), doc.getMap('custom')], { trackedOrigins: new Set([ME]) });
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    restoreProposal(doc, saved, ME);
    expect(transactions).toBe(1);
    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    expect(contentOf(doc)).toEqual(before);
    undo.redo();
    expect(contentOf(doc)).toEqual(saved);
  });

  it('writes nothing into the document when the board already equals the proposal', () => {
    const doc = board();
    const saved = contentOf(doc);
    const before = Y.encodeStateVector(doc);
    expect(restoreProposal(doc, saved, ME)).toEqual({ changed: false });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reaches a peer as one update that leaves both documents equal', () => {
    const a = board();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const saved = contentOf(a);
    changed(a);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    const updates: Uint8Array[] = [];
    a.on('update', (u: Uint8Array) => updates.push(u));
    restoreProposal(a, saved, ME);
    expect(updates).toHaveLength(1);
    Y.applyUpdate(b, updates[0]!);
    expect(contentOf(b)).toEqual(saved);
  });
});

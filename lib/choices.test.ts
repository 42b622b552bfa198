import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc, ROOT } from './board-doc';
import { catalog } from './catalog';
import { setChoice, writeChoices } from './choice-ops';
import { CHOICE_DEFS, choicesSchema, completeChoices, OPEN_CHOICES, readChoices } from './choices';

const ME = Symbol('me');

function board(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === 'modell-1b')!, catalog, 'Verksted');
  return doc;
}

describe('readChoices', () => {
  it('starts every choice open', () => {
    expect(readChoices([], [])).toEqual(OPEN_CHOICES);
    expect(completeChoices(undefined)).toEqual(OPEN_CHOICES);
    expect(completeChoices({ 'region-election': 'direct' })).toEqual({ ...OPEN_CHOICES, 'region-election': 'direct' });
  });

  it('keeps a valid answer and leaves a bad one open, naming it', () => {
    const skipped: string[] = [];
    const read = readChoices(
      [
        ['region-election', 'indirect'],
        ['state-financing', 'gratis'],
        ['constructor', 'direct'],
        ['no-such-choice', 'direct'],
      ],
      skipped,
    );
    expect(read).toEqual({ 'region-election': 'indirect', 'state-financing': 'open' });
    expect(skipped).toEqual(['choice state-financing', 'choice constructor', 'choice no-such-choice']);
  });

  it('lists for every choice exactly the answers its schema takes, open last', () => {
    for (const d of CHOICE_DEFS) {
      expect(d.values.map((v) => v.value)).toEqual(choicesSchema.shape[d.id].def.innerType.options);
      expect(d.values.at(-1)!.value).toBe('open');
    }
  });
});

describe('choices on a board document', () => {
  it('are read by readBoardDoc, hostile values included, without costing the cards', () => {
    const doc = board();
    doc.getMap(ROOT.choices).set('region-election', 42);
    const view = readBoardDoc(doc, catalog);
    expect(view.choices).toEqual(OPEN_CHOICES);
    expect(view.skipped).toContain('choice region-election');
    expect(view.allocation.placements.length).toBe(catalog.responsibilities.length);
  });

  it('are set and taken back in one undo step each, like a move', () => {
    const doc = board();
    const undo = new Y.UndoManager([doc.getMap(ROOT.choices)], { trackedOrigins: new Set([ME]), captureTimeout: 0 });
    expect(setChoice(doc, { choice: 'region-election', value: 'direct' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(readBoardDoc(doc).choices['region-election']).toBe('direct');
    expect(setChoice(doc, { choice: 'region-election', value: 'direct' }, ME)).toEqual({ ok: true, value: { changed: false } });
    setChoice(doc, { choice: 'region-election', value: 'indirect' }, ME);
    undo.undo();
    expect(readBoardDoc(doc).choices['region-election']).toBe('direct');
    undo.undo();
    expect(readBoardDoc(doc).choices['region-election']).toBe('open');
    expect(doc.getMap(ROOT.choices).has('region-election')).toBe(false);
  });

  it('stores open as no key, and refuses an answer the choice does not have', () => {
    const doc = board();
    setChoice(doc, { choice: 'state-financing', value: 'ramme' }, ME);
    setChoice(doc, { choice: 'state-financing', value: 'open' }, ME);
    expect([...doc.getMap(ROOT.choices).keys()]).toEqual([]);
    const refused = setChoice(doc, { choice: 'state-financing', value: 'direct' }, ME);
    expect(refused.ok).toBe(false);
    const unknown = setChoice(doc, { choice: 'nope' as 'state-financing', value: 'open' }, ME);
    expect(unknown.ok).toBe(false);
  });

  it('are made equal to a proposal’s by writeChoices, unknown keys pruned', () => {
    const doc = board();
    doc.getMap(ROOT.choices).set('stray', 'x');
    setChoice(doc, { choice: 'state-financing', value: 'ramme' }, ME);
    const changed = doc.transact(() => writeChoices(doc, { 'region-election': 'direct', 'state-financing': 'open' }));
    expect(changed).toBe(true);
    expect(doc.getMap(ROOT.choices).toJSON()).toEqual({ 'region-election': 'direct' });
    expect(doc.transact(() => writeChoices(doc, { 'region-election': 'direct', 'state-financing': 'open' }))).toBe(false);
  });
});

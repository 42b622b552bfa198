import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { addCustomCard, addLevel, eraseCustomCardAuthor, moveCard, removeCustomCard, removeLevel, renameLevel, reorderLevel } from './board-ops';
import { catalog } from './catalog';
import { computeConsequences } from './consequences/engine';
import { compareOrdered, MAX_ORDER_LENGTH } from './order';

const ME = Symbol('me');
const OTHER = Symbol('other');

function board(templateId = 'dagens-ordning'): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, catalog.templates.find((t) => t.id === templateId)!, catalog, 'Verksted');
  return doc;
}

/** A column's cards as the page shows them. */
const column = (doc: Y.Doc, level: string) =>
  readBoardDoc(doc)
    .allocation.placements.filter((p) => p.level === level)
    .map((p) => ({ id: p.responsibility, order: p.order }))
    .sort(compareOrdered)
    .map((e) => e.id);

const levelIds = (doc: Y.Doc) => readBoardDoc(doc).allocation.levels.map((l) => l.id);

/** Counts transactions, so a refused or empty edit can be shown to write nothing. */
function transactions(doc: Y.Doc): () => number {
  let n = 0;
  doc.on('afterTransaction', () => n++);
  return () => n;
}

const ids = (...list: string[]) => {
  let i = 0;
  return () => list[i++ % list.length]!;
};

describe('moveCard', () => {
  it('puts the card at the index asked for among the other cards of the column', () => {
    const doc = board();
    const before = column(doc, 'spesialisthelsetjenesten');
    expect(moveCard(doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 2 }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(column(doc, 'spesialisthelsetjenesten')).toEqual([...before.slice(0, 2), 'legevakt', ...before.slice(2)]);
    expect(column(doc, 'kommune')).not.toContain('legevakt');
    moveCard(doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME);
    expect(column(doc, 'spesialisthelsetjenesten')[0]).toBe('legevakt');
    moveCard(doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 999 }, ME);
    expect(column(doc, 'spesialisthelsetjenesten').at(-1)).toBe('legevakt');
  });

  it("writes only the card's own level and order, in one transaction", () => {
    const doc = board();
    const entry = doc.getMap('cards').get('legevakt');
    const count = transactions(doc);
    moveCard(doc, { card: 'legevakt', toLevel: 'fylkeskommune', index: 0 }, ME);
    expect(count()).toBe(1);
    expect(doc.getMap('cards').get('legevakt')).toBe(entry);
    expect((entry as Y.Map<unknown>).toJSON()).toEqual({ level: 'fylkeskommune', order: expect.any(String) });
  });

  it('writes nothing when the card is already there, or when the input is refused', () => {
    const doc = board();
    const count = transactions(doc);
    const at = column(doc, 'kommune').indexOf('legevakt');
    expect(moveCard(doc, { card: 'legevakt', toLevel: 'kommune', index: at }, ME)).toEqual({ ok: true, value: { changed: false } });
    expect(moveCard(doc, { card: 'ukjent', toLevel: 'kommune', index: 0 }, ME)).toEqual({ ok: false, errors: [{ kind: 'unknown-card', card: 'ukjent' }] });
    expect(moveCard(doc, { card: 'legevakt', toLevel: 'mars', index: 0 }, ME)).toEqual({ ok: false, errors: [{ kind: 'unknown-level', level: 'mars' }] });
    const bad = moveCard(doc, { card: 'legevakt', toLevel: 'kommune', index: -1 }, ME);
    expect(!bad.ok && bad.errors[0]!.kind).toBe('invalid-input');
    expect(moveCard(doc, null as never, ME).ok).toBe(false);
    expect(count()).toBe(0);
  });

  it('converges to one column when two people move the same card at once', () => {
    const a = board();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    moveCard(a, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME);
    moveCard(b, { card: 'legevakt', toLevel: 'fylkeskommune', index: 1 }, OTHER);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      const holding = levelIds(doc).filter((l) => column(doc, l).includes('legevakt'));
      expect(holding).toHaveLength(1);
    }
    expect(readBoardDoc(a).allocation).toEqual(readBoardDoc(b).allocation);
  });

  it('is undone by an UndoManager that tracks its origin, and only its own moves', () => {
    const doc = board();
    const undo = new Y.UndoManager([doc.getMap('levels'), doc.getMap('cards'), doc.getMap('custom')], { trackedOrigins: new Set([ME]) });
    moveCard(doc, { card: 'legevakt', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME);
    moveCard(doc, { card: 'dps', toLevel: 'kommune', index: 0 }, OTHER);
    undo.undo();
    expect(column(doc, 'kommune')).toContain('legevakt');
    expect(column(doc, 'kommune')).toContain('dps');
  });

  it('keeps keys within the schema bound when cards keep landing on one spot', () => {
    const doc = board();
    for (let i = 0; i < 400; i++) moveCard(doc, { card: i % 2 ? 'legevakt' : 'fastlege', toLevel: 'kommune', index: 1 }, ME);
    const read = readBoardDoc(doc);
    expect(read.skipped).toEqual([]);
    expect(Math.max(...read.allocation.placements.map((p) => p.order.length))).toBeLessThanOrEqual(MAX_ORDER_LENGTH);
    expect(column(doc, 'kommune')[1]).toBe('legevakt');
  });

  it('writes the level of a card the reader had to put back, even onto the column it shows it in', () => {
    const doc = board();
    doc.getMap('cards').delete('legevakt');
    expect(column(doc, 'kommune')).toContain('legevakt');
    expect(moveCard(doc, { card: 'legevakt', toLevel: 'kommune', index: 0 }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(readBoardDoc(doc).repaired).toEqual([]);
  });
});

describe('levels', () => {
  it('adds a column of a kind at the end, numbering a second one of the same kind', () => {
    const doc = board();
    expect(addLevel(doc, { kind: 'stat' }, ME)).toEqual({ ok: true, value: { id: 'stat' } });
    expect(addLevel(doc, { kind: 'stat', name: '  Helsedirektoratet ' }, ME)).toEqual({ ok: true, value: { id: 'stat-2' } });
    expect(readBoardDoc(doc).allocation.levels.slice(-2)).toEqual([
      { id: 'stat', kind: 'stat' },
      { id: 'stat-2', kind: 'stat', name: 'Helsedirektoratet' },
    ]);
  });

  it('refuses a twenty-first column and a kind that does not exist', () => {
    const doc = board();
    for (let i = levelIds(doc).length; i < 20; i++) expect(addLevel(doc, { kind: 'region' }, ME).ok).toBe(true);
    expect(addLevel(doc, { kind: 'region' }, ME)).toEqual({ ok: false, errors: [{ kind: 'too-many-levels', max: 20 }] });
    const bad = addLevel(board(), { kind: 'mars' as never }, ME);
    expect(!bad.ok && bad.errors[0]!.kind).toBe('invalid-input');
  });

  it('renames a column, and a blank name removes the custom name', () => {
    const doc = board();
    expect(renameLevel(doc, { level: 'kommune', name: '  Kommunene ' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(readBoardDoc(doc).allocation.levels[0]).toEqual({ id: 'kommune', kind: 'kommune', name: 'Kommunene' });
    expect(renameLevel(doc, { level: 'kommune', name: 'Kommunene' }, ME)).toEqual({ ok: true, value: { changed: false } });
    renameLevel(doc, { level: 'kommune', name: '   ' }, ME);
    expect(readBoardDoc(doc).allocation.levels[0]).toEqual({ id: 'kommune', kind: 'kommune' });
    const long = renameLevel(doc, { level: 'kommune', name: 'x'.repeat(81) }, ME);
    expect(!long.ok && long.errors[0]!.kind).toBe('invalid-input');
    expect(renameLevel(doc, { level: 'mars', name: 'x' }, ME)).toEqual({ ok: false, errors: [{ kind: 'unknown-level', level: 'mars' }] });
  });

  it('reorders columns', () => {
    const doc = board();
    expect(reorderLevel(doc, { level: 'spesialisthelsetjenesten', index: 0 }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(levelIds(doc)).toEqual(['spesialisthelsetjenesten', 'kommune', 'fylkeskommune']);
    reorderLevel(doc, { level: 'spesialisthelsetjenesten', index: 1 }, ME);
    expect(levelIds(doc)).toEqual(['kommune', 'spesialisthelsetjenesten', 'fylkeskommune']);
    expect(reorderLevel(doc, { level: 'kommune', index: 0 }, ME)).toEqual({ ok: true, value: { changed: false } });
  });

  it('removes only an empty column, and never the last one', () => {
    const doc = board();
    const full = removeLevel(doc, { level: 'fylkeskommune' }, ME);
    expect(full.ok).toBe(false);
    if (!full.ok) expect(full.errors[0]).toEqual({ kind: 'not-empty', level: 'fylkeskommune', cards: column(doc, 'fylkeskommune') });
    addLevel(doc, { kind: 'stat' }, ME);
    expect(removeLevel(doc, { level: 'stat' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(levelIds(doc)).not.toContain('stat');
    const lone = new Y.Doc();
    addLevel(lone, { kind: 'kommune' }, ME);
    expect(levelIds(lone)).toEqual(['kommune']);
    expect(removeLevel(lone, { level: 'kommune' }, ME)).toEqual({ ok: false, errors: [{ kind: 'last-level', level: 'kommune' }] });
  });

  it('leaves no card homeless when a column is removed while a card moves into it', () => {
    const a = board();
    addLevel(a, { kind: 'stat' }, ME);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    removeLevel(a, { level: 'stat' }, ME);
    moveCard(b, { card: 'legevakt', toLevel: 'stat', index: 0 }, OTHER);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const read = readBoardDoc(a);
    expect(read.repaired).toEqual(['card legevakt']);
    expect(read.allocation.placements.find((p) => p.responsibility === 'legevakt')!.level).toBe('kommune');
    expect(computeConsequences(read.allocation, catalog, [], { custom: read.custom }).ok).toBe(true);
  });
});

describe('custom cards', () => {
  const card = { name: 'Skolehelse for alle', level: 'kommune', cost: 100_000_000, author: 'Ola (KS)' };

  it('adds a card at the end of its column, with the column kind as its today', () => {
    const doc = board();
    expect(addCustomCard(doc, card, ME, ids('egen-skole123'))).toEqual({ ok: true, value: { id: 'egen-skole123' } });
    const read = readBoardDoc(doc);
    expect(read.custom).toEqual([{ id: 'egen-skole123', name: 'Skolehelse for alle', cost: 100_000_000, author: 'Ola (KS)', note: '', baselineKind: 'kommune' }]);
    expect(column(doc, 'kommune').at(-1)).toBe('egen-skole123');
  });

  it('moves its assumed money when it is moved like any card', () => {
    const doc = board();
    addCustomCard(doc, card, ME, ids('egen-skole123'));
    moveCard(doc, { card: 'egen-skole123', toLevel: 'spesialisthelsetjenesten', index: 0 }, ME);
    const read = readBoardDoc(doc);
    const result = computeConsequences(read.allocation, catalog, [], { custom: read.custom });
    expect(result.ok && result.value.money.moved.value).toBe(100_000_000);
  });

  it('refuses bad figures and names, a sixty-first card, and an id already taken', () => {
    const doc = board();
    for (const bad of [{ name: ' ' }, { name: 'x'.repeat(81) }, { cost: -1 }, { staff: Number.POSITIVE_INFINITY }, { author: '' }]) {
      const r = addCustomCard(doc, { ...card, ...bad }, ME);
      expect(!r.ok && r.errors[0]!.kind).toBe('invalid-input');
    }
    expect(addCustomCard(doc, { ...card, level: 'mars' }, ME)).toEqual({ ok: false, errors: [{ kind: 'unknown-level', level: 'mars' }] });
    addCustomCard(doc, card, ME, ids('egen-aaaaaaaa'));
    expect(addCustomCard(doc, card, ME, ids('egen-aaaaaaaa'))).toEqual({ ok: false, errors: [{ kind: 'id-taken', id: 'egen-aaaaaaaa' }] });
    for (let i = 1; i < 60; i++) expect(addCustomCard(doc, card, ME).ok).toBe(true);
    expect(addCustomCard(doc, card, ME)).toEqual({ ok: false, errors: [{ kind: 'too-many-custom-cards', max: 60 }] });
  });

  it('blanks the author of the cards with exactly that author text in one change, keeping card, figures and place', () => {
    const doc = board();
    addCustomCard(doc, card, OTHER, ids('egen-skole123'));
    addCustomCard(doc, { ...card, author: 'Ola' }, OTHER, ids('egen-skole456'));
    const before = readBoardDoc(doc);
    let transactions = 0;
    doc.on('afterTransaction', (tr: Y.Transaction) => void (tr.origin === ME && transactions++));
    expect(eraseCustomCardAuthor(doc, 'Ola (KS)', ME)).toEqual(['egen-skole123']);
    expect(transactions).toBe(1);
    const after = readBoardDoc(doc);
    expect(after.custom).toEqual([{ ...before.custom[0]!, author: '' }, before.custom[1]]);
    expect(after.allocation).toEqual(before.allocation);
    // Nothing left to blank, and a blank author text never matches the cards erased already.
    expect(eraseCustomCardAuthor(doc, 'Ola (KS)', ME)).toEqual([]);
    expect(eraseCustomCardAuthor(doc, '', ME)).toEqual([]);
    expect(transactions).toBe(1);
  });

  it('removes a custom card whoever added it, and never a catalog card', () => {
    const doc = board();
    addCustomCard(doc, card, OTHER, ids('egen-skole123'));
    expect(removeCustomCard(doc, { card: 'egen-skole123' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(readBoardDoc(doc).custom).toEqual([]);
    expect(doc.getMap('cards').has('egen-skole123')).toBe(false);
    expect(removeCustomCard(doc, { card: 'legevakt' }, ME)).toEqual({ ok: false, errors: [{ kind: 'not-custom', card: 'legevakt' }] });
  });

  it('is undone as one step, card and placement together', () => {
    const doc = board();
    const undo = new Y.UndoManager([doc.getMap('cards'), doc.getMap('custom')], { trackedOrigins: new Set([ME]) });
    addCustomCard(doc, card, ME, ids('egen-skole123'));
    undo.undo();
    const read = readBoardDoc(doc);
    expect(read.custom).toEqual([]);
    expect(read.skipped).toEqual([]);
  });
});

const kinds = ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten', 'stat', 'region'] as const;
const someCard = fc.constantFrom('legevakt', 'dps', 'fastlege', 'egen-aaaaaaaa', 'egen-bbbbbbbb', 'ukjent');
const someLevel = fc.constantFrom(...kinds, 'stat-2', 'mars');
/** One edit by one of two people, or the two exchanging their changes. */
const step = fc.oneof(
  fc.record({ op: fc.constant('move' as const), who: fc.nat(1), card: someCard, level: someLevel, index: fc.nat(40) }),
  fc.record({ op: fc.constant('add-level' as const), who: fc.nat(1), kind: fc.constantFrom(...kinds) }),
  fc.record({ op: fc.constant('remove-level' as const), who: fc.nat(1), level: someLevel }),
  fc.record({ op: fc.constant('reorder-level' as const), who: fc.nat(1), level: someLevel, index: fc.nat(6) }),
  fc.record({ op: fc.constant('add-custom' as const), who: fc.nat(1), id: fc.constantFrom('egen-aaaaaaaa', 'egen-bbbbbbbb'), level: someLevel }),
  fc.record({ op: fc.constant('remove-custom' as const), who: fc.nat(1), card: someCard }),
  fc.record({ op: fc.constant('sync' as const) }),
);

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
}

describe('any sequence of edits by two people', () => {
  it('never throws, never writes an entry a reader skips, and converges once synced', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const docs = [board(), new Y.Doc()] as const;
        Y.applyUpdate(docs[1], Y.encodeStateAsUpdate(docs[0]));
        for (const s of steps) {
          if (s.op === 'sync') {
            sync(...docs);
            continue;
          }
          const doc = docs[s.who]!;
          if (s.op === 'move') moveCard(doc, { card: s.card, toLevel: s.level, index: s.index }, ME);
          if (s.op === 'add-level') addLevel(doc, { kind: s.kind }, ME);
          if (s.op === 'remove-level') removeLevel(doc, { level: s.level }, ME);
          if (s.op === 'reorder-level') reorderLevel(doc, { level: s.level, index: s.index }, ME);
          if (s.op === 'add-custom') addCustomCard(doc, { name: 'Eget', level: s.level, author: 'Kari', cost: 1 }, ME, ids(s.id));
          if (s.op === 'remove-custom') removeCustomCard(doc, { card: s.card }, ME);
        }
        sync(...docs);
        const [a, b] = docs.map((d) => readBoardDoc(d));
        expect(a).toEqual(b);
        // Only a card moved onto a column removed at the same time, or a custom card moved while removed, needs the reader's help.
        expect(a!.skipped.filter((s) => !s.startsWith('card egen-'))).toEqual([]);
        expect(computeConsequences(a!.allocation, catalog, [], { custom: a!.custom }).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate, allocationSchema } from './allocation';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { catalog } from './catalog';
import { levelKindSchema } from './catalog/schema';
import { computeConsequences } from './consequences/engine';
import { customCardSchema } from './custom-cards';

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
    // The broken entry is not trusted, but the card is still shown, back where it is today.
    expect(read.repaired).toEqual(['card legevakt']);
    expect(read.allocation.placements.filter((p) => p.responsibility === 'legevakt')).toEqual([{ responsibility: 'legevakt', level: 'kommune', order: 'a0' }]);
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

const customMap = (fields: Record<string, unknown>) => {
  const m = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(fields)) m.set(k, v);
  return m;
};
const placement = (doc: Y.Doc, id: string) => readBoardDoc(doc).allocation.placements.find((p) => p.responsibility === id);

describe('custom cards in the document', () => {
  it('reads them with their placement and skips the ones that do not parse', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('dagens-ordning'), catalog, 'x');
    const custom = doc.getMap('custom');
    custom.set('egen-abcd1234', customMap({ name: 'Skolehelse', cost: 5, author: 'Kari', note: '', baselineKind: 'kommune' }));
    custom.set('egen-bad', customMap({ name: 'Feil id', author: 'Kari', baselineKind: 'kommune' }));
    custom.set('egen-zzzz0000', customMap({ name: '', author: 'Kari', baselineKind: 'kommune' }));
    doc.getMap('cards').set('egen-abcd1234', customMap({ level: 'fylkeskommune', order: 'b' }));
    doc.getMap('cards').set('ukjent-kort', customMap({ level: 'kommune', order: 'b' }));
    const read = readBoardDoc(doc);
    expect(read.custom).toEqual([{ id: 'egen-abcd1234', name: 'Skolehelse', cost: 5, author: 'Kari', note: '', baselineKind: 'kommune' }]);
    expect(read.skipped.sort()).toEqual(['card ukjent-kort', 'custom egen-bad', 'custom egen-zzzz0000']);
    expect(placement(doc, 'egen-abcd1234')).toEqual({ responsibility: 'egen-abcd1234', level: 'fylkeskommune', order: 'b' });
  });
});

describe('repairs', () => {
  it('puts a card from a removed column on the first column of its baseline kind, else the first column', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('dagens-ordning'), catalog, 'x');
    doc.getMap('levels').set('stat', customMap({ kind: 'stat', order: 'a5' }));
    (doc.getMap('cards').get('legevakt') as Y.Map<unknown>).set('level', 'stat');
    doc.getMap('levels').delete('stat');
    doc.getMap('levels').delete('kommune');
    const read = readBoardDoc(doc);
    // legevakt is a kommune card; with no kommune column left it goes to the first column.
    expect(read.allocation.levels[0]!.id).toBe('fylkeskommune');
    expect(placement(doc, 'legevakt')!.level).toBe('fylkeskommune');
    expect(placement(doc, 'dps')!.level).toBe('spesialisthelsetjenesten');
    expect(read.repaired).toContain('card legevakt');
  });

  it('places a catalog card missing from the document', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('dagens-ordning'), catalog, 'x');
    doc.getMap('cards').delete('dps');
    const read = readBoardDoc(doc);
    expect(read.repaired).toEqual(['card dps']);
    expect(placement(doc, 'dps')!.level).toBe('spesialisthelsetjenesten');
  });

  it("supplies today's three columns when none parses, and drops columns past twenty", () => {
    const empty = new Y.Doc();
    const read = readBoardDoc(empty);
    expect(read.allocation.levels.map((l) => l.id)).toEqual(['kommune', 'fylkeskommune', 'spesialisthelsetjenesten']);
    expect(read.repaired).toContain('level kommune');
    expect(read.allocation.placements).toHaveLength(catalog.responsibilities.length);
    const crowded = new Y.Doc();
    for (let i = 0; i < 22; i++) crowded.getMap('levels').set(`k${String(i).padStart(2, '0')}`, customMap({ kind: 'kommune', order: 'a' }));
    const many = readBoardDoc(crowded);
    expect(many.allocation.levels).toHaveLength(20);
    expect(many.skipped).toEqual(['level k20', 'level k21']);
  });

  it('reads at most sixty custom cards, the same sixty everywhere', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, template('dagens-ordning'), catalog, 'x');
    for (let i = 0; i < 62; i++) {
      const id = `egen-${String(i).padStart(8, '0')}`;
      doc.getMap('custom').set(id, customMap({ name: `Kort ${i}`, author: 'Kari', note: '', baselineKind: 'stat' }));
    }
    const read = readBoardDoc(doc);
    expect(read.custom).toHaveLength(60);
    expect(read.skipped).toEqual(['custom egen-00000060', 'custom egen-00000061']);
    // Unplaced, they go to the first column, as the board has no stat column.
    expect(placement(doc, 'egen-00000000')!.level).toBe('kommune');
    expect(computeConsequences(read.allocation, catalog, [], { custom: read.custom }).ok).toBe(true);
  });
});

const kinds = levelKindSchema.options;
const junk = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 2 }));
const levelId = fc.oneof(fc.constantFrom(...kinds, 'kommune-2', 'a'), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,49}$/), fc.string({ maxLength: 4 }));
const customId = fc.oneof(fc.constantFrom('egen-aaaaaaaa', 'egen-bbbbbbbb'), fc.stringMatching(/^egen-[0-9a-z]{8}$/), fc.stringMatching(/^egen-[0-9a-z]{8}$/), fc.stringMatching(/^egen-.{0,9}$/));
const cardId = fc.oneof(fc.constantFrom(...catalog.responsibilities.map((r) => r.id)), customId, fc.string({ maxLength: 6 }));
const order = fc.oneof(fc.string({ maxLength: 8 }), fc.string({ minLength: 60, maxLength: 70 }), junk);
const field = <T>(arb: fc.Arbitrary<T>) => fc.option(fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: junk }), { nil: undefined, freq: 8 });
/** One entry of a root map as a hostile editor could write it: a map with any fields, or no map at all. */
const entry = (fields: Record<string, fc.Arbitrary<unknown>>) =>
  fc.oneof({ weight: 4, arbitrary: fc.record(Object.fromEntries(Object.entries(fields).map(([k, a]) => [k, field(a)]))).map((f) => ({ map: f })) }, { weight: 1, arbitrary: junk.map((value) => ({ value })) });
const levelEntry = entry({ kind: fc.constantFrom(...kinds, 'mars'), name: fc.string({ maxLength: 90 }), order });
const cardEntry = entry({ level: levelId, order });
const customEntry = entry({
  name: fc.string({ maxLength: 90 }),
  cost: fc.oneof(fc.nat(), fc.double()),
  staff: fc.oneof(fc.nat(), fc.double()),
  author: fc.string({ maxLength: 4 }),
  note: fc.string({ maxLength: 3 }),
  baselineKind: fc.constantFrom(...kinds, 'mars'),
});
// Sometimes small, sometimes as long as allowed, so the caps on columns and custom cards are hit.
const entries = <T>(arb: fc.Arbitrary<T>, maxLength: number) => fc.oneof(fc.array(arb, { maxLength }), fc.array(arb, { maxLength, size: 'max' }));
const hostileDoc = fc.record({
  title: junk,
  levels: entries(fc.tuple(levelId, levelEntry), 30),
  cards: entries(fc.tuple(cardId, cardEntry), 40),
  custom: entries(fc.tuple(customId, customEntry), 80),
});

type HostileDoc = typeof hostileDoc extends fc.Arbitrary<infer T> ? T : never;

function build(spec: HostileDoc): Y.Doc {
  const doc = new Y.Doc();
  doc.getMap('meta').set('title', spec.title);
  for (const root of ['levels', 'cards', 'custom'] as const) {
    for (const [key, e] of spec[root]) {
      const fields = 'map' in e ? Object.fromEntries(Object.entries(e.map).filter(([, v]) => v !== undefined)) : null;
      doc.getMap(root).set(key, fields ? customMap(fields) : (e as { value: unknown }).value);
    }
  }
  return doc;
}

describe('any document content', () => {
  it('reads into an allocation the schema and the engine accept', () => {
    fc.assert(
      fc.property(hostileDoc, fc.boolean(), (spec, withTemplate) => {
        const doc = new Y.Doc();
        if (withTemplate) initBoardDoc(doc, template('modell-2'), catalog, 'x');
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(build(spec)));
        const read = readBoardDoc(doc);
        expect(allocationSchema.safeParse(read.allocation).success).toBe(true);
        for (const c of read.custom) expect(customCardSchema.safeParse(c).success).toBe(true);
        const result = computeConsequences(read.allocation, catalog, [], { custom: read.custom });
        if (!result.ok) throw new Error(JSON.stringify(result.errors));
      }),
      { numRuns: 150 },
    );
  });
});

import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate, allocationSchema, validateAllocation } from './allocation';
import { initBoardDoc, readBoardDoc, ROOT } from './board-doc';
import { setLevelArrangement } from './board-ops';
import { catalog } from './catalog';
import { restoreProposal } from './restore';
import type { Template } from './catalog/schema';

// Arrangements (model 4): a name on a column, written by a template or an editor, read without trust.

const ME = Symbol('me');
const template = (id: string) => catalog.templates.find((t) => t.id === id)!;

function board(id: string): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, template(id), catalog, 'Verksted');
  return doc;
}

const levelMap = (doc: Y.Doc, id: string) => doc.getMap<Y.Map<unknown>>(ROOT.levels).get(id)!;

describe('templates with arrangements', () => {
  it('name only kinds the template has, and every move names an arrangement that lists its kind', () => {
    for (const t of catalog.templates) {
      const ids = new Set((t.arrangements ?? []).map((a) => a.id));
      expect(ids.size, t.id).toBe((t.arrangements ?? []).length);
      for (const a of t.arrangements ?? []) for (const kind of a.levels) expect(t.levels, `${t.id} ${a.id}`).toContain(kind);
      for (const m of t.moves) {
        if (!m.arrangement) continue;
        expect(t.arrangements?.find((a) => a.id === m.arrangement)?.levels, `${t.id} ${m.responsibility}`).toContain(m.to);
      }
    }
  });

  it('gives a kind listed by a second arrangement a column of its own, and moves go to their arrangement’s column', () => {
    const a = allocationFromTemplate(template('modell-4'), catalog);
    expect(a.levels).toEqual([
      { id: 'kommune', kind: 'kommune', arrangement: 'somatikk' },
      { id: 'fylkeskommune', kind: 'fylkeskommune', arrangement: 'somatikk' },
      { id: 'spesialisthelsetjenesten', kind: 'spesialisthelsetjenesten', arrangement: 'somatikk' },
      { id: 'spesialisthelsetjenesten-psykisk-helse-rus', kind: 'spesialisthelsetjenesten', arrangement: 'psykisk-helse-rus' },
    ]);
    const at = (card: string) => a.placements.find((p) => p.responsibility === card)!.level;
    expect(at('dps')).toBe('spesialisthelsetjenesten-psykisk-helse-rus');
    expect(at('psykisk-helse-rus-kommune')).toBe('spesialisthelsetjenesten-psykisk-helse-rus');
    expect(at('sykehus')).toBe('spesialisthelsetjenesten');
    expect(validateAllocation(a, catalog).ok).toBe(true);
  });

  it('stay on the allocation a proposal stores, and a hostile one is refused there', () => {
    const a = allocationFromTemplate(template('modell-4'), catalog);
    expect(allocationSchema.parse(a)).toEqual(a);
    const bad = { ...a, levels: a.levels.map((l, i) => (i === 0 ? { ...l, arrangement: 'x'.repeat(81) } : l)) };
    expect(allocationSchema.safeParse(bad).success).toBe(false);
  });

  it('leave a template without arrangements as it was', () => {
    const plain: Template = { ...template('modell-1a'), arrangements: undefined };
    expect(allocationFromTemplate(plain, catalog).levels.every((l) => l.arrangement === undefined)).toBe(true);
  });
});

describe('arrangements in the board document', () => {
  it('are written by the template and read back', () => {
    const doc = board('modell-4');
    const read = readBoardDoc(doc).allocation;
    const expected = allocationFromTemplate(template('modell-4'), catalog);
    expect(read.levels).toEqual(expected.levels);
    const where = (ps: { responsibility: string; level: string }[]) => Object.fromEntries(ps.map((p) => [p.responsibility, p.level]));
    expect(where(read.placements)).toEqual(where(expected.placements));
  });

  it('drop a bad arrangement but keep its column and cards', () => {
    const doc = board('modell-4');
    levelMap(doc, 'spesialisthelsetjenesten-psykisk-helse-rus').set('arrangement', 42);
    levelMap(doc, 'kommune').set('arrangement', 'x'.repeat(81));
    levelMap(doc, 'fylkeskommune').set('arrangement', '   ');
    const read = readBoardDoc(doc);
    expect(read.skipped).toEqual(['arrangement fylkeskommune', 'arrangement kommune', 'arrangement spesialisthelsetjenesten-psykisk-helse-rus']);
    expect(read.allocation.levels.map((l) => [l.id, l.arrangement])).toEqual([
      ['kommune', undefined],
      ['fylkeskommune', undefined],
      ['spesialisthelsetjenesten', 'somatikk'],
      ['spesialisthelsetjenesten-psykisk-helse-rus', undefined],
    ]);
    expect(read.allocation.placements.find((p) => p.responsibility === 'dps')!.level).toBe('spesialisthelsetjenesten-psykisk-helse-rus');
    expect(read.repaired).toEqual([]);
  });

  it('are restored with a proposal and removed by one that has none', () => {
    const doc = board('dagens-ordning');
    const modell4 = { catalogVersion: catalog.version, allocation: allocationFromTemplate(template('modell-4'), catalog), custom: [], assumptions: [] };
    restoreProposal(doc, modell4, ME);
    expect(readBoardDoc(doc).allocation.levels.map((l) => l.arrangement)).toEqual(['somatikk', 'somatikk', 'somatikk', 'psykisk-helse-rus']);
    restoreProposal(doc, { ...modell4, allocation: allocationFromTemplate(template('dagens-ordning'), catalog) }, ME);
    expect(readBoardDoc(doc).allocation.levels.every((l) => l.arrangement === undefined)).toBe(true);
  });

  it('are set, trimmed, cleared and refused on unknown columns by an editor', () => {
    const doc = board('dagens-ordning');
    expect(setLevelArrangement(doc, { level: 'kommune', arrangement: '  Nord-Norge ' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(readBoardDoc(doc).allocation.levels[0]).toEqual({ id: 'kommune', kind: 'kommune', arrangement: 'Nord-Norge' });
    expect(setLevelArrangement(doc, { level: 'kommune', arrangement: 'Nord-Norge' }, ME)).toEqual({ ok: true, value: { changed: false } });
    expect(setLevelArrangement(doc, { level: 'kommune', arrangement: '' }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(levelMap(doc, 'kommune').has('arrangement')).toBe(false);
    expect(setLevelArrangement(doc, { level: 'stat', arrangement: 'x' }, ME)).toMatchObject({ ok: false, errors: [{ kind: 'unknown-level', level: 'stat' }] });
    expect(setLevelArrangement(doc, { level: 'kommune', arrangement: 'x'.repeat(81) }, ME)).toMatchObject({ ok: false, errors: [{ kind: 'invalid-input' }] });
  });
});

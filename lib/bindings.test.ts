import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate } from './allocation';
import { setBinding, writeBindings } from './binding-ops';
import { bindingsSchema, knownBindings, readBindings, templateBindings } from './bindings';
import { initBoardDoc, readBoardDoc, ROOT } from './board-doc';
import { catalog } from './catalog';
import { parseProposalFile, toProposalFile } from './proposal-file';
import { headlineOf, proposalContentSchema, type Proposal, type ProposalContent } from './proposals';
import { restoreProposal } from './restore';

const ME = Symbol('me');
const KDF_FOUR = ['barn-unge', 'kronisk-syke', 'psykisk-rus', 'skrope-eldre'];
const template = (id: string) => catalog.templates.find((t) => t.id === id)!;

function board(id = 'dagens-ordning'): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, template(id), catalog, 'Verksted');
  return doc;
}

describe('readBindings', () => {
  it('reads nothing bound from nothing', () => {
    expect(readBindings([], catalog, [])).toEqual([]);
  });

  it('keeps true, reads false as not bound, and skips and names unknown pathways and non-booleans', () => {
    const skipped: string[] = [];
    const read = readBindings(
      [
        ['psykisk-rus', true],
        ['lindrende', false],
        ['skrope-eldre', 'true'],
        ['barn-unge', 1],
        ['kronisk-syke', null],
        ['akutt-distrikt', undefined],
        ['svangerskap-fodsel', { bound: true }],
        ['constructor', true],
        ['__proto__', true],
        ['no-such-pathway', true],
      ],
      catalog,
      skipped,
    );
    expect(read).toEqual(['psykisk-rus']);
    expect(skipped).toEqual([
      'binding skrope-eldre',
      'binding barn-unge',
      'binding kronisk-syke',
      'binding akutt-distrikt',
      'binding svangerskap-fodsel',
      'binding constructor',
      'binding __proto__',
      'binding no-such-pathway',
    ]);
  });

  it('sorts, so peers iterating the map in different orders read the same', () => {
    expect(readBindings([['skrope-eldre', true], ['barn-unge', true]], catalog, [])).toEqual(['barn-unge', 'skrope-eldre']);
    expect(knownBindings(['skrope-eldre', 'nope', 'barn-unge', 'skrope-eldre'], catalog)).toEqual(['barn-unge', 'skrope-eldre']);
  });

  it('refuses non-slug ids in a recorded proposal', () => {
    expect(bindingsSchema.safeParse(['psykisk-rus']).success).toBe(true);
    expect(bindingsSchema.safeParse(['Psykisk rus']).success).toBe(false);
    expect(bindingsSchema.safeParse([true]).success).toBe(false);
  });
});

describe('templates', () => {
  it('mark only catalog pathways, each once, each citing a seed', () => {
    const ids = new Set(catalog.pathways.map((p) => p.id));
    for (const t of catalog.templates) {
      const marked = (t.boundPathways ?? []).map((b) => b.pathway);
      expect(marked.filter((id) => !ids.has(id))).toEqual([]);
      expect(new Set(marked).size).toBe(marked.length);
      for (const b of t.boundPathways ?? []) expect(b.source.ref).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    }
  });
});

describe('bindings on a board document', () => {
  it('start with the Kdf template’s four and none on today’s', () => {
    expect(templateBindings(template('kdf-murstein'))).toEqual(KDF_FOUR);
    expect(readBoardDoc(board('kdf-murstein')).bindings).toEqual(KDF_FOUR);
    expect(readBoardDoc(board()).bindings).toEqual([]);
  });

  it('are read by readBoardDoc, hostile values included, without costing the cards', () => {
    const doc = board();
    doc.getMap(ROOT.bindings).set('psykisk-rus', 'ja');
    doc.getMap(ROOT.bindings).set('ukjent', true);
    doc.getMap(ROOT.bindings).set('lindrende', true);
    const view = readBoardDoc(doc, catalog);
    expect(view.bindings).toEqual(['lindrende']);
    expect(view.skipped).toEqual(expect.arrayContaining(['binding psykisk-rus', 'binding ukjent']));
    expect(view.allocation.placements.length).toBe(catalog.responsibilities.length);
  });

  it('are set and taken back in one undo step each, like a move', () => {
    const doc = board();
    const undo = new Y.UndoManager([doc.getMap(ROOT.bindings)], { trackedOrigins: new Set([ME]), captureTimeout: 0 });
    expect(setBinding(doc, { pathway: 'lindrende', bound: true }, ME)).toEqual({ ok: true, value: { changed: true } });
    expect(setBinding(doc, { pathway: 'lindrende', bound: true }, ME)).toEqual({ ok: true, value: { changed: false } });
    setBinding(doc, { pathway: 'lindrende', bound: false }, ME);
    expect(doc.getMap(ROOT.bindings).has('lindrende')).toBe(false);
    undo.undo();
    expect(readBoardDoc(doc).bindings).toEqual(['lindrende']);
    undo.undo();
    expect(readBoardDoc(doc).bindings).toEqual([]);
  });

  it('refuse an unknown pathway or a non-boolean, writing nothing', () => {
    const doc = board();
    expect(setBinding(doc, { pathway: 'nope', bound: true }, ME).ok).toBe(false);
    expect(setBinding(doc, { pathway: 'lindrende', bound: 'yes' as unknown as boolean }, ME).ok).toBe(false);
    expect(doc.getMap(ROOT.bindings).size).toBe(0);
  });

  it('are made equal to a list by writeBindings, stray and malformed keys pruned', () => {
    const doc = board();
    doc.getMap(ROOT.bindings).set('stray', true);
    doc.getMap(ROOT.bindings).set('barn-unge', 'x');
    expect(doc.transact(() => writeBindings(doc, ['barn-unge']))).toBe(true);
    expect(doc.getMap(ROOT.bindings).toJSON()).toEqual({ 'barn-unge': true });
    expect(doc.transact(() => writeBindings(doc, ['barn-unge']))).toBe(false);
  });
});

describe('bindings in proposals', () => {
  const contentOf = (doc: Y.Doc): ProposalContent => {
    const view = readBoardDoc(doc);
    return { catalogVersion: catalog.version, allocation: view.allocation, custom: view.custom, assumptions: [], bindings: view.bindings };
  };

  it('are put back by restore, and an old proposal without them clears them', () => {
    const doc = board('kdf-murstein');
    const saved = contentOf(doc);
    setBinding(doc, { pathway: 'lindrende', bound: true }, ME);
    setBinding(doc, { pathway: 'psykisk-rus', bound: false }, ME);
    expect(restoreProposal(doc, saved, ME).changed).toBe(true);
    expect(readBoardDoc(doc).bindings).toEqual(KDF_FOUR);
    expect(restoreProposal(doc, saved, ME).changed).toBe(false);
    const old: ProposalContent = { catalogVersion: saved.catalogVersion, allocation: saved.allocation, custom: saved.custom, assumptions: saved.assumptions };
    restoreProposal(doc, old, ME);
    expect(readBoardDoc(doc).bindings).toEqual([]);
  });

  it('load old content without bindings, and change the headline only in handoffsUnbound', () => {
    const content = { catalogVersion: catalog.version, allocation: allocationFromTemplate(template('kdf-murstein'), catalog), custom: [], assumptions: [] };
    expect(proposalContentSchema.parse(content).bindings).toBeUndefined();
    const none = headlineOf(content, catalog);
    const four = headlineOf({ ...content, bindings: KDF_FOUR }, catalog);
    if (!none.ok || !four.ok) throw new Error('headline');
    expect(four.value.handoffsUnbound).toBe(5);
    expect(none.value.handoffsUnbound).toBe(13);
    expect({ ...four.value, handoffsUnbound: 13 }).toEqual(none.value);
  });

  it('travel in the proposal file, and a file binding a pathway this catalog lacks is refused', () => {
    const content = { catalogVersion: catalog.version, allocation: allocationFromTemplate(template('kdf-murstein'), catalog), custom: [], assumptions: [], bindings: KDF_FOUR };
    const headline = headlineOf(content, catalog);
    if (!headline.ok) throw new Error('headline');
    const p: Proposal = {
      id: 'p1',
      boardId: 'b1',
      name: 'Kdf',
      note: '',
      author: { participantId: 'kari-0001', name: 'Kari', organisation: 'KS', role: 'editor' },
      createdAt: '2026-12-02T10:00:00.000Z',
      origin: 'board',
      content,
      headline: headline.value,
      openThreads: [],
    };
    const file = toProposalFile(p, 'Verksted', '2026-12-02T11:00:00.000Z');
    const parsed = parseProposalFile(JSON.parse(JSON.stringify(file)), catalog);
    expect(parsed.ok && parsed.value.content.bindings).toEqual(KDF_FOUR);
    const altered = parseProposalFile({ ...file, headline: { ...file.headline, handoffsUnbound: 13 } }, catalog);
    expect(altered.ok).toBe(false);
    const foreign = parseProposalFile({ ...file, content: { ...file.content, bindings: ['ukjent-forlop'] } }, catalog);
    expect(!foreign.ok && foreign.errors[0]!.message).toMatch(/ukjent-forlop/);
  });
});

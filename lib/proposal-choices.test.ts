import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { allocationFromTemplate } from './allocation';
import { initBoardDoc, readBoardDoc } from './board-doc';
import { catalog } from './catalog';
import { setChoice } from './choice-ops';
import { OPEN_CHOICES } from './choices';
import { compareContents } from './compare';
import { parseProposalFile, toProposalFile } from './proposal-file';
import { headlineOf, proposalContentSchema, type Proposal, type ProposalContent } from './proposals';
import { restoreProposal } from './restore';

const ME = Symbol('me');
const modell1b = catalog.templates.find((t) => t.id === 'modell-1b')!;
const content = (choices?: ProposalContent['choices']): ProposalContent => ({
  catalogVersion: catalog.version,
  allocation: allocationFromTemplate(modell1b, catalog),
  custom: [],
  assumptions: [],
  ...(choices ? { choices } : {}),
});

function proposal(c: ProposalContent): Proposal {
  const headline = headlineOf(c, catalog);
  if (!headline.ok) throw new Error(headline.errors.join());
  return {
    id: 'p1',
    boardId: 'b1',
    name: 'Regioner',
    note: '',
    author: { participantId: 'kari-0001', name: 'Kari', organisation: 'KS', role: 'editor' },
    createdAt: '2026-12-01T10:00:00.000Z',
    origin: 'board',
    content: c,
    headline: headline.value,
    openThreads: [],
  };
}

describe('choices in proposals', () => {
  it('loads a proposal saved before choices existed, with every choice open', () => {
    const old = proposalContentSchema.parse(content());
    expect(old.choices).toBeUndefined();
    const h = headlineOf(old, catalog);
    if (!h.ok) throw new Error('no headline');
    // Open election mode: the regions' money is not counted as direct, and the high end says what it would be.
    expect(h.value.directlyElectedShare).toBeLessThan(h.value.directlyElectedShareHigh!);
  });

  it('records the choice in the headline: direct election brings the share to 100 %', () => {
    const h = headlineOf(content({ ...OPEN_CHOICES, 'region-election': 'direct' }), catalog);
    if (!h.ok) throw new Error('no headline');
    expect(h.value.directlyElectedShare).toBeCloseTo(100, 9);
    expect(h.value.directlyElectedShareHigh).toBeCloseTo(100, 9);
  });

  it('exports the choices in the proposal file and reads them back; a bad answer is refused', () => {
    const c = content({ ...OPEN_CHOICES, 'region-election': 'indirect' });
    const file = toProposalFile(proposal(c), 'Verksted', '2026-12-01T11:00:00.000Z');
    const read = parseProposalFile(JSON.parse(JSON.stringify(file)), catalog);
    if (!read.ok) throw new Error(read.errors[0]!.message);
    expect(read.value.content.choices).toEqual({ 'region-election': 'indirect', 'state-financing': 'open' });
    const bad = { ...file, content: { ...file.content, choices: { 'region-election': 'by lot' } } };
    expect(parseProposalFile(bad, catalog).ok).toBe(false);
  });

  it('compares two sides that differ only in a choice', () => {
    const compared = compareContents(content(), content({ ...OPEN_CHOICES, 'region-election': 'direct' }), catalog);
    if (!compared.ok) throw new Error('not compared');
    expect(compared.value.moved).toEqual([]);
    const share = compared.value.indicators.find((i) => i.id === 'directlyElectedShare')!;
    expect(share.b).toBeCloseTo(100, 9);
    expect(share.delta).toBeGreaterThan(0);
  });

  it('restores a proposal’s choices onto the live board, and an old proposal’s as open, in one undo step', () => {
    const doc = new Y.Doc();
    initBoardDoc(doc, modell1b, catalog, 'Verksted');
    const undo = new Y.UndoManager([doc.getMap('levels'), doc.getMap('cards'), doc.getMap('custom'), doc.getMap('choices')], { trackedOrigins: new Set([ME]), captureTimeout: 0 });
    expect(restoreProposal(doc, content({ ...OPEN_CHOICES, 'region-election': 'direct' }), ME)).toEqual({ changed: true });
    expect(readBoardDoc(doc).choices['region-election']).toBe('direct');
    expect(restoreProposal(doc, content({ ...OPEN_CHOICES, 'region-election': 'direct' }), ME)).toEqual({ changed: false });
    setChoice(doc, { choice: 'state-financing', value: 'ramme' }, Symbol('someone else'));
    expect(restoreProposal(doc, content(), ME)).toEqual({ changed: true });
    expect(readBoardDoc(doc).choices).toEqual(OPEN_CHOICES);
    undo.undo();
    expect(readBoardDoc(doc).choices).toEqual({ 'region-election': 'direct', 'state-financing': 'ramme' });
  });
});

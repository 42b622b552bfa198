import { describe, expect, it } from 'vitest';
import { allocationFromTemplate } from './allocation';
import { catalog } from './catalog';
import type { Author, Comment, Thread } from './comments';
import type { CustomCard } from './custom-cards';
import { eraseCardAuthors, eraseFromProposal, erasureTarget, ownProposals, proposalHolds } from './own-data-copies';
import { proposalSchema, type Proposal, type ThreadSummary } from './proposals';

const anne: Author = { participantId: 'anne-0001', name: 'Anne', organisation: 'Alfa', role: 'editor', verified: true };
const bjorn: Author = { participantId: 'bjorn-001', name: 'Bjørn', organisation: '', role: 'commenter' };
const at = '2025-03-01T10:00:00.000Z';

const card = (id: string, author: string): CustomCard => ({ id, name: `Kort ${id}`, cost: 1000, author, note: '', baselineKind: 'kommune' });
const copy = (id: string, a: Author, body: string): ThreadSummary => ({
  id,
  anchor: { kind: 'board' },
  author: { name: a.name, organisation: a.organisation, ...(a.verified ? { verified: true } : {}) },
  body,
  stance: 'against',
  replies: 2,
  createdAt: at,
});
const allocation = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);
const proposal = (over: Partial<Proposal> = {}): Proposal => ({
  id: 'p1',
  boardId: 'b1',
  name: 'Forslag',
  note: '',
  author: anne,
  createdAt: at,
  origin: 'board',
  content: { catalogVersion: catalog.version, allocation, custom: [card('egen-aaaaaaaa', 'Anne (Alfa)'), card('egen-bbbbbbbb', 'Bjørn')], assumptions: [] },
  headline: { cost: 12 },
  openThreads: [copy('t1', anne, 'Annes innvending'), copy('t2', bjorn, 'Bjørns spørsmål')],
  ...over,
});
const target = { participantId: anne.participantId, threadIds: ['t1'], cardAuthor: 'Anne (Alfa)' };

describe('erasureTarget', () => {
  const comment = (threadId: string, author: Author): Comment => ({
    id: `${threadId}-c`,
    threadId,
    author,
    body: 'x',
    stance: null,
    mentions: [],
    createdAt: at,
    editedAt: null,
    removedAt: null,
    removedBy: null,
  });
  const thread = (id: string, ...authors: Author[]): Thread => ({
    id,
    boardId: 'b1',
    anchor: { kind: 'board' },
    status: 'open',
    createdAt: at,
    resolvedAt: null,
    resolvedBy: null,
    comments: authors.map((a) => comment(id, a)),
  });

  it('names the threads the participant opened (not those they only replied in) and their cards’ author text', () => {
    const threads = [thread('t1', anne, bjorn), thread('t2', bjorn, anne), thread('t3', { ...anne, name: '', organisation: '' })];
    expect(erasureTarget(anne.participantId, anne, threads)).toEqual({ participantId: anne.participantId, threadIds: ['t1', 't3'], cardAuthor: 'Anne (Alfa)' });
    expect(erasureTarget(bjorn.participantId, bjorn, threads).cardAuthor).toBe('Bjørn');
  });

  it('knows no card author once the record is blank, or without a record', () => {
    expect(erasureTarget(anne.participantId, { name: '', organisation: '' }, []).cardAuthor).toBeNull();
    expect(erasureTarget(anne.participantId, null, []).cardAuthor).toBeNull();
  });
});

describe('erasing a participant from a proposal', () => {
  it('blanks their thread copy, "saved by" and their cards, and keeps allocation, figures, thread count and everyone else', () => {
    const before = proposal();
    const erased = eraseFromProposal(before, target)!;
    expect(erased.openThreads).toEqual([{ ...copy('t1', anne, ''), stance: null, author: { name: '', organisation: '', verified: true } }, copy('t2', bjorn, 'Bjørns spørsmål')]);
    expect(erased.author).toEqual({ ...anne, name: '', organisation: '' });
    expect(erased.content.custom).toEqual([{ ...card('egen-aaaaaaaa', 'Anne (Alfa)'), author: '' }, card('egen-bbbbbbbb', 'Bjørn')]);
    expect({ ...erased, author: before.author, openThreads: before.openThreads, content: { ...erased.content, custom: before.content.custom } }).toEqual(before);
    // What the stores write back still reads as a proposal.
    expect(proposalSchema.parse(erased)).toEqual(erased);
    expect(before.openThreads[0]!.body).toBe('Annes innvending');
  });

  it('finds nothing left the second time, and leaves a proposal holding nothing of theirs alone', () => {
    const erased = eraseFromProposal(proposal(), target)!;
    expect(proposalHolds(erased, target)).toEqual({ savedBy: false, threads: 0, cards: 0 });
    expect(eraseFromProposal(erased, target)).toBeNull();
    const bjornsOnly = proposal({ author: bjorn, openThreads: [copy('t2', bjorn, 'Bjørns spørsmål')], content: { ...proposal().content, custom: [] } });
    expect(eraseFromProposal(bjornsOnly, target)).toBeNull();
  });

  it('matches a thread copy by its thread id and "saved by" by the participant id, not by a name that happens to match', () => {
    const namesake = proposal({ author: { ...bjorn, name: 'Anne', organisation: 'Alfa' }, openThreads: [copy('t9', anne, 'En annen Anne')] });
    expect(proposalHolds(namesake, target)).toEqual({ savedBy: false, threads: 0, cards: 1 });
    expect(proposalHolds(proposal(), { ...target, cardAuthor: null })).toEqual({ savedBy: true, threads: 1, cards: 0 });
  });

  it('lists the proposals holding something of theirs with what each holds', () => {
    const other = proposal({ id: 'p2', author: bjorn, openThreads: [], content: { ...proposal().content, custom: [] } });
    expect(ownProposals([proposal(), other], target)).toEqual([{ boardId: 'b1', id: 'p1', name: 'Forslag', createdAt: at, savedBy: true, threads: 1, cards: 1 }]);
  });
});

describe('eraseCardAuthors', () => {
  it('blanks only cards with exactly that author text, and answers null when there are none or no author is known', () => {
    const cards = [card('egen-aaaaaaaa', 'Anne (Alfa)'), card('egen-bbbbbbbb', 'Anne'), card('egen-cccccccc', 'Anne (Alfa) ')];
    expect(eraseCardAuthors(cards, { cardAuthor: 'Anne (Alfa)' })).toEqual([{ ...cards[0], author: '' }, cards[1], cards[2]]);
    expect(eraseCardAuthors(cards, { cardAuthor: 'Kari' })).toBeNull();
    expect(eraseCardAuthors(cards, { cardAuthor: null })).toBeNull();
  });
});

import { expect, it } from 'vitest';
import { allocationFromTemplate } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import type { Author, Comment } from '@/lib/comments';
import type { CustomCard } from '@/lib/custom-cards';
import type { NewHistoryEntry } from '@/lib/history';
import type { Proposal, ThreadSummary } from '@/lib/proposals';
import type { RatingAnswer, RatingRound } from '@/lib/ratings';
import type { StoresHarness } from './stores.contract';

// What erasing a participant does in each store: comments, participants, removal log and
// resolutions; rating answers by whether their round was revealed; history actors and cards;
// saved proposals' copies; and a rejoin after it.

const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;
const HOSTILE = '<script>alert("x")</script> & æøå 🙂 \u0000 "quoted"';
const anne: Author = { participantId: 'anne-0001', name: 'Anne', organisation: HOSTILE, role: 'facilitator' };
const bjorn: Author = { participantId: 'bjorn-001', name: 'Bjørn', organisation: 'KS', role: 'commenter' };
const blank = (a: Author): Author => ({ ...a, name: '', organisation: '' });

const comment = (id: string, threadId: string, author: Author, over: Partial<Comment> = {}): Comment => ({
  id,
  threadId,
  author,
  body: `${author.name} skrev ${id}`,
  stance: 'for',
  mentions: [bjorn.participantId],
  createdAt: at(1),
  editedAt: null,
  removedAt: null,
  removedBy: null,
  ...over,
});
const thread = (id: string, boardId = 'b1') => ({ id, boardId, anchor: { kind: 'board' as const }, status: 'open' as const, createdAt: at(0), resolvedAt: null, resolvedBy: null });

/** The contract of erasing a participant, registered inside storesContract so that every backend runs it. */
export function ownDataStoreContract(harness: () => StoresHarness): void {
  it('lets an erased participant record take the name and organisation of a rejoin, and no other record change its name', async () => {
    const store = harness().stores.comments;
    await store.addParticipant('b1', anne, at(0));
    await store.addParticipant('b1', bjorn, at(1));
    expect(await store.addParticipant('b1', { ...anne, name: 'Annemor' }, at(2))).toBe(false);
    await store.eraseParticipant('b1', anne.participantId, at(3));
    const back = { ...anne, name: 'Anne B.', organisation: 'Bydel Øst' };
    expect(await store.addParticipant('b1', back, at(4))).toBe(true);
    // Her place in the list and her join time stay; a second join with yet another name changes nothing.
    expect(await store.listParticipants('b1')).toEqual([back, bjorn]);
    expect(await store.getParticipant('b1', anne.participantId)).toEqual({ ...back, joinedAt: at(0) });
    expect(await store.addParticipant('b1', { ...anne, name: 'Tredje' }, at(5))).toBe(false);
    expect(await store.listParticipants('b1')).toEqual([back, bjorn]);
  });

  it('reads a participant back with the time they joined, and only on their board', async () => {
    const store = harness().stores.comments;
    await store.addParticipant('b1', anne, at(3));
    await store.addParticipant('b1', anne, at(9));
    expect(await store.getParticipant('b1', anne.participantId)).toEqual({ ...anne, joinedAt: at(3) });
    expect(await store.getParticipant('b2', anne.participantId)).toBeNull();
    expect(await store.getParticipant('b1', bjorn.participantId)).toBeNull();
  });

  it('removes a participant’s comments, blanks their name wherever it is kept, leaves others and other boards alone, and does nothing new a second time', async () => {
    const store = harness().stores.comments;
    for (const p of [anne, bjorn]) await store.addParticipant('b1', p, at(0));
    await store.addParticipant('b2', anne, at(0));
    await store.createThread(thread('t1'), comment('c1', 't1', anne));
    await store.addComment('b1', comment('c2', 't1', bjorn));
    await store.addComment('b1', comment('c3', 't1', anne));
    await store.createThread(thread('t2'), comment('c4', 't2', bjorn));
    await store.createThread(thread('t3'), comment('c5', 't3', bjorn));
    await store.createThread(thread('t1', 'b2'), comment('c1', 't1', anne));
    // Anne removed one of her own before, and (as facilitator) one of Bjørn's; she resolved t2.
    await store.removeComment('b1', 'c3', anne, at(4));
    await store.removeComment('b1', 'c5', anne, at(5));
    await store.setThreadStatus('b1', 't2', 'resolved', anne, at(6));

    const erasure = await store.eraseParticipant('b1', anne.participantId, at(10));
    expect({ ...erasure, threads: [...erasure.threads].sort() }).toEqual({ removed: 1, threads: ['t1', 't2'], participant: true });

    const [t1, t2, t3] = await store.listThreads('b1');
    expect(t1!.comments).toEqual([
      comment('c1', 't1', blank(anne), { body: '', stance: null, mentions: [], removedAt: at(10) }),
      comment('c2', 't1', bjorn),
      comment('c3', 't1', blank(anne), { body: '', stance: null, mentions: [], removedAt: at(4) }),
    ]);
    expect(t2!.resolvedBy).toEqual(blank(anne));
    expect(t3!.comments).toEqual([comment('c5', 't3', bjorn, { body: '', stance: null, mentions: [], removedAt: at(5), removedBy: anne.participantId })]);
    expect(await store.listParticipants('b1')).toEqual([blank(anne), bjorn]);
    expect(await store.listRemovals('b1')).toEqual([
      { commentId: 'c3', threadId: 't1', authorId: anne.participantId, by: blank(anne), at: at(4) },
      { commentId: 'c5', threadId: 't3', authorId: bjorn.participantId, by: blank(anne), at: at(5) },
      { commentId: 'c1', threadId: 't1', authorId: anne.participantId, by: blank(anne), at: at(10) },
    ]);
    // Another board keeps its own copy of her.
    expect((await store.getThread('b2', 't1'))!.comments).toEqual([comment('c1', 't1', anne)]);
    expect(await store.listParticipants('b2')).toEqual([anne]);

    const stored = await store.listThreads('b1');
    expect(await store.eraseParticipant('b1', anne.participantId, at(20))).toEqual({ removed: 0, threads: [], participant: true });
    expect(await store.listThreads('b1')).toEqual(stored);
    expect(await store.listRemovals('b1')).toHaveLength(3);
    expect(await store.eraseParticipant('b1', 'nobody-01', at(20))).toEqual({ removed: 0, threads: [], participant: false });
    expect(await store.eraseParticipant('none', anne.participantId, at(20))).toEqual({ removed: 0, threads: [], participant: false });
  });

  it('deletes answers in rounds not revealed, cuts answers in revealed rounds loose from the person, and frees their questions to be answered again', async () => {
    const store = harness().stores.ratings;
    const round = (id: string, over: Partial<RatingRound> = {}): RatingRound => ({
      id,
      boardId: 'b1',
      proposals: [{ id: 'pa', name: 'Forslag A' }],
      anonymous: false,
      openedAt: at(0),
      revealedAt: null,
      closedAt: null,
      ...over,
    });
    const answer = (roundId: string, author: Author, over: Partial<RatingAnswer> = {}): RatingAnswer => ({
      boardId: 'b1',
      roundId,
      proposal: 'pa',
      criterion: 'beredskap',
      value: 4,
      reason: `${author.name} mener`,
      author,
      at: at(1),
      ...over,
    });
    // r1 revealed and closed, r2 closed without a reveal, r3 open; b2 has Anne too.
    for (const [id, end] of [
      ['r1', true],
      ['r2', false],
    ] as const) {
      await store.createRound(round(id));
      for (const p of [anne, bjorn]) await store.addAnswer(answer(id, p));
      await store.addAnswer(answer(id, anne, { criterion: 'kompetanse', value: null }));
      if (end) await store.revealRound('b1', id, at(2));
      await store.closeRound('b1', id, at(3));
    }
    await store.createRound(round('r3'));
    for (const p of [anne, bjorn]) await store.addAnswer(answer('r3', p));
    await store.createRound(round('r1', { boardId: 'b2' }));
    await store.addAnswer(answer('r1', anne, { boardId: 'b2' }));

    const erasure = await store.eraseParticipant('b1', anne.participantId, 'erased-standin');
    expect({ ...erasure, rounds: [...erasure.rounds].sort() }).toEqual({ removed: 3, unlinked: 2, rounds: ['r1', 'r2', 'r3'] });
    const standIn = { ...blank(anne), participantId: 'erased-standin' };
    expect(await store.listAnswers('b1', 'r1')).toEqual(
      expect.arrayContaining([answer('r1', bjorn), answer('r1', standIn, { reason: '' }), answer('r1', standIn, { criterion: 'kompetanse', value: null, reason: '' })]),
    );
    expect(await store.listAnswers('b1', 'r1')).toHaveLength(3);
    expect(await store.listAnswers('b1', 'r2')).toEqual([answer('r2', bjorn)]);
    expect(await store.listAnswers('b1', 'r3')).toEqual([answer('r3', bjorn)]);
    expect(await store.listAnswers('b2', 'r1')).toEqual([answer('r1', anne, { boardId: 'b2' })]);

    expect(await store.eraseParticipant('b1', anne.participantId, 'erased-other')).toEqual({ removed: 0, unlinked: 0, rounds: [] });
    expect(await store.listAnswers('b1', 'r1')).toHaveLength(3);
    // Her question in the open round is free again: answering it now is a new answer.
    expect(await store.addAnswer(answer('r3', anne, { value: 1 }))).toBe('added');
  });

  it('finds and erases a participant in history entries, keeping what changed and everyone else', async () => {
    const store = harness().stores.history;
    const start = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);
    const actor = (a: Author) => ({ participantId: a.participantId, name: a.name, organisation: a.organisation, role: 'editor' as const });
    const entry = (minute: number, actors: NewHistoryEntry['actors']): NewHistoryEntry => ({
      at: at(minute),
      actors,
      changes: [{ kind: 'move', card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }],
      allocation: start,
      custom: [],
    });
    await store.appendHistory('b1', entry(0, []));
    await store.appendHistory('b1', entry(1, [actor(anne), actor(bjorn)]));
    await store.appendHistory('b1', entry(2, [actor(bjorn)]));
    await store.appendHistory('b1', entry(3, [actor(anne)]));
    await store.appendHistory('b2', entry(1, [actor(anne)]));

    expect((await store.historyNaming('b1', anne.participantId)).map((e) => e.seq)).toEqual([2, 4]);
    expect(await store.eraseActor('b1', anne.participantId)).toBe(2);
    const erased = { participantId: null, name: '', organisation: '', role: 'editor' as const };
    expect(await store.listHistory('b1')).toEqual([
      { ...entry(0, []), seq: 1 },
      { ...entry(1, [erased, actor(bjorn)]), seq: 2 },
      { ...entry(2, [actor(bjorn)]), seq: 3 },
      { ...entry(3, [erased]), seq: 4 },
    ]);
    expect(await store.historyNaming('b1', anne.participantId)).toEqual([]);
    expect(await store.eraseActor('b1', anne.participantId)).toBe(0);
    expect(await store.listHistory('b2')).toEqual([{ ...entry(1, [actor(anne)]), seq: 1 }]);
  });

  it('finds and blanks a participant’s custom cards in history entries by their author text, with actors erased in the same pass', async () => {
    const store = harness().stores.history;
    const start = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);
    const card = (id: string, author: string): CustomCard => ({ id, name: `Kort ${id}`, cost: 5, author, note: '', baselineKind: 'kommune' });
    const mine = card('egen-aaaaaaaa', `Anne (${HOSTILE})`);
    const entry = (minute: number, custom: CustomCard[], actors: NewHistoryEntry['actors'] = []): NewHistoryEntry => ({ at: at(minute), actors, changes: [], allocation: start, custom });
    const editor = { participantId: anne.participantId, name: anne.name, organisation: anne.organisation, role: 'editor' as const };
    await store.appendHistory('b1', entry(0, []));
    await store.appendHistory('b1', entry(1, [mine, card('egen-bbbbbbbb', 'Bjørn (KS)')], [editor]));
    await store.appendHistory('b1', entry(2, [card('egen-bbbbbbbb', 'Bjørn (KS)'), card('egen-cccccccc', 'Anne')]));
    await store.appendHistory('b1', entry(3, [mine]));

    expect((await store.historyNaming('b1', anne.participantId, mine.author)).map((e) => e.seq)).toEqual([2, 4]);
    expect((await store.historyNaming('b1', 'nobody-01', mine.author)).map((e) => e.seq)).toEqual([2, 4]);
    expect(await store.eraseActor('b1', anne.participantId, mine.author)).toBe(2);
    const [, second, third, fourth] = await store.listHistory('b1');
    expect(second!.custom).toEqual([{ ...mine, author: '' }, card('egen-bbbbbbbb', 'Bjørn (KS)')]);
    expect(second!.actors).toEqual([{ participantId: null, name: '', organisation: '', role: 'editor' }]);
    expect(third!.custom).toEqual([card('egen-bbbbbbbb', 'Bjørn (KS)'), card('egen-cccccccc', 'Anne')]);
    expect(fourth!.custom).toEqual([{ ...mine, author: '' }]);
    expect(await store.historyNaming('b1', anne.participantId, mine.author)).toEqual([]);
    expect(await store.eraseActor('b1', anne.participantId, mine.author)).toBe(0);
  });

  it('erases a participant from saved proposals: their thread copies, "saved by" and card authors, leaving the rest and other boards', async () => {
    const store = harness().stores.proposals;
    const start = allocationFromTemplate(catalog.templates.find((t) => t.id === 'dagens-ordning')!, catalog);
    const copy = (id: string, a: Author, body: string): ThreadSummary => ({ id, anchor: { kind: 'card', id: 'legevakt' }, author: { name: a.name, organisation: a.organisation }, body, stance: 'against', replies: 1, createdAt: at(1) });
    const cardAuthor = `Anne (${HOSTILE})`;
    const proposal = (id: string, boardId: string, author: Author, openThreads: ThreadSummary[]): Proposal => ({
      id,
      boardId,
      name: `Forslag ${id}`,
      note: '',
      author,
      createdAt: at(2),
      origin: 'board',
      content: {
        catalogVersion: catalog.version,
        allocation: start,
        custom: [{ id: 'egen-aaaaaaaa', name: 'Eget', cost: 7, author: cardAuthor, note: '', baselineKind: 'kommune' }],
        assumptions: [],
      },
      headline: { 'cost:total': 10 },
      openThreads,
    });
    const byAnne = proposal('pa', 'b1', anne, [copy('t1', anne, 'Annes innvending'), copy('t2', bjorn, 'Bjørns innvending')]);
    const byBjorn = proposal('pb', 'b1', bjorn, [copy('t2', bjorn, 'Bjørns innvending')]);
    const elsewhere = proposal('pa', 'b2', anne, [copy('t1', anne, 'Annes innvending')]);
    for (const p of [byAnne, byBjorn, elsewhere]) await store.createProposal(p);

    const target = { participantId: anne.participantId, threadIds: ['t1'], cardAuthor };
    expect(await store.eraseParticipant('b1', target)).toEqual(['pa', 'pb']);
    const blankCard = [{ ...byAnne.content.custom[0]!, author: '' }];
    expect(await store.listProposals('b1')).toEqual([
      {
        ...byAnne,
        author: blank(anne),
        openThreads: [{ ...copy('t1', anne, ''), stance: null, author: { name: '', organisation: '' } }, copy('t2', bjorn, 'Bjørns innvending')],
        content: { ...byAnne.content, custom: blankCard },
      },
      { ...byBjorn, content: { ...byBjorn.content, custom: blankCard } },
    ]);
    expect(await store.getProposal('b2', 'pa')).toEqual(elsewhere);
    expect(await store.eraseParticipant('b1', target)).toEqual([]);
    expect(await store.eraseParticipant('none', target)).toEqual([]);
  });
}

import { describe, expect, it } from 'vitest';
import type { Author, Comment, Thread } from './comments';
import type { CustomCard } from './custom-cards';
import type { HistoryEntry } from './history';
import { blankPerson, collectOwnData, eraseActor, eraseRequestSchema, isErasedName, ownDataSchema, shownName } from './own-data';
import type { RatingAnswer, RatingRound } from './ratings';

const anne: Author = { participantId: 'anne-0001', name: 'Anne', organisation: 'Alfa', role: 'editor' };
const bjorn: Author = { participantId: 'bjorn-001', name: 'Bjørn', organisation: 'Beta', role: 'commenter' };
const at = (minute: number) => `2025-03-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

const comment = (id: string, threadId: string, author: Author, over: Partial<Comment> = {}): Comment => ({
  id,
  threadId,
  author,
  body: `${author.name}: ${id}`,
  stance: null,
  mentions: [],
  createdAt: at(1),
  editedAt: null,
  removedAt: null,
  removedBy: null,
  ...over,
});
const thread = (id: string, anchor: Thread['anchor'], comments: Comment[]): Thread => ({ id, boardId: 'b1', anchor, status: 'open', createdAt: at(0), resolvedAt: null, resolvedBy: null, comments });
const round = (id: string, revealedAt: string | null, closedAt: string | null = null): RatingRound => ({
  id,
  boardId: 'b1',
  proposals: [{ id: 'pa', name: 'Forslag A' }],
  anonymous: true,
  openedAt: at(0),
  revealedAt,
  closedAt,
});
const answer = (roundId: string, author: Author, value: number | null): RatingAnswer => ({ boardId: 'b1', roundId, proposal: 'pa', criterion: 'beredskap', value, reason: `${author.name} mener`, author, at: at(2) });
const card = (id: string, author: string): CustomCard => ({ id, name: `Kort ${id}`, author, note: '', baselineKind: 'kommune' });
const entry = (seq: number, actors: HistoryEntry['actors'], custom: CustomCard[] = [], boardId = 'b1') => ({ boardId, seq, at: at(seq), actors, changes: [], custom });
const actor = (a: Author) => ({ participantId: a.participantId, name: a.name, organisation: a.organisation, role: a.role });

describe('collectOwnData', () => {
  const sources = {
    participant: { ...anne, joinedAt: at(0) },
    threads: [
      thread('t1', { kind: 'board' }, [comment('c1', 't1', anne, { stance: 'for' }), comment('c2', 't1', bjorn), comment('c3', 't1', anne, { removedAt: at(5), body: '' })]),
      thread('t2', { kind: 'card', id: 'legevakt' }, [comment('c4', 't2', bjorn), comment('c5', 't2', anne, { editedAt: at(3) })]),
    ],
    rounds: [
      { round: round('r1', at(4), at(6)), answers: [answer('r1', anne, 5), answer('r1', bjorn, 1)] },
      { round: round('r2', null), answers: [answer('r2', bjorn, 2), answer('r2', anne, null)] },
    ],
    history: [entry(1, []), entry(2, [actor(bjorn), actor(anne)]), entry(3, [actor(bjorn)]), entry(1, [], [card('egen-aaaaaaaa', 'Anne (Alfa)')], 'g1'), entry(4, [], [card('egen-bbbbbbbb', 'Bjørn (Beta)')])],
    proposals: [
      { boardId: 'b1', id: 'p1', name: 'Forslag', createdAt: at(7), savedBy: true, threads: 0, cards: 0 },
      { boardId: 'b1', id: 'p2', name: 'Tomt', createdAt: at(8), savedBy: false, threads: 0, cards: 0 },
    ],
    cards: [{ boardId: 'b1', id: 'egen-aaaaaaaa', name: 'Kort egen-aaaaaaaa' }],
    target: { participantId: anne.participantId, threadIds: ['t1'], cardAuthor: 'Anne (Alfa)' },
    email: { boardId: 'b1', participantId: anne.participantId, address: 'anne@example.no', lang: 'en' as const, instant: false, digest: true, confirmedAt: at(9), createdAt: at(8) },
    notifications: [
      { id: 'n2', boardId: 'b1', kind: 'answer' as const, threadId: 't2', commentId: 'c4', anchor: { kind: 'card' as const, id: 'legevakt' }, actor: actor(bjorn), excerpt: 'Bjørn: c4', createdAt: at(4), readAt: null },
      { id: 'n1', boardId: 'b1', kind: 'mention' as const, threadId: 't1', commentId: 'c2', anchor: { kind: 'board' as const }, actor: actor(bjorn), excerpt: 'Bjørn: c2', createdAt: at(2), readAt: at(3) },
    ],
    emails: { pending: 1, sent: 2, skipped: 0, failed: 0 },
  };

  it('gathers the caller’s comments with their thread and anchor, removed ones included, and no one else’s', () => {
    const data = collectOwnData('b1', anne.participantId, sources);
    expect(data.comments).toEqual([
      { id: 'c1', threadId: 't1', anchor: { kind: 'board' }, body: 'Anne: c1', stance: 'for', createdAt: at(1), editedAt: null, removedAt: null },
      { id: 'c3', threadId: 't1', anchor: { kind: 'board' }, body: '', stance: null, createdAt: at(1), editedAt: null, removedAt: at(5) },
      { id: 'c5', threadId: 't2', anchor: { kind: 'card', id: 'legevakt' }, body: 'Anne: c5', stance: null, createdAt: at(1), editedAt: at(3), removedAt: null },
    ]);
    expect(ownDataSchema.parse(data)).toEqual(data);
  });

  it('gathers the caller’s answers with their round’s status and whether it was revealed', () => {
    expect(collectOwnData('b1', anne.participantId, sources).answers).toEqual([
      { roundId: 'r1', status: 'closed', revealed: true, proposal: 'pa', proposalName: 'Forslag A', criterion: 'beredskap', value: 5, reason: 'Anne mener', at: at(2) },
      { roundId: 'r2', status: 'open', revealed: false, proposal: 'pa', proposalName: 'Forslag A', criterion: 'beredskap', value: null, reason: 'Anne mener', at: at(2) },
    ]);
  });

  it('lists only the history entries naming the caller or holding their card, on whichever board, and proposals that hold something of theirs', () => {
    const data = collectOwnData('b1', anne.participantId, sources);
    expect(data.history).toEqual([
      { boardId: 'b1', seq: 2, at: at(2), changes: 0 },
      { boardId: 'g1', seq: 1, at: at(1), changes: 0 },
    ]);
    expect(data.proposals.map((p) => p.id)).toEqual(['p1']);
    expect(data.cards).toEqual(sources.cards);
    expect(ownDataSchema.parse(data)).toEqual(data);
  });

  it('shows the email setting as the caller chose it, and each notification by kind, thread, time and reading, without who caused it or their text', () => {
    const data = collectOwnData('b1', anne.participantId, sources);
    expect(data.email).toEqual({ address: 'anne@example.no', confirmed: true, lang: 'en', instant: false, digest: true });
    expect(data.notifications).toEqual({
      count: 2,
      list: [
        { kind: 'answer', threadId: 't2', anchor: { kind: 'card', id: 'legevakt' }, createdAt: at(4), readAt: null },
        { kind: 'mention', threadId: 't1', anchor: { kind: 'board' }, createdAt: at(2), readAt: at(3) },
      ],
    });
    expect(JSON.stringify(data.notifications)).not.toMatch(/Bjørn/);
    expect(data.emails).toEqual({ pending: 1, sent: 2, skipped: 0, failed: 0 });
    expect(collectOwnData('b1', anne.participantId, { ...sources, email: { ...sources.email, confirmedAt: null } }).email?.confirmed).toBe(false);
    expect(ownDataSchema.parse(data)).toEqual(data);
  });

  it('gives an unknown caller everything empty', () => {
    const none = { participantId: 'nobody-01', threadIds: [], cardAuthor: null };
    const zero = { pending: 0, sent: 0, skipped: 0, failed: 0 };
    expect(collectOwnData('b1', 'nobody-01', { ...sources, participant: null, proposals: [], cards: [], target: none, email: null, notifications: [], emails: zero })).toEqual({
      boardId: 'b1',
      participantId: 'nobody-01',
      participant: null,
      comments: [],
      answers: [],
      history: [],
      proposals: [],
      cards: [],
      email: null,
      notifications: { count: 0, list: [] },
      emails: zero,
    });
  });
});

describe('erasing names', () => {
  it('blanks name and organisation and keeps the rest', () => {
    expect(blankPerson(anne)).toEqual({ participantId: 'anne-0001', name: '', organisation: '', role: 'editor' });
    expect(isErasedName(blankPerson(anne).name)).toBe(true);
    expect(isErasedName('Anne')).toBe(false);
    expect(shownName(blankPerson(anne), 'slettet deltaker')).toBe('slettet deltaker');
    expect(shownName(anne, 'slettet deltaker')).toBe('Anne');
  });

  it('erases one actor of a history entry, id included, and answers null when the entry does not name them', () => {
    expect(eraseActor([actor(bjorn), actor(anne)], anne.participantId)).toEqual([actor(bjorn), { participantId: null, name: '', organisation: '', role: 'editor' }]);
    expect(eraseActor([actor(bjorn)], anne.participantId)).toBeNull();
    expect(eraseActor([], anne.participantId)).toBeNull();
  });

  it('takes an erase request only with the confirmation word', () => {
    expect(eraseRequestSchema.safeParse({ confirm: 'erase' }).success).toBe(true);
    for (const body of [{}, { confirm: true }, { confirm: 'ERASE' }, { confirm: 'erase', who: 'bjorn-001' }, null]) {
      expect(eraseRequestSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { stanceTally, type Anchor, type Comment, type Stance, type Thread } from './comments';
import { actorOf, excerpt, EXCERPT_LENGTH, summariseInput, windowFilter } from './input-summary';

type Who = { id: string; name: string; org: string; verified?: boolean };
const kari: Who = { id: 'p-kari', name: 'Kari', org: 'Helse Vest', verified: true };
const ola: Who = { id: 'p-ola', name: 'Ola', org: ' helse  vest ' };
const per: Who = { id: 'p-per', name: 'Per', org: 'Helse Vest', verified: true };
const siri: Who = { id: 'p-siri', name: 'Siri', org: 'NAV' };
const anne: Who = { id: 'p-anne', name: 'Anne', org: '' };

let seq = 0;
const comment = (who: Who, stance: Stance | null, body: string, over: Partial<Comment> = {}): Comment => {
  seq++;
  return {
    id: `c${seq}`,
    threadId: '',
    author: { participantId: who.id, name: who.name, organisation: who.org, role: 'commenter', ...(who.verified ? { verified: true } : {}) },
    body,
    stance,
    mentions: [],
    createdAt: new Date(Date.UTC(2025, 2, 1, 10, seq)).toISOString(),
    editedAt: null,
    removedAt: null,
    removedBy: null,
    ...over,
  };
};
const thread = (id: string, anchor: Anchor, comments: Comment[], status: Thread['status'] = 'open'): Thread => ({
  id,
  boardId: 'b',
  anchor,
  status,
  createdAt: comments[0]!.createdAt,
  resolvedAt: status === 'resolved' ? comments[0]!.createdAt : null,
  resolvedBy: null,
  comments: comments.map((c) => ({ ...c, threadId: id })),
});

const legevakt: Anchor = { kind: 'card', id: 'legevakt' };
const forslagA: Anchor = { kind: 'proposal', id: 'forslagA' };

// Four organisations' worth of input: Helse Vest spelled two ways, a removed comment, a person
// without organisation, a resolved question, and Kari changing her mind on proposal A.
const threads: Thread[] = [
  thread('t1', legevakt, [comment(kari, 'for', 'Legevakt bør ligge i kommunen.'), comment(siri, 'against', '=SUM(A1) er ikke et argument'), comment(ola, 'question', 'Hva koster det?')]),
  thread('t2', legevakt, [comment(anne, 'question', 'Hvem betaler?')], 'resolved'),
  thread('t3', forslagA, [comment(kari, 'against', 'Nei.'), comment(per, 'for', 'Ja.'), comment(kari, 'for', 'Likevel ja.'), comment(kari, 'neutral', 'Men usikker.')]),
  thread('t4', forslagA, [comment(siri, 'against', 'Mot.'), comment(siri, 'for', 'fjernet', { removedAt: '2025-03-02T00:00:00.000Z' })]),
  thread('t5', { kind: 'board' }, [comment(ola, null, 'Generelt innspill.')]),
];

describe('summariseInput', () => {
  const s = summariseInput(threads, { proposals: new Map([['forslagA', 'Forslag A']]), responsibilities: [{ id: 'legevakt', name: { nb: 'Legevakt', en: 'Emergency clinic' } }] });

  it('counts the stances exactly as stanceTally does, with comments lacking a stance as none, removed ones not at all', () => {
    const { none, ...rest } = s.tally;
    expect(rest).toEqual(stanceTally(threads));
    expect(none).toBe(1);
    expect(s.comments).toBe(10);
    // The removed comment's thread still counts, through its other comment.
    expect(s.threads).toBe(5);
  });

  it('groups an organisation spelled in two ways as one actor, under its most common spelling', () => {
    const helse = s.actors.find((a) => a.key === 'org:helse vest')!;
    expect(helse.label).toBe('Helse Vest');
    expect(helse.people).toEqual(['Kari', 'Ola', 'Per']);
    expect(helse.comments).toBe(7);
    expect(helse.tally).toEqual({ for: 3, against: 1, question: 1, neutral: 1, none: 1 });
    expect(s.actors.map((a) => a.key).filter((k) => k.includes('helse'))).toHaveLength(1);
  });

  it('puts someone without an organisation under their own name, not with others', () => {
    const a = s.actors.find((x) => x.kind === 'person')!;
    expect(a).toMatchObject({ key: 'person:anne', label: 'Anne', comments: 1 });
  });

  it('marks an actor verified only when every comment came from a sign-in', () => {
    expect(s.actors.find((a) => a.label === 'Helse Vest')!.verified).toBe('some');
    expect(s.actors.find((a) => a.label === 'NAV')!.verified).toBe('none');
    const onlyKari = summariseInput(threads, { filter: (_t, c) => c.author.participantId === 'p-kari' });
    expect(onlyKari.actors[0]!.verified).toBe('all');
  });

  it('lists actors alphabetically', () => {
    expect(s.actors.map((a) => a.label)).toEqual(['Anne', 'Helse Vest', 'NAV']);
  });

  it('keeps each person’s latest for or against on a proposal, and calls an actor split when its people differ', () => {
    const helse = s.actors.find((a) => a.label === 'Helse Vest')!;
    // Kari was against, then for, then neutral: the neutral does not undo her for.
    expect(helse.proposals).toEqual([{ proposalId: 'forslagA', name: 'Forslag A', for: 2, against: 0, stance: 'for' }]);
    // Siri's later "for" was removed, so her "against" stands.
    expect(s.actors.find((a) => a.label === 'NAV')!.proposals).toEqual([{ proposalId: 'forslagA', name: 'Forslag A', for: 0, against: 1, stance: 'against' }]);
    const split = summariseInput([thread('x', forslagA, [comment(kari, 'for', 'ja'), comment(per, 'against', 'nei')])]);
    expect(split.actors[0]!.proposals[0]).toMatchObject({ for: 1, against: 1, stance: 'split' });
  });

  it('lists as open questions the question comments of threads not resolved', () => {
    expect(s.openQuestions.map((q) => [q.threadId, q.name])).toEqual([['t1', 'Ola']]);
    expect(s.actors.find((a) => a.label === 'Anne')!.openQuestions).toEqual([]);
  });

  it('sorts card anchors into responsibilities with their catalog names, the rest apart', () => {
    expect(s.responsibilities).toHaveLength(1);
    expect(s.responsibilities[0]).toMatchObject({ anchor: 'card:legevakt', name: { nb: 'Legevakt', en: 'Emergency clinic' }, comments: 4, threads: 2 });
    expect(s.responsibilities[0]!.tally).toEqual({ for: 1, against: 1, question: 2, neutral: 0, none: 0 });
    expect(s.responsibilities[0]!.actors).toEqual(['org:helse vest', 'org:nav', 'person:anne']);
    expect(s.other.map((o) => [o.anchor, o.name])).toEqual([
      ['proposal:forslagA', 'Forslag A'],
      ['board', null],
    ]);
  });

  it('groups arguments by stance with the thread to link to', () => {
    const card = s.responsibilities[0]!;
    expect(card.arguments.against.map((a) => [a.threadId, a.excerpt])).toEqual([['t1', '=SUM(A1) er ikke et argument']]);
    expect(s.actors.find((a) => a.label === 'Helse Vest')!.byAnchor['proposal:forslagA']).toEqual({ for: 2, against: 1, question: 0, neutral: 1, none: 0 });
  });

  it('counts only what the filter lets through', () => {
    const late = summariseInput(threads, { filter: windowFilter({ from: '2025-03-01T10:06:00.000Z' }) });
    expect(late.comments).toBe(threads.flatMap((t) => t.comments).filter((c) => !c.removedAt && c.createdAt >= '2025-03-01T10:06:00.000Z').length);
    expect(summariseInput(threads, { filter: () => false })).toMatchObject({ comments: 0, threads: 0, actors: [], responsibilities: [] });
  });
});

describe('actorOf and excerpt', () => {
  it('groups erased participants, who have neither name nor organisation, together', () => {
    expect(actorOf({ name: '', organisation: '' })).toEqual({ key: 'erased', kind: 'erased', spelling: '' });
    expect(actorOf({ name: 'Kari', organisation: '  ' })).toMatchObject({ key: 'person:kari' });
  });

  it('cuts a long comment at a word with an ellipsis and leaves a short one whole', () => {
    expect(excerpt('  kort\n tekst ')).toBe('kort tekst');
    const long = excerpt('ord '.repeat(200));
    expect(long.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
    expect(long.endsWith('ord…')).toBe(true);
  });
});

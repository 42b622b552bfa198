import { describe, expect, it } from 'vitest';
import type { Author, Comment, Thread } from './comments';
import { closedMessage, endsAt, isSecretariatQuestion, newConsultationSchema, parseDeadline, refusedByRound, roundFilter, timeLeft, type Consultation } from './consultation';
import { summariseInput } from './input-summary';

const T = Date.parse('2026-12-11T11:00:00Z');
const MIN = 60_000;
const round = (over: Partial<Consultation> = {}): Consultation => ({
  id: 'c1',
  boardId: 'b1',
  title: 'Høring',
  question: 'Hva mener dere?',
  proposal: null,
  questionsStayOpen: false,
  openedAt: new Date(T - 60 * MIN).toISOString(),
  deadline: new Date(T).toISOString(),
  closedAt: null,
  ...over,
});
const fasi: Author = { participantId: 'f1', name: 'Fasi', organisation: 'KS', role: 'facilitator' };
const kari: Author = { participantId: 'k1', name: 'Kari', organisation: 'Bodø', role: 'commenter' };
const comment = (author: Author, stance: Comment['stance'], removedAt: string | null = null): Comment => ({
  id: 'x',
  threadId: 't',
  author,
  body: 'tekst',
  stance,
  mentions: [],
  createdAt: '',
  editedAt: null,
  removedAt,
  removedBy: null,
});
const thread = (anchor: Thread['anchor'], first: Comment): Pick<Thread, 'anchor' | 'comments'> => ({ anchor, comments: [first, comment(kari, null)] });

describe('which threads are the secretariat’s questions', () => {
  it('is a thread opened by a facilitator with the stance "question", while that opening comment is there', () => {
    expect(isSecretariatQuestion(thread({ kind: 'board' }, comment(fasi, 'question')))).toBe(true);
    expect(isSecretariatQuestion(thread({ kind: 'board' }, comment(kari, 'question')))).toBe(false);
    expect(isSecretariatQuestion(thread({ kind: 'board' }, comment(fasi, 'for')))).toBe(false);
    expect(isSecretariatQuestion(thread({ kind: 'board' }, comment(fasi, 'question', '2026-12-01T00:00:00Z')))).toBe(false);
    // A question in a reply does not make the thread one.
    expect(isSecretariatQuestion({ comments: [comment(kari, null), comment(fasi, 'question')] })).toBe(false);
    expect(isSecretariatQuestion({ comments: [] })).toBe(false);
  });
});

describe('what a round refuses', () => {
  const boardThread = thread({ kind: 'board' }, comment(kari, 'for'));
  const question = thread({ kind: 'card', id: 'legevakt' }, comment(fasi, 'question'));
  const writes = [
    { kind: 'thread', anchor: { kind: 'level', id: 'kommune' } },
    { kind: 'reply', thread: boardThread, stance: undefined },
    { kind: 'reply', thread: boardThread, stance: 'against' },
    { kind: 'edit', thread: boardThread },
  ] as const;

  it('refuses nothing without a round, or while the round is open', () => {
    for (const w of writes) {
      expect(refusedByRound(null, w, T + MIN)).toBeNull();
      expect(refusedByRound(round(), w, T - 1)).toBeNull();
    }
  });

  it('refuses every new thread, reply, stance and edit anywhere on the board once a board round has passed its deadline', () => {
    for (const w of writes) expect(refusedByRound(round(), w, T)).toEqual({ endedAt: T });
  });

  it('ends at an early close, and says when', () => {
    const closed = round({ closedAt: new Date(T - 30 * MIN).toISOString() });
    expect(endsAt(closed)).toBe(T - 30 * MIN);
    expect(refusedByRound(closed, writes[0], T - 10 * MIN)).toEqual({ endedAt: T - 30 * MIN });
    expect(closedMessage(T - 30 * MIN)).toContain('høringen ble avsluttet fredag 11. desember kl. 11.30');
  });

  it('refuses only what is anchored on its proposal when it is a proposal round', () => {
    const r = round({ proposal: { id: 'p1', name: 'Forslag A' } });
    expect(refusedByRound(r, { kind: 'thread', anchor: { kind: 'proposal', id: 'p1' } }, T)).toEqual({ endedAt: T });
    expect(refusedByRound(r, { kind: 'reply', thread: thread({ kind: 'proposal', id: 'p1' }, comment(kari, null)), stance: undefined }, T)).toEqual({ endedAt: T });
    expect(refusedByRound(r, { kind: 'thread', anchor: { kind: 'proposal', id: 'p2' } }, T)).toBeNull();
    expect(refusedByRound(r, { kind: 'thread', anchor: { kind: 'board' } }, T)).toBeNull();
    expect(refusedByRound(r, { kind: 'reply', thread: boardThread, stance: 'for' }, T)).toBeNull();
  });

  it('keeps replies without a stance in the secretariat’s questions open only when the round says so', () => {
    const reply = { kind: 'reply', thread: question, stance: undefined } as const;
    expect(refusedByRound(round(), reply, T)).toEqual({ endedAt: T });
    const open = round({ questionsStayOpen: true });
    expect(refusedByRound(open, reply, T + 1000 * MIN)).toBeNull();
    expect(refusedByRound(open, { ...reply, stance: 'for' }, T)).toEqual({ endedAt: T });
    expect(refusedByRound(open, { kind: 'edit', thread: question }, T)).toEqual({ endedAt: T });
    expect(refusedByRound(open, { kind: 'reply', thread: boardThread, stance: undefined }, T)).toEqual({ endedAt: T });
  });
});

describe('reading a deadline from the form', () => {
  const now = Date.parse('2026-12-01T10:00:00Z');
  it('answers the instant of a Norwegian time in the future', () => {
    expect(parseDeadline({ date: '2026-12-11', time: '12:00' }, now)).toEqual({ ok: true, at: '2026-12-11T11:00:00.000Z' });
  });
  it('refuses a time now or past, one more than a year ahead, and one that never happens', () => {
    expect(parseDeadline({ date: '2026-12-01', time: '11:00' }, now)).toEqual({ ok: false, reason: 'past' });
    expect(parseDeadline({ date: '2026-11-30', time: '12:00' }, now)).toEqual({ ok: false, reason: 'past' });
    expect(parseDeadline({ date: '2028-01-01', time: '12:00' }, now)).toEqual({ ok: false, reason: 'far' });
    expect(parseDeadline({ date: '2027-03-28', time: '02:15' }, now)).toEqual({ ok: false, reason: 'invalid' });
  });
  it('trims title and question, refuses blank ones, and keeps questions closed unless asked', () => {
    const parsed = newConsultationSchema.parse({ title: '  Høring ', question: 'Hva?', deadline: { date: '2026-12-11', time: '12:00' } });
    expect(parsed).toMatchObject({ title: 'Høring', questionsStayOpen: false });
    expect(newConsultationSchema.safeParse({ title: '   ', question: 'Hva?', deadline: { date: '2026-12-11', time: '12:00' } }).success).toBe(false);
    expect(newConsultationSchema.safeParse({ title: 'T', question: 'Hva?', deadline: { date: '2026-12-11', time: '12:00' }, boardId: 'x' }).success).toBe(false);
  });
});

describe('time left as people say it', () => {
  it('goes from days to hours to minutes as the deadline nears', () => {
    expect(timeLeft(3 * 24 * 60 * MIN + 5)).toEqual({ unit: 'days', n: 3 });
    expect(timeLeft(48 * 60 * MIN)).toEqual({ unit: 'days', n: 2 });
    expect(timeLeft(47 * 60 * MIN)).toEqual({ unit: 'hours', n: 47 });
    expect(timeLeft(2 * 60 * MIN)).toEqual({ unit: 'hours', n: 2 });
    expect(timeLeft(90 * MIN)).toEqual({ unit: 'overHour', n: 1 });
    expect(timeLeft(59 * MIN)).toEqual({ unit: 'underHour', n: 1 });
    expect(timeLeft(14 * MIN + 1)).toEqual({ unit: 'minutes', n: 15 });
    expect(timeLeft(MIN)).toEqual({ unit: 'minutes', n: 1 });
    expect(timeLeft(59_999)).toEqual({ unit: 'underMinute', n: 1 });
    expect(timeLeft(0)).toEqual({ unit: 'ended', n: 0 });
    expect(timeLeft(-5)).toEqual({ unit: 'ended', n: 0 });
  });
});

describe('which comments are a round’s input', () => {
  const at = (ms: number, author: Author = kari, stance: Comment['stance'] = 'for'): Comment => ({ ...comment(author, stance), id: `c${ms}`, createdAt: new Date(ms).toISOString() });
  const full = (id: string, anchor: Thread['anchor'], comments: Comment[]): Thread => ({ id, boardId: 'b1', anchor, status: 'open', createdAt: comments[0]!.createdAt, resolvedAt: null, resolvedBy: null, comments });
  const opened = T - 60 * MIN;

  it('counts from the opening (inclusive) to the deadline (exclusive), the window the server enforces', () => {
    const keep = roundFilter(round());
    const board = { anchor: { kind: 'board' } } as const;
    expect([opened - 1, opened, T - 1, T, T + MIN].map((ms) => keep(board, at(ms)))).toEqual([false, true, true, false, false]);
  });

  it('ends at an early close, and at the new deadline once extended', () => {
    const card = { anchor: { kind: 'card', id: 'legevakt' } } as const;
    expect(roundFilter(round({ closedAt: new Date(T - 30 * MIN).toISOString() }))(card, at(T - 20 * MIN))).toBe(false);
    expect(roundFilter(round({ deadline: new Date(T + 60 * MIN).toISOString() }))(card, at(T + 20 * MIN))).toBe(true);
  });

  it('keeps to a proposal round’s proposal and counts every anchor for a board round', () => {
    const onA = { anchor: { kind: 'proposal', id: 'propA' } } as const;
    const onB = { anchor: { kind: 'proposal', id: 'propB' } } as const;
    const onCard = { anchor: { kind: 'card', id: 'legevakt' } } as const;
    const proposalRound = roundFilter(round({ proposal: { id: 'propA', name: 'A' } }));
    expect([onA, onB, onCard].map((t) => proposalRound(t, at(T - MIN)))).toEqual([true, false, false]);
    expect([onA, onB, onCard].map((t) => roundFilter(round())(t, at(T - MIN)))).toEqual([true, true, true]);
  });

  it('as the summary’s filter, tallies only the round’s comments', () => {
    const threads = [
      full('t1', { kind: 'card', id: 'legevakt' }, [at(opened - MIN, kari, 'for'), at(opened + MIN, fasi, 'against'), at(T + MIN, kari, 'question')]),
      full('t2', { kind: 'board' }, [at(T - MIN, kari, 'question')]),
      full('t3', { kind: 'board' }, [at(T + 2 * MIN, fasi, 'neutral')]),
    ];
    const s = summariseInput(threads, { filter: roundFilter(round()) });
    expect([s.comments, s.threads, s.tally]).toEqual([2, 2, { for: 0, against: 1, question: 1, neutral: 0, none: 0 }]);
    expect(s.actors.map((a) => [a.label, a.comments])).toEqual([['Bodø', 1], ['KS', 1]]);
  });
});

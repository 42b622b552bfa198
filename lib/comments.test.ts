import { describe, expect, it } from 'vitest';
import {
  anchorKey,
  anchorSchema,
  filterThreads,
  findMentions,
  newReplySchema,
  newThreadSchema,
  parseAnchorKey,
  stanceTally,
  type Anchor,
  type Comment,
  type Participant,
  type Thread,
} from './comments';

const person = (participantId: string, name: string): Participant => ({ participantId, name, organisation: '', role: 'commenter' });

const comment = (id: string, over: Partial<Comment> = {}): Comment => ({
  id,
  threadId: 't',
  author: person('p1', 'Kari'),
  body: 'x',
  stance: null,
  mentions: [],
  createdAt: '2025-01-01T00:00:00.000Z',
  editedAt: null,
  removedAt: null,
  removedBy: null,
  ...over,
});

const thread = (id: string, over: Partial<Thread> = {}): Thread => ({
  id,
  boardId: 'board1',
  anchor: { kind: 'board' },
  status: 'open',
  createdAt: '2025-01-01T00:00:00.000Z',
  resolvedAt: null,
  resolvedBy: null,
  comments: [comment(`${id}-c1`)],
  ...over,
});

describe('anchorKey and parseAnchorKey', () => {
  const anchors: Anchor[] = [
    { kind: 'board' },
    { kind: 'card', id: 'legevakt' },
    { kind: 'level', id: 'kommune' },
    { kind: 'proposal', id: 'forslag-2' },
    { kind: 'indicator', id: 'cost:kommune.total' },
    // A proposal id as the server makes them: url-safe base64, mixed case.
    { kind: 'proposal', id: 'S2FWS56inn_-' },
  ];

  it.each(anchors)('round-trips %o', (a) => {
    expect(parseAnchorKey(anchorKey(a))).toEqual(a);
  });

  it('writes the kind, then the id after a colon', () => {
    expect(anchors.map(anchorKey)).toEqual(['board', 'card:legevakt', 'level:kommune', 'proposal:forslag-2', 'indicator:cost:kommune.total', 'proposal:S2FWS56inn_-']);
  });

  it.each(['', 'board:x', 'card', 'card:', 'card:Not_A_Slug', 'nope:x', 'level:a:b', 'indicator:<script>', 'proposal:a b', 'proposal:<x>'])('refuses %j', (key) => {
    expect(parseAnchorKey(key)).toBeNull();
  });

  it('parses only known kinds in the schema', () => {
    expect(anchorSchema.safeParse({ kind: 'card', id: '../x' }).success).toBe(false);
    expect(anchorSchema.safeParse({ kind: 'person', id: 'x' }).success).toBe(false);
  });
});

describe('findMentions', () => {
  const people = [person('a', 'Kari'), person('b', 'Kari Nordmann'), person('c', 'Ola'), person('d', 'Åse Ødegård')];

  it('prefers the longest name and matches case-insensitively', () => {
    expect(findMentions('@kari nordmann og @KARI', people)).toEqual(['b', 'a']);
  });

  it('needs the name to end at a non-letter', () => {
    expect(findMentions('@Olav, @Karianne', people)).toEqual([]);
    expect(findMentions('(@Ola)', people)).toEqual(['c']);
    expect(findMentions('spør @Åse Ødegård.', people)).toEqual(['d']);
  });

  it('names each participant once, and ignores @ with no one after it', () => {
    expect(findMentions('@Ola @Ola @ @@Ola', people)).toEqual(['c']);
    expect(findMentions('no mention here', people)).toEqual([]);
    expect(findMentions('@Ola', [])).toEqual([]);
  });

  it('reaches every participant id under the mentioned name', () => {
    expect(findMentions('@Ola', [...people, person('e', 'ola')])).toEqual(['c', 'e']);
  });
});

describe('stanceTally', () => {
  it('counts stances of comments that are not removed', () => {
    const threads = [
      thread('t1', { comments: [comment('1', { stance: 'for' }), comment('2', { stance: 'against' }), comment('3')] }),
      thread('t2', { comments: [comment('4', { stance: 'for' }), comment('5', { stance: 'question', removedAt: '2025-01-02T00:00:00.000Z' })] }),
    ];
    expect(stanceTally(threads)).toEqual({ for: 2, against: 1, question: 0, neutral: 0 });
    expect(stanceTally([])).toEqual({ for: 0, against: 0, question: 0, neutral: 0 });
  });
});

describe('filterThreads', () => {
  const threads = [
    thread('t1', { anchor: { kind: 'card', id: 'legevakt' } }),
    thread('t2', { status: 'resolved', comments: [comment('x', { author: person('p2', 'Ola') })] }),
    thread('t3', { comments: [comment('y', { author: person('p3', 'Per'), removedAt: '2025-01-02T00:00:00.000Z' })] }),
  ];
  const ids = (q: Parameters<typeof filterThreads>[1]) => filterThreads(threads, q).map((t) => t.id);

  it('filters by status, anchor and participant, together or alone', () => {
    expect(ids({})).toEqual(['t1', 't2', 't3']);
    expect(ids({ status: 'open' })).toEqual(['t1', 't3']);
    expect(ids({ status: 'resolved' })).toEqual(['t2']);
    expect(ids({ anchor: 'card:legevakt' })).toEqual(['t1']);
    expect(ids({ anchor: 'board', status: 'open' })).toEqual(['t3']);
    expect(ids({ participant: 'p2' })).toEqual(['t2']);
  });

  it('does not count a removed comment as taking part', () => {
    expect(ids({ participant: 'p3' })).toEqual([]);
  });
});

describe('body schemas', () => {
  it('refuse an author field, an empty body and one over 4000 characters', () => {
    expect(newThreadSchema.safeParse({ anchor: { kind: 'board' }, body: 'hi', author: 'x' }).success).toBe(false);
    expect(newReplySchema.safeParse({ body: ' \n ' }).success).toBe(false);
    expect(newReplySchema.safeParse({ body: 'x'.repeat(4001) }).success).toBe(false);
    expect(newReplySchema.parse({ body: '<b>x</b>'.padEnd(4000, ' '), stance: 'question' }).body).toHaveLength(4000);
  });
});

import { describe, expect, it } from 'vitest';
import type { Comment, Thread } from './comments';
import { inputCsv, osloTime } from './input-csv';

const comment = (id: string, body: string, over: Partial<Comment> = {}): Comment => ({
  id,
  threadId: 't1',
  author: { participantId: 'p1', name: 'Kari', organisation: ' Helse Vest ', role: 'commenter', verified: true },
  body,
  stance: 'against',
  mentions: [],
  createdAt: '2025-07-01T12:30:00.000Z',
  editedAt: null,
  removedAt: null,
  removedBy: null,
  ...over,
});

const threads: Thread[] = [
  {
    id: 't1',
    boardId: 'b',
    anchor: { kind: 'card', id: 'legevakt' },
    status: 'open',
    createdAt: '2025-07-01T12:30:00.000Z',
    resolvedAt: null,
    resolvedBy: null,
    comments: [
      comment('c1', 'Dyrt; "for" dyrt\npå natta'),
      comment('c2', 'borte', { removedAt: '2025-07-02T00:00:00.000Z' }),
      comment('c3', '=HYPERLINK("x")', { stance: null, author: { participantId: 'p2', name: 'Ola', organisation: '', role: 'editor' }, createdAt: '2025-01-15T08:05:00.000Z' }),
    ],
  },
];

describe('inputCsv', () => {
  it('writes Bokmål with semicolons, one row per comment not removed, quoting what holds ; " or a line break', () => {
    const text = inputCsv(threads, 'nb', (a) => (a.kind === 'card' ? 'Legevakt' : null));
    expect(text.split('\r\n')).toEqual([
      'tid;aktør;navn;verifisert;ansvar_eller_anker;standpunkt;tekst;tråd;status',
      // Summer time in Oslo: UTC+2.
      '2025-07-01 14:30;Helse Vest;Kari;ja;Legevakt;mot;"Dyrt; ""for"" dyrt\npå natta";t1;åpen',
      // Winter time: UTC+1; a formula is kept as text by a leading apostrophe.
      `2025-01-15 09:05;;Ola;nei;Legevakt;;"'=HYPERLINK(""x"")";t1;åpen`,
      '',
    ]);
  });

  it('writes English with commas, and the anchor key where no label is known', () => {
    const lines = inputCsv(threads, 'en').split('\r\n');
    expect(lines[0]).toBe('time,actor,name,verified,responsibility_or_anchor,stance,text,thread,status');
    expect(lines[1]).toBe('2025-07-01 14:30,Helse Vest,Kari,yes,card:legevakt,against,"Dyrt; ""for"" dyrt\npå natta",t1,open');
  });

  it('leaves out what the filter leaves out', () => {
    expect(inputCsv(threads, 'nb', undefined, (_t, c) => c.id === 'c3').split('\r\n')).toHaveLength(3);
  });
});

describe('osloTime', () => {
  it('passes a time it cannot read through as it is', () => {
    expect(osloTime('not a time')).toBe('not a time');
  });
});

import { describe, expect, it } from 'vitest';
import type { Comment } from './comments';
import { excerptOf, groupByThread, recipientsOf } from './notifications';

const comment = (id: string, author: string, mentions: string[] = [], name = author): Comment => ({
  id,
  threadId: 't',
  author: { participantId: author, name, organisation: '', role: 'commenter' },
  body: 'x',
  stance: null,
  mentions,
  createdAt: '2025-01-15T10:00:00.000Z',
  editedAt: null,
  removedAt: null,
  removedBy: null,
});

describe('who is told of a new comment', () => {
  it('tells the mentioned of a mention and earlier writers and mentioned of an answer, each once, never the writer', () => {
    const earlier = [comment('c1', 'kari', ['per']), comment('c2', 'ola')];
    const added = comment('c3', 'ola', ['kari', 'ola', 'eva']);
    expect(recipientsOf({ comments: [...earlier, added] }, added)).toEqual([
      { participantId: 'kari', kind: 'mention' },
      { participantId: 'eva', kind: 'mention' },
      { participantId: 'per', kind: 'answer' },
    ]);
  });

  it('skips erased participants, by their blank name or as the caller says', () => {
    const earlier = [comment('c1', 'kari', [], ''), comment('c2', 'per')];
    const added = comment('c3', 'ola', ['eva']);
    expect(recipientsOf({ comments: [...earlier, added] }, added, (id) => id === 'eva')).toEqual([{ participantId: 'per', kind: 'answer' }]);
  });

  it('cuts an excerpt at a word and groups by thread in order of first appearance', () => {
    expect(excerptOf('  en  to\ntre ', 140)).toBe('en to tre');
    expect(excerptOf('ord '.repeat(50), 20)).toBe('ord ord ord ord ord …');
    expect(groupByThread([{ threadId: 'b' }, { threadId: 'a' }, { threadId: 'b' }]).map((g) => [g.threadId, g.items.length])).toEqual([['b', 2], ['a', 1]]);
  });
});

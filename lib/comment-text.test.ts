import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findMentions } from './comments';
import { insertMention, matchParticipants, mentionQuery, tokenizeComment } from './comment-text';

const kari = { participantId: 'p-kari-0001', name: 'Kari', organisation: 'KS', role: 'editor' as const };
const kariN = { participantId: 'p-karin-002', name: 'Kari Nordmann', organisation: 'Oslo kommune', role: 'commenter' as const };
const ola = { participantId: 'p-ola-00003', name: 'Ola', organisation: '', role: 'viewer' as const };
const people = [kari, kariN, ola];

describe('tokenizeComment', () => {
  it('keeps markup as literal text', () => {
    const body = '<script>alert(1)</script><b>x</b>';
    expect(tokenizeComment(body, people)).toEqual([{ kind: 'text', text: body }]);
  });

  it('finds http and https links and leaves other schemes as text', () => {
    expect(tokenizeComment('Se https://lovdata.no/lov og javascript:alert(1) eller http://x.no.', [])).toEqual([
      { kind: 'text', text: 'Se ' },
      { kind: 'link', text: 'https://lovdata.no/lov', href: 'https://lovdata.no/lov' },
      { kind: 'text', text: ' og javascript:alert(1) eller ' },
      { kind: 'link', text: 'http://x.no', href: 'http://x.no' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps a closing bracket that belongs to the URL and drops the sentence’s', () => {
    const pieces = tokenizeComment('(se https://no.wikipedia.org/wiki/Fastlege_(ordning))', []);
    expect(pieces[1]).toEqual({ kind: 'link', text: 'https://no.wikipedia.org/wiki/Fastlege_(ordning)', href: 'https://no.wikipedia.org/wiki/Fastlege_(ordning)' });
    expect(pieces[2]).toEqual({ kind: 'text', text: ')' });
  });

  it('ends a link at quotes and angle brackets', () => {
    expect(tokenizeComment('<https://a.no/x>"', [])[1]).toEqual({ kind: 'link', text: 'https://a.no/x', href: 'https://a.no/x' });
    expect(tokenizeComment('«https://a.no»', [])[1]).toMatchObject({ kind: 'link', href: 'https://a.no' });
  });

  it('does not link a bare scheme', () => {
    expect(tokenizeComment('https:// alene', [])).toEqual([{ kind: 'text', text: 'https:// alene' }]);
  });

  it('highlights known participants, longest name first, case-insensitively', () => {
    expect(tokenizeComment('Hei @kari nordmann og @Kari, ikke @Karianne eller @Per.', people)).toEqual([
      { kind: 'text', text: 'Hei ' },
      { kind: 'mention', text: '@kari nordmann', participantId: kariN.participantId },
      { kind: 'text', text: ' og ' },
      { kind: 'mention', text: '@Kari', participantId: kari.participantId },
      { kind: 'text', text: ', ikke @Karianne eller @Per.' },
    ]);
  });

  it('keeps line breaks in text pieces', () => {
    expect(tokenizeComment('a\n\n@Ola\nb', people)).toEqual([
      { kind: 'text', text: 'a\n\n' },
      { kind: 'mention', text: '@Ola', participantId: ola.participantId },
      { kind: 'text', text: '\nb' },
    ]);
  });

  it('highlights what the server records as mentioned', () => {
    const body = '@Ola, @Kari Nordmann og @Kari: se https://x.no';
    const mentioned = tokenizeComment(body, people).flatMap((p) => (p.kind === 'mention' ? [p.participantId] : []));
    expect(new Set(mentioned)).toEqual(new Set(findMentions(body, people)));
  });

  it('gives the body back exactly when the pieces are joined', () => {
    const alphabet = fc.constantFrom('a', ' ', '\n', '@', 'Kari', 'Ola', 'https://', 'x.no', '(', ')', '.', '<b>', 'æ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (parts) => {
        const body = parts.join('');
        const pieces = tokenizeComment(body, people);
        expect(pieces.map((p) => p.text).join('')).toBe(body);
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
        for (const p of pieces) if (p.kind === 'link') expect(p.href).toMatch(/^https?:\/\/\S/);
      }),
    );
  });
});

describe('mentionQuery', () => {
  it('finds the mention being typed before the caret', () => {
    expect(mentionQuery('Hei @Ka', 7)).toEqual({ start: 4, query: 'Ka' });
    expect(mentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionQuery('(@Kari N', 8)).toEqual({ start: 1, query: 'Kari N' });
  });

  it('ignores addresses, finished words and other lines', () => {
    expect(mentionQuery('kari@ks', 7)).toBeNull();
    expect(mentionQuery('@Kari  ', 7)).toBeNull();
    expect(mentionQuery('@Kari\nhei', 9)).toBeNull();
    expect(mentionQuery('@ hei', 5)).toBeNull();
    expect(mentionQuery('no at sign', 10)).toBeNull();
  });

  it('answers quickly for a long query that does not match', () => {
    const text = `@${'a'.repeat(60)}!`;
    const started = performance.now();
    expect(mentionQuery(text, text.length)).toBeNull();
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('matchParticipants', () => {
  it('ranks names that start with the query before later words', () => {
    const nora = { participantId: 'p-nora-0004', name: 'Nora Hansen', organisation: '', role: 'editor' as const };
    expect(matchParticipants('nor', [...people, nora]).map((p) => p.name)).toEqual(['Nora Hansen', 'Kari Nordmann']);
    expect(matchParticipants('', people).map((p) => p.name)).toEqual(['Kari', 'Kari Nordmann', 'Ola']);
    expect(matchParticipants('kari', people, 1)).toEqual([kari]);
    expect(matchParticipants('x', people)).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces the query with the name and a space, and moves the caret after it', () => {
    expect(insertMention('Hei @Ka', 4, 7, 'Kari Nordmann')).toEqual({ text: 'Hei @Kari Nordmann ', caret: 19 });
    expect(insertMention('@Ol hei', 0, 3, 'Ola')).toEqual({ text: '@Ola hei', caret: 5 });
  });
});

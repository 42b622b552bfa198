import { describe, expect, it } from 'vitest';
import { interpolate, langSchema, LANGS, translator, type Dictionary, type English } from './index';

const nb = { hello: 'Hei, {name}!', plain: 'Ingen', twice: '{a} og {b} og {a}' } as const;
const text = { nb, en: { hello: 'Hello, {name}!', plain: 'None', twice: '{a} and {b} and {a}' } } satisfies Dictionary<typeof nb>;

describe('interpolate', () => {
  it('fills every occurrence and leaves unknown placeholders visible', () => {
    expect(interpolate('{a}-{a} {b}', { a: 1 })).toBe('1-1 {b}');
  });

  it('does not read inherited properties as values', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});

describe('translator', () => {
  it('picks the language and interpolates', () => {
    expect(translator(text, 'nb')('hello', { name: 'Kari' })).toBe('Hei, Kari!');
    expect(translator(text, 'en')('hello', { name: 'Kari' })).toBe('Hello, Kari!');
    expect(translator(text, 'en')('twice', { a: 1, b: 2 })).toBe('1 and 2 and 1');
    expect(translator(text, 'en')('plain')).toBe('None');
  });

  it('reads Bokmål for English not yet registered, and English once it is', () => {
    const later: Dictionary<typeof nb> = { nb };
    const t = translator(later, 'en');
    expect(t('hello', { name: 'Kari' })).toBe('Hei, Kari!');
    later.en = { hello: 'Hello, {name}!', plain: 'None', twice: '{a} and {b} and {a}' };
    expect(t('hello', { name: 'Kari' })).toBe('Hello, Kari!');
  });

  it('checks keys and vars at the type level', () => {
    const t = translator(text, 'nb');
    // @ts-expect-error unknown key
    expect(t('missing')).toBe('missing');
    // @ts-expect-error a placeholder needs its var
    expect(t('hello')).toBe('Hei, {name}!');
    // @ts-expect-error no vars for a string without placeholders
    expect(t('plain', { name: 'x' })).toBe('Ingen');
  });

  it('rejects an English table whose keys differ from Bokmål', () => {
    // @ts-expect-error English lacks a key
    void ({ hello: 'x', plain: 'y' } satisfies English<typeof text>);
    // @ts-expect-error English has an extra key
    void ({ hello: 'x', plain: 'y', twice: 'z', extra: 'w' } satisfies English<typeof text>);
    const later: Dictionary<typeof nb> = { nb };
    // @ts-expect-error a table lacking a key cannot be registered
    later.en = { hello: 'x', plain: 'y' };
    expect(later.en).toEqual({ hello: 'x', plain: 'y' });
  });
});

describe('langSchema', () => {
  it('accepts exactly the listed languages', () => {
    for (const lang of LANGS) expect(langSchema.parse(lang)).toBe(lang);
    expect(langSchema.safeParse('nn').success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { cleanDisplayText, displayNameSchema, isVisible, optionalDisplayTextSchema } from './names';

describe('display names', () => {
  const name = displayNameSchema(60);
  const organisation = optionalDisplayTextSchema(80);

  it.each([
    ['zero-width spaces', '\u200B\u200B'],
    ['a zero-width joiner and a byte-order mark', ' \u200D\uFEFF '],
    ['word joiner and invisible operators', '\u2060\u2064'],
    ['bidi overrides and isolates', '\u202E\u2066\u2069'],
    ['left-to-right and right-to-left marks', '\u200E\u200F'],
    ['a Hangul filler and a braille blank', '\u3164\u2800'],
    ['white space', ' \u00A0\t'],
  ])('refuses a name made only of %s', (_label, text) => {
    expect(name.safeParse(text).success).toBe(false);
    // An organisation is optional: one that cleans down to nothing is no organisation, not a blank one.
    const org = organisation.safeParse(text);
    expect(org.success ? org.data : 'refused').toMatch(/^(|refused)$/);
  });

  it('strips bidi controls and surrounding space, and keeps joiners that spell something', () => {
    expect(name.parse(' Kari\u202E nordmann\u202C ')).toBe('Kari nordmann');
    expect(name.parse('\u2067Ola\u2069')).toBe('Ola');
    // ZWJ inside an emoji sequence and ZWNJ inside a word are part of the name.
    expect(name.parse('Familie 👨\u200D👩\u200D👧')).toBe('Familie 👨\u200D👩\u200D👧');
    expect(name.parse('می\u200Cخواهم')).toBe('می\u200Cخواهم');
  });

  it('counts the length after cleaning and allows an empty organisation', () => {
    expect(name.safeParse('n'.repeat(60) + '\u202E').success).toBe(true);
    expect(name.safeParse('n'.repeat(61)).success).toBe(false);
    expect(organisation.parse('')).toBe('');
    expect(organisation.parse('   ')).toBe('');
    expect(organisation.parse('\u202BKS\u202C')).toBe('KS');
    expect(organisation.safeParse('\u200B\u200B').success).toBe(false);
  });

  it('tells visible text from invisible', () => {
    expect(isVisible('a\u200B')).toBe(true);
    expect(isVisible('\u200B\u00AD\u034F')).toBe(false);
    expect(cleanDisplayText('\u202Aa\u202Cb')).toBe('ab');
  });
});

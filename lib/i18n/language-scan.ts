import type { Catalog } from '../catalog/schema';

/**
 * A coarse check that a text a person reads is in the language it claims, and names no file.
 * It looks for a few very common function words of the other language, matched as whole words:
 * one of them in a sentence is a strong sign that the sentence was never translated, while
 * names and loanwords (team, case, sykehjem) are content words and do not trip it.
 */

/** One finding: what kind of slip, and the piece of text that shows it. */
export type LanguageProblem = { kind: 'file-name' | 'raw-line-ref' | 'english-in-nb' | 'bokmal-in-en'; match: string };

// Traces of how the catalog was built: seed and research file names, their extensions, and
// "L12-34" line references, which belong in a source's locator and never in prose.
const FILE_PATTERNS: readonly RegExp[] = [
  /[\w-]+\.(?:txt|md|json|tsx?)(?![\p{L}\p{N}])/giu,
  /public-figures/gi,
  /research\//gi,
  /(?<![\p{L}\p{N}])seeds?(?![\p{L}\p{N}])/giu,
  /(?<![\p{L}\p{N}])\d{3}_[0-9a-f]{6,}/giu,
];
const LINE_REF = /(?<![\p{L}\p{N}])L\d{1,5}(?:[-–]\d{1,5})?(?![\p{L}\p{N}])/gu;

// English words that are not also Bokmål words: "at", "be", "for", "to", "men", "all", "by", "om"
// and "den" are left out because each is an everyday Bokmål word (or one in Norwegian names), and
// "a" because the UI names compared sides A and B.
const ENGLISH_WORDS = [
  'the', 'and', 'of', 'with', 'is', 'not', 'which', 'are', 'was', 'were', 'this', 'that', 'these',
  'from', 'has', 'have', 'been', 'would', 'should', 'could', 'there', 'their', 'they', 'its',
  'or', 'an', 'but', 'when', 'where', 'who', 'what', 'into', 'than', 'only', 'also', 'each', 'every',
  'on', 'in', 'about', 'between', 'without',
];

// Bokmål function words that are not also English words ("men", "den", "for" and "om" are).
const BOKMAL_WORDS = [
  'og', 'ikke', 'som', 'til', 'med', 'for å', 'av', 'er', 'det', 'på', 'eller', 'fra', 'skal', 'har',
  'blir', 'hvor', 'når', 'også', 'etter', 'mellom', 'uten', 'mot', 'kan ikke', 'dette', 'ingen', 'enn',
];

const wordsPattern = (words: readonly string[]) =>
  new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${words.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![\\p{L}\\p{N}'’-])`, 'giu');
const ENGLISH = wordsPattern(ENGLISH_WORDS);
const BOKMAL = wordsPattern(BOKMAL_WORDS);

const matches = (text: string, pattern: RegExp, kind: LanguageProblem['kind']): LanguageProblem[] =>
  [...text.matchAll(pattern)].map((m) => ({ kind, match: m[0] }));

/** File names, research traces and raw line references in any text a person reads. */
export const scanFileNames = (text: string): LanguageProblem[] => [
  ...FILE_PATTERNS.flatMap((p) => matches(text, p, 'file-name')),
  ...matches(text, LINE_REF, 'raw-line-ref'),
];

/**
 * Removes each allowed phrase (a proper name or fixed term) before the word check, and every
 * `{name}` placeholder, since a value replaces it before anyone reads the text.
 */
const without = (text: string, allowed: readonly string[]) =>
  allowed.reduce((t, phrase) => t.split(phrase).join(' '), text).replace(/\{\w+\}/g, ' ');

/** Problems in a text meant to be Bokmål: file names, and English function words outside `allowed` names. */
export const scanBokmal = (text: string, allowed: readonly string[] = []): LanguageProblem[] => [
  ...scanFileNames(text),
  ...matches(without(text, allowed), ENGLISH, 'english-in-nb'),
];

/** Problems in a text meant to be English: file names, and Bokmål function words outside `allowed` names. */
export const scanEnglish = (text: string, allowed: readonly string[] = []): LanguageProblem[] => [
  ...scanFileNames(text),
  ...matches(without(text, allowed), BOKMAL, 'bokmal-in-en'),
];

/**
 * Norwegian names an English text may carry: the acts by name, the actors, and two bodies named
 * in full. Each holds "og", "for" or "til" as part of the name, not as a Bokmål sentence.
 */
export const norwegianNames = (catalog: Catalog): string[] => [
  ...catalog.laws.flatMap((l) => [l.name, l.short]),
  ...catalog.stakeholders.flatMap((s) => [s.name, s.short]),
  'Kommunedirektørforum',
  'Helse- og omsorgsdepartementet',
  // The language switch names the other language in that language, so a Bokmål reader finds it.
  'Bytt til norsk',
];

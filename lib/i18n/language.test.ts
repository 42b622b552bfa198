/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import { sourceRegister } from '../catalog/data/source-register';
import { catalog, rawCatalog } from '../catalog';
import type { Source } from '../catalog/schema';
import { describeSource } from '../catalog/sources';
import type { Lang } from './index';
import { norwegianNames, scanBokmal, scanEnglish, type LanguageProblem } from './language-scan';
// English is registered apart from the Bokmål modules; each dictionary is scanned with it in place.
import './english';

/**
 * Everything a person reads is Bokmål, or English when switched: the UI dictionaries and the
 * catalog's texts and citations, with no file names or raw line references anywhere. The rendered
 * decision packet is checked beside it, in app/b/[id]/proposals/[pid]/packet/packet-language.test.ts.
 */

type Finding = { where: string; text: string; problems: LanguageProblem[] };

const check = (where: string, text: string, lang: Lang, allowed: readonly string[]): Finding | null => {
  const problems = lang === 'nb' ? scanBokmal(text, allowed) : scanEnglish(text, allowed);
  return problems.length > 0 ? { where, text: text.slice(0, 200), problems } : null;
};
const findings = (list: (Finding | null)[]) => list.filter((f): f is Finding => f !== null);

const EN_NAMES = norwegianNames(catalog);
// No English name or loanword the Bokmål side needs has tripped the check so far; keep it so.
const NB_NAMES: readonly string[] = [];

/** Every `{ nb, en }` text pair anywhere inside a value, with where it sits. */
function textPairs(value: unknown, at: string, into: { at: string; nb: string; en: string }[] = [], seen = new Set<object>()) {
  if (!value || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.nb === 'string' && typeof o.en === 'string') into.push({ at, nb: o.nb, en: o.en });
  else for (const [k, v] of Object.entries(o)) textPairs(v, `${at}.${k}`, into, seen);
  return into;
}

/** Every citation anywhere inside a value. */
function sources(value: unknown, into: Source[] = [], seen = new Set<object>()): Source[] {
  if (!value || typeof value !== 'object' || seen.has(value)) return into;
  seen.add(value);
  const o = value as Record<string, unknown>;
  if (typeof o.ref === 'string' && typeof o.locator === 'string') into.push({ ref: o.ref, locator: o.locator });
  else for (const v of Object.values(o)) sources(v, into, seen);
  return into;
}

// Every module, so a dictionary or a card file added later is checked without being listed here.
const I18N: Record<string, Record<string, unknown>> = import.meta.glob(['./*.ts', '!./*.test.ts', '!./index.ts', '!./catalog-names.ts', '!./language-scan.ts', '!./english.ts', '!./load-lang.ts'], { eager: true });
const DATA: Record<string, Record<string, unknown>> = import.meta.glob(['../catalog/data/*.ts', '!../catalog/data/*.test.ts'], { eager: true });

describe('the language scanner', () => {
  it('flags file names, raw line references and English in a Bokmål text', () => {
    const bad = scanBokmal('Ingen kostnad funnet (public-figures.md §1c); se 003 L4818-4821 og data/municipalities-2025.json.');
    expect(bad.map((p) => p.kind)).toEqual(['file-name', 'file-name', 'file-name', 'raw-line-ref']);
    expect(scanBokmal('No cost for birth care was found.').map((p) => p.match)).toEqual(['was']);
    expect(scanBokmal('Fastlegen følger opp etter sykehuset, også for ACT-team og FACT.')).toEqual([]);
  });

  it('flags Bokmål in an English text, except in names it is told about', () => {
    expect(scanEnglish('Tallet er ikke kildebelagt og mangler.').map((p) => p.match)).toEqual(['er', 'ikke', 'og']);
    expect(scanEnglish('The duty sits in helse- og omsorgstjenesteloven.', ['helse- og omsorgstjenesteloven'])).toEqual([]);
    expect(scanEnglish('Moved from {from} to {to}.')).toEqual([]);
  });
});

describe('the UI dictionaries', () => {
  it('are Bokmål on the nb side and English on the en side', () => {
    const list: (Finding | null)[] = [];
    let dictionaries = 0;
    for (const [file, mod] of Object.entries(I18N)) {
      for (const [name, value] of Object.entries(mod)) {
        const d = value as { nb?: Record<string, unknown>; en?: Record<string, unknown> };
        if (!d || typeof d !== 'object' || !d.nb || typeof d.nb !== 'object') continue;
        dictionaries++;
        // A dictionary whose English is not registered would otherwise pass unread.
        expect(d.en, `${file} ${name} has no English registered`).toBeTypeOf('object');
        for (const [key, text] of Object.entries(d.nb)) if (typeof text === 'string') list.push(check(`${file} ${name} nb ${key}`, text, 'nb', NB_NAMES));
        for (const [key, text] of Object.entries(d.en ?? {})) if (typeof text === 'string') list.push(check(`${file} ${name} en ${key}`, text, 'en', EN_NAMES));
      }
    }
    expect(dictionaries).toBeGreaterThanOrEqual(10);
    expect(findings(list)).toEqual([]);
  });
});

describe('the catalog', () => {
  it('writes every text pair in its two languages, with no file names', () => {
    // The register's titles are checked with the citations below.
    const data = Object.fromEntries(Object.entries(DATA).filter(([file]) => !file.endsWith('source-register.ts')));
    const pairs = textPairs({ catalog: rawCatalog, ...data }, '');
    expect(pairs.length).toBeGreaterThan(400);
    expect(findings(pairs.flatMap((p) => [check(`${p.at} nb`, p.nb, 'nb', NB_NAMES), check(`${p.at} en`, p.en, 'en', EN_NAMES)]))).toEqual([]);
  });

  it('gives names shown as they are (acts, actors, authors) in Bokmål', () => {
    const names = [
      ...rawCatalog.laws.flatMap((l) => [l.name, l.short]),
      ...rawCatalog.stakeholders.flatMap((s) => [s.name, s.short]),
      ...rawCatalog.templates.map((t) => t.author),
    ];
    expect(findings(names.map((n) => check('name', n, 'nb', NB_NAMES)))).toEqual([]);
  });

  it('cites by register title and a place a person can read, in both languages', () => {
    const cited = sources({ rawCatalog, ...DATA });
    const list = cited.flatMap((s) => {
      const nb = describeSource(s, 'nb');
      const en = describeSource(s, 'en');
      // A web locator names a Norwegian table and stays Bokmål in English too; only a seed's lines are translated.
      return [check(`${s.ref} nb`, `${nb.title}, ${nb.locator}`, 'nb', NB_NAMES), check(`${s.ref} en`, en.title, 'en', EN_NAMES)];
    });
    expect(findings(list)).toEqual([]);
    const titles = Object.entries(sourceRegister).flatMap(([ref, e]) => [check(`${ref} nb`, e.title.nb, 'nb', NB_NAMES), check(`${ref} en`, e.title.en, 'en', EN_NAMES)]);
    expect(findings(titles)).toEqual([]);
  });
});

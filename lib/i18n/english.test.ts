/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest';
import './english';
import { isLangLoaded, loadLang } from './load-lang';

type Table = Record<string, unknown>;

// Every Bokmål module and every English table, so one added later is checked without being listed.
const MODULES: Record<string, Record<string, unknown>> = import.meta.glob(['./*.ts', '!./*.test.ts', '!./english.ts', '!./load-lang.ts'], { eager: true });
const ENGLISH: Record<string, Record<string, Table>> = import.meta.glob(['./en/*.ts'], { eager: true });

const dictionaries = Object.entries(MODULES).flatMap(([file, mod]) =>
  Object.entries(mod).flatMap(([name, value]) => {
    const d = value as { nb?: unknown; en?: unknown } | null;
    return d && typeof d === 'object' && d.nb && typeof d.nb === 'object' ? [{ at: `${file} ${name}`, nb: d.nb as Table, en: d.en as Table | undefined }] : [];
  }),
);

const placeholders = (s: unknown) => (typeof s === 'string' ? [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort() : null);

describe('the English tables', () => {
  it('are all registered by importing english.ts, each with exactly its dictionary’s keys and placeholders', () => {
    expect(dictionaries.length).toBeGreaterThanOrEqual(15);
    for (const d of dictionaries) {
      expect(d.en, `${d.at} has no English`).toBeTypeOf('object');
      expect(Object.keys(d.en!).sort(), d.at).toEqual(Object.keys(d.nb).sort());
      for (const [key, text] of Object.entries(d.nb)) expect(placeholders(d.en![key]), `${d.at} ${key}`).toEqual(placeholders(text));
    }
  });

  it('each belong to a dictionary', () => {
    const tables = Object.entries(ENGLISH).flatMap(([file, mod]) => Object.entries(mod).map(([name, table]) => ({ at: `${file} ${name}`, table })));
    expect(tables).toHaveLength(dictionaries.length);
    for (const { at, table } of tables) expect(dictionaries.some((d) => d.en === table), at).toBe(true);
  });

  it('count as loaded once registered, so a page switches without fetching them again', async () => {
    expect(isLangLoaded('nb')).toBe(true);
    expect(isLangLoaded('en')).toBe(true);
    await expect(loadLang('en')).resolves.toBeUndefined();
  });
});

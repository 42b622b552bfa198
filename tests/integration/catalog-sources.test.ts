import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import type { Source } from '@/lib/catalog/schema';
import { isSeedRef, seedLineRanges } from '@/lib/catalog/sources';

/** Every place in the catalog that carries a source, with a label saying where it sits. */
function allSources(): { where: string; source: Source }[] {
  const out: { where: string; source: Source }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const o = value as Record<string, unknown>;
      if (typeof o.ref === 'string' && typeof o.locator === 'string') out.push({ where, source: o as Source });
      else for (const [k, v] of Object.entries(o)) walk(v, `${where}.${k}`);
    }
  };
  walk(catalog, 'catalog');
  return out;
}

const seedsDir = path.resolve(import.meta.dirname, '../../../shared/seeds');

describe.skipIf(!existsSync(seedsDir))('seed citations', () => {
  const lineCounts = new Map(
    readdirSync(seedsDir).map((f) => [f, readFileSync(path.join(seedsDir, f), 'utf8').split('\n').length] as const),
  );

  it('name a seed file that exists and lines inside it', () => {
    const seedSources = allSources().filter((s) => isSeedRef(s.source.ref));
    expect(seedSources.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const { where, source } of seedSources) {
      const lines = lineCounts.get(source.ref);
      if (lines === undefined) {
        problems.push(`${where}: no seed file ${source.ref}`);
        continue;
      }
      for (const [from, to] of seedLineRanges(source.locator) ?? []) {
        if (to > lines) problems.push(`${where}: ${source.ref} has ${lines} lines, cited ${from}-${to}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('point at lines that are not blank', () => {
    const problems: string[] = [];
    for (const { where, source } of allSources().filter((s) => isSeedRef(s.source.ref))) {
      const text = readFileSync(path.join(seedsDir, source.ref), 'utf8').split('\n');
      for (const [from, to] of seedLineRanges(source.locator) ?? []) {
        if (text.slice(from - 1, to).join('').trim() === '') problems.push(`${where}: ${source.ref} ${source.locator} is blank`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every non-seed source is a web address', () => {
    const other = allSources().filter((s) => !isSeedRef(s.source.ref));
    expect(other.filter((s) => !/^https?:\/\//.test(s.source.ref))).toEqual([]);
  });
});

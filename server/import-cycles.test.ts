import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '@/tests/import-graph';
import { sourceTree } from '@/tests/source-tree';

/** The project's own modules under `dirs`, tests left out. */
function sources(root: string, dirs: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((entry) => {
      const file = path.posix.join(dir, entry);
      if (statSync(path.join(root, file)).isDirectory()) return walk(file);
      return /\.tsx?$/.test(entry) && !/\.(test|d)\.tsx?$/.test(entry) ? [file] : [];
    });
  return dirs.flatMap(walk);
}

/**
 * Every set of modules that import each other at load time (type-only imports and import()
 * aside), each as the chain that closes it. Such a module can run before what it imports has
 * finished loading, and it ties layers together that should not know each other.
 */
function loadTimeCycles(root: string, dirs: string[]): string[][] {
  const { loadTimeSpecifiers, resolveLocal } = importGraph(root);
  const edges = new Map(sources(root, dirs).map((file) => [file, loadTimeSpecifiers(file).flatMap((s) => resolveLocal(file, s) ?? [])]));
  const cycles: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    const at = chain.indexOf(file);
    if (at >= 0) return void cycles.push([...chain.slice(at), file]);
    if (done.has(file)) return;
    for (const next of edges.get(file) ?? []) visit(next, [...chain, file]);
    done.add(file);
  };
  for (const file of edges.keys()) visit(file, []);
  return cycles;
}

const { root: fixture, write: source } = sourceTree('import-cycles-');

describe('load-time import cycles', () => {
  it('are found through relative and @/ imports, and type-only imports and import() close none', () => {
    source('lib/a.ts', "import { b } from './b';\nexport const a = () => b;\n");
    source('lib/b.ts', "import { c } from '@/server/c';\nexport const b = c;\n");
    source('server/c.ts', "import { a } from '../lib/a';\nexport const c = 1;\nexport const useA = () => a;\n");
    source('server/d.ts', "import type { E } from './e';\nexport type D = E;\n");
    source('server/e.ts', "import { type D } from './d';\nexport type E = D | string;\nexport const later = () => import('./d');\n");
    expect(loadTimeCycles(fixture, ['lib', 'server'])).toEqual([['lib/a.ts', 'lib/b.ts', 'server/c.ts', 'lib/a.ts']]);
  });

  it('are none in the app, lib and server', () => {
    expect(loadTimeCycles(path.resolve(import.meta.dirname, '..'), ['app', 'lib', 'server'])).toEqual([]);
  });
});

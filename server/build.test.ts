import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { requireBuild } from './build';

const roots: string[] = [];
afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

/** A project with one source file and, when asked, a build made `buildAge` seconds after it (negative: before). */
function project(buildAge?: number): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'build-check-'));
  roots.push(root);
  mkdirSync(path.join(root, 'app'));
  writeFileSync(path.join(root, 'app', 'page.tsx'), 'export default 1;');
  const source = new Date('2025-01-01T12:00:00Z');
  utimesSync(path.join(root, 'app', 'page.tsx'), source, source);
  utimesSync(path.join(root, 'app'), source, source);
  if (buildAge !== undefined) {
    mkdirSync(path.join(root, '.next'));
    writeFileSync(path.join(root, '.next', 'BUILD_ID'), 'abc');
    const builtAt = new Date(source.getTime() + buildAge * 1000);
    utimesSync(path.join(root, '.next', 'BUILD_ID'), builtAt, builtAt);
  }
  return root;
}

describe('requireBuild, for a server that never builds', () => {
  it('throws, saying to run npm run build, when there is no finished build', () => {
    expect(() => requireBuild(project(), () => undefined)).toThrow(/No finished production build .*Run `npm run build` first, then `npm run serve`/);
  });

  it('passes quietly for a build newer than the sources', () => {
    const warnings: string[] = [];
    requireBuild(project(60), (line) => warnings.push(line));
    expect(warnings).toEqual([]);
  });

  it('only warns for a build older than the sources', () => {
    const warnings: string[] = [];
    requireBuild(project(-60), (line) => warnings.push(line));
    expect(warnings).toEqual([expect.stringMatching(/older than the sources.*Run `npm run build`/)]);
  });
});

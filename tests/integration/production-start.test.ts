import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './services/ports';

/**
 * `npm run serve` and `npm start` in a copy of the project made of links to this one, with no
 * build in it and a stand-in for `next build` that leaves a mark instead of building: a real
 * build takes minutes and would replace the one this checkout may have.
 */
const REPO = process.cwd();
let root: string;
let dataDir: string;
const MARK = 'next-build-ran';

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-serve-'));
  root = path.join(base, 'project');
  dataDir = path.join(base, 'data');
  mkdirSync(path.join(root, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(REPO)) {
    if (['.next', '.git', 'data', 'node_modules'].includes(entry)) continue;
    symlinkSync(path.join(REPO, entry), path.join(root, entry));
  }
  for (const entry of readdirSync(path.join(REPO, 'node_modules'))) {
    if (entry !== 'next') symlinkSync(path.join(REPO, 'node_modules', entry), path.join(root, 'node_modules', entry));
  }
  // The project's own code resolves `next` from this checkout (links resolve to their real path);
  // only the build step runs the binary under the project root, and here that one leaves a mark.
  const bin = path.join(root, 'node_modules', 'next', 'dist', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(path.join(root, 'node_modules', 'next', 'package.json'), JSON.stringify({ name: 'next', type: 'commonjs' }));
  writeFileSync(path.join(bin, 'next'), `require('node:fs').writeFileSync(${JSON.stringify(path.join(base, MARK))}, process.argv.slice(2).join(' '));\n`);
});
afterAll(() => {
  rmSync(path.dirname(root), { recursive: true, force: true });
});

/** Runs an npm script in the linked project until it exits (or is killed after `ms`), with its output. */
async function npm(script: string, env: Record<string, string> = {}, ms = 45_000) {
  const port = await freePort();
  const child = spawn('npm', ['run', '--silent', script], {
    cwd: root,
    env: { NODE_ENV: 'production', PATH: process.env.PATH, HOME: path.dirname(root), PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), ms);
  const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
  clearTimeout(timer);
  return { code, output };
}

const built = () => existsSync(path.join(path.dirname(root), MARK));

describe('production start', () => {
  it('npm run serve without a finished build stops with what to run, never builds, and opens no data', async () => {
    const { code, output } = await npm('serve');
    expect(code).not.toBe(0);
    expect(output).toContain('No finished production build');
    expect(output).toContain('Run `npm run build` first, then `npm run serve`');
    expect(built()).toBe(false);
    expect(existsSync(path.join(root, '.next'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'boards.sqlite'))).toBe(false);
  }, 60_000);

  it('npm start in the same place does build first (so the stand-in above would have seen a build)', async () => {
    // The stand-in builds nothing, so loading the app fails afterwards; only the attempt matters here.
    await npm('start');
    expect(built()).toBe(true);
  }, 60_000);
});

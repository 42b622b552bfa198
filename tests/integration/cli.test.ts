import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyToken } from '@/server/auth/tokens';
import { openSqliteStores } from '@/server/storage/sqlite-stores';

const SECRET = 'cli-test-secret-0123456789abcdefghijklmn';
let dataDir: string;
beforeAll(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'ansvarstavla-cli-'));
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

/** Runs the CLI as `npx tsx server/cli.ts ...args` with its own data dir and secret. */
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // PORT and PUBLIC_URL would change the links' base URL.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, BOARD_SECRET: SECRET };
  delete env.PORT;
  delete env.PUBLIC_URL;
  const child = spawn('npx', ['tsx', 'server/cli.ts', ...args], { env });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

// Each run starts npx and tsx, which takes a second or two.
describe('npm run board -- create', { timeout: 60_000 }, () => {
  it('creates a board in DATA_DIR and prints its four role links', async () => {
    const { code, stdout } = await cli('create', '--title', 'Helsereform i Nordland', '--template', 'modell-2');
    expect(code).toBe(0);
    const links = [...stdout.matchAll(/^(\w+): http:\/\/localhost:3000\/b\/([a-z0-9]{12})#t=(\S+)$/gm)];
    expect(links.map((l) => l[1])).toEqual(['facilitator', 'editor', 'commenter', 'viewer']);
    const id = links[0]![2]!;
    expect(new Set(links.map((l) => l[2]))).toEqual(new Set([id]));
    expect(stdout).toContain(id);
    for (const [, role, , token] of links) {
      const verified = verifyToken(token, SECRET);
      expect(verified.ok && verified.value).toMatchObject({ b: id, r: role, k: 1 });
    }

    const stores = openSqliteStores(path.join(dataDir, 'boards.sqlite'));
    try {
      expect(await stores.boards.getBoard(id)).toMatchObject({ id, title: 'Helsereform i Nordland', template: 'modell-2', keyVersion: 1 });
    } finally {
      await stores.close();
    }
  });

  it('defaults the template to dagens-ordning', async () => {
    const { code, stdout } = await cli('create', '--title', 'Standard');
    expect(code).toBe(0);
    expect(stdout).toContain('(dagens-ordning)');
  });

  it('exits with 2 and names the valid templates for an unknown template', async () => {
    const { code, stdout, stderr } = await cli('create', '--title', 'T', '--template', 'no-such-template');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/--template must be one of dagens-ordning, .*modell-2/);
    expect(stderr).toContain('Usage: npm run board -- create');
  });

  it('exits with 2 when --title is missing, empty or has no value', async () => {
    const cases = [['create'], ['create', '--title', '  '], ['create', '--title']];
    const [none, ...runs] = await Promise.all([cli(), ...cases.map((args) => cli(...args))]);
    runs.forEach(({ code, stderr }, i) => {
      expect(code, cases[i]!.join(' ')).toBe(2);
      expect(stderr, cases[i]!.join(' ')).toMatch(/--title/);
    });
    expect(none!.code).toBe(2);
    expect(none!.stderr).toContain('"create"');
  });
});

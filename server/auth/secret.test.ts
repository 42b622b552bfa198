import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSecret } from './secret';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadSecret', () => {
  it('generates a key once and reuses it', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const first = loadSecret(undefined, dataDir);
    expect(first).toHaveLength(32);
    expect(loadSecret(undefined, dataDir).equals(first)).toBe(true);
    expect(readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim()).toBe(first.toString('hex'));
  });

  it.skipIf(process.platform === 'win32')('writes the key file with mode 0600', () => {
    loadSecret(undefined, dir);
    expect(statSync(path.join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
  });

  it('uses a configured secret and writes no file', () => {
    const configured = 'x'.repeat(32);
    expect(loadSecret(configured, dir).toString('utf8')).toBe(configured);
    expect(() => statSync(path.join(dir, 'secret.key'))).toThrow();
  });

  it('throws on a configured secret shorter than 32 characters', () => {
    expect(() => loadSecret('too-short', dir)).toThrow(/at least 32/);
  });

  it('refuses a damaged key file rather than replacing it', () => {
    writeFileSync(path.join(dir, 'secret.key'), '');
    expect(() => loadSecret(undefined, dir)).toThrow(/secret\.key/);
  });
});

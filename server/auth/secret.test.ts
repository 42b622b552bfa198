import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keysOf } from './key-ring';
import { formatKeyFile, loadSecret, parseKeyFile, rotateKeyFile } from './secret';
import { grantParticipantId, linkToken, signToken, verifyToken } from './tokens';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'secret-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const hexOf = (k: Uint8Array | string) => Buffer.from(k as Uint8Array).toString('hex');
const keyFile = () => path.join(dir, 'secret.key');

describe('loadSecret', () => {
  it('generates a key once and reuses it', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    const first = loadSecret(undefined, dataDir);
    expect(first.keys).toHaveLength(1);
    expect(first.keys[0]).toHaveLength(32);
    expect(hexOf(loadSecret(undefined, dataDir).keys[0])).toBe(hexOf(first.keys[0]));
    expect(readFileSync(path.join(dataDir, 'secret.key'), 'utf8').trim()).toBe(hexOf(first.keys[0]));
    // A file from before rotation existed names participants with its one key, as it always did.
    expect(hexOf(first.idKey)).toBe(hexOf(first.keys[0]));
  });

  it.skipIf(process.platform === 'win32')('writes the key file with mode 0600', () => {
    loadSecret(undefined, dir);
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);
  });

  it('uses a configured secret and writes no file', () => {
    const configured = 'x'.repeat(32);
    const ring = loadSecret(configured, dir);
    expect(ring.keys).toEqual([configured]);
    expect(ring.idKey).toBe(configured);
    expect(() => statSync(keyFile())).toThrow();
  });

  it('takes previous configured secrets as verifying keys, the oldest naming participants unless one is pinned', () => {
    const [a, b, c, pin] = ['a', 'b', 'c', 'p'].map((l) => l.repeat(32)) as [string, string, string, string];
    expect(loadSecret(a, dir, { previous: [b, c] })).toMatchObject({ keys: [a, b, c], idKey: c });
    expect(loadSecret(a, dir, { previous: [b], participantIds: pin })).toMatchObject({ keys: [a, b], idKey: pin });
  });

  it('throws on a configured secret shorter than 32 characters, previous ones included', () => {
    expect(() => loadSecret('too-short', dir)).toThrow(/at least 32/);
    expect(() => loadSecret('x'.repeat(32), dir, { previous: ['short'] })).toThrow(/at least 32/);
  });

  it('refuses a damaged key file rather than replacing it', () => {
    writeFileSync(keyFile(), '');
    expect(() => loadSecret(undefined, dir)).toThrow(/secret\.key/);
    writeFileSync(keyFile(), `${'a'.repeat(64)}\nnot a key\n`);
    expect(() => loadSecret(undefined, dir)).toThrow(/secret\.key/);
    writeFileSync(keyFile(), `participant-ids ${'a'.repeat(64)}\n`);
    expect(() => loadSecret(undefined, dir)).toThrow(/secret\.key/);
  });
});

describe('parseKeyFile / formatKeyFile', () => {
  it('reads keys newest first and the pinned id key, and writes the same back', () => {
    const text = `${'1'.repeat(64)}\n\n${'2'.repeat(64)}\nparticipant-ids ${'3'.repeat(64)}\n`;
    const ring = parseKeyFile(text);
    expect(keysOf(ring).map(hexOf)).toEqual(['1'.repeat(64), '2'.repeat(64)]);
    expect(hexOf(ring.idKey)).toBe('3'.repeat(64));
    expect(formatKeyFile(ring)).toBe(text.replace('\n\n', '\n'));
  });

  it('refuses two id keys', () => {
    expect(() => parseKeyFile(`${'1'.repeat(64)}\nparticipant-ids ${'3'.repeat(64)}\nparticipant-ids ${'4'.repeat(64)}\n`)).toThrow(/not a 64-digit hex key/);
  });
});

describe('rotateKeyFile', () => {
  it('puts a fresh key first: old links still verify, new ones are signed with the new key, participant ids stay', () => {
    const before = loadSecret(undefined, dir);
    const oldLink = signToken(linkToken('board-abc123', 'editor', 1), before);
    const participant = grantParticipantId('board-abc123', 'grant-0123456789', before);

    const rotated = rotateKeyFile(dir);
    const after = loadSecret(undefined, dir);
    expect(after.keys.map(hexOf)).toEqual(rotated.keys.map(hexOf));
    expect(after.keys).toHaveLength(2);
    expect(hexOf(after.keys[1]!)).toBe(hexOf(before.keys[0]));
    expect(statSync(keyFile()).mode & 0o777).toBe(0o600);

    expect(verifyToken(oldLink, after).ok).toBe(true);
    const newLink = signToken(linkToken('board-abc123', 'editor', 1), after);
    expect(verifyToken(newLink, after).ok).toBe(true);
    // Signed with the new key: the ring from before the rotation does not know it.
    expect(verifyToken(newLink, before).ok).toBe(false);
    expect(grantParticipantId('board-abc123', 'grant-0123456789', after)).toBe(participant);
  });

  it('keeps participant ids after the oldest key is dropped, and that drop revokes what only it signed', () => {
    const first = loadSecret(undefined, dir);
    const oldLink = signToken(linkToken('board-abc123', 'viewer', 1), first);
    const participant = grantParticipantId('board-abc123', 'grant-0123456789', first);
    rotateKeyFile(dir);
    // The operator deletes the old key's line; the pinned id line stays.
    const lines = readFileSync(keyFile(), 'utf8').split('\n');
    writeFileSync(keyFile(), lines.filter((l) => l !== hexOf(first.keys[0])).join('\n'));
    const dropped = loadSecret(undefined, dir);
    expect(dropped.keys).toHaveLength(1);
    expect(verifyToken(oldLink, dropped)).toMatchObject({ ok: false, errors: [{ kind: 'bad-signature' }] });
    expect(grantParticipantId('board-abc123', 'grant-0123456789', dropped)).toBe(participant);
  });

  it('refuses when there is no key file yet', () => {
    expect(() => rotateKeyFile(dir)).toThrow(/does not exist/);
  });
});

import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { keyRing, type KeyRing } from './key-ring';

const MIN_CONFIGURED_LENGTH = 32;
const STORED_KEY = /^[0-9a-f]{64}$/;
const ID_KEY_LINE = /^participant-ids ([0-9a-f]{64})$/;

/** The key file's name inside DATA_DIR. */
export const KEY_FILE = 'secret.key';

/** What the environment may say about the secret (see config.ts): the signing secret, older ones, and the id key. */
export type ConfiguredSecrets = { previous?: readonly string[]; participantIds?: string };

/**
 * The HMAC key ring for board tokens. BOARD_SECRET wins (several instances must share it), with
 * BOARD_SECRET_PREVIOUS still verifying; otherwise the ring is kept in `<dataDir>/secret.key`,
 * because a key made fresh at each start would invalidate every link and participant token on restart.
 */
export function loadSecret(configured: string | undefined, dataDir: string, more: ConfiguredSecrets = {}): KeyRing {
  // An empty value (e.g. `BOARD_SECRET=` in a compose file) counts as unset.
  if (configured !== undefined && configured !== '') {
    const all = [configured, ...(more.previous ?? []), ...(more.participantIds ? [more.participantIds] : [])];
    if (all.some((s) => s.length < MIN_CONFIGURED_LENGTH)) {
      throw new Error(`BOARD_SECRET, BOARD_SECRET_PREVIOUS and BOARD_SECRET_PARTICIPANT_IDS must each be at least ${MIN_CONFIGURED_LENGTH} characters long`);
    }
    return keyRing([configured, ...(more.previous ?? [])], more.participantIds);
  }
  const file = path.join(dataDir, KEY_FILE);
  if (!existsSync(file)) createKey(file);
  return parseKeyFile(readFileSync(file, 'utf8'), file);
}

/**
 * Reads a key file: one 64-digit hex key per line, newest first, and at most one line
 * `participant-ids <key>` naming the id key (without it, the oldest key is the id key, which is
 * what a file from before rotation existed means). Throws, naming `file`, on anything else:
 * never replace a damaged key silently, that would revoke every token without a word.
 */
export function parseKeyFile(text: string, file = KEY_FILE): KeyRing {
  const keys: Buffer[] = [];
  let idKey: Buffer | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (line === '') continue;
    const pinned = ID_KEY_LINE.exec(line);
    if (STORED_KEY.test(line)) keys.push(Buffer.from(line, 'hex'));
    else if (pinned && !idKey) idKey = Buffer.from(pinned[1]!, 'hex');
    else throw new Error(`${file} holds a line that is not a 64-digit hex key; fix or remove it`);
  }
  if (keys.length === 0) throw new Error(`${file} does not hold a 64-digit hex key; fix or remove it`);
  return keyRing(keys, idKey);
}

/** A key file's text for `ring`, newest key first, the id key always pinned so dropping the oldest key keeps participant ids. */
export function formatKeyFile(ring: KeyRing): string {
  const hex = (k: Uint8Array | string) => {
    if (typeof k === 'string') throw new Error('only a ring of raw keys can be written to a key file');
    return Buffer.from(k).toString('hex');
  };
  return `${[...ring.keys.map(hex), `participant-ids ${hex(ring.idKey)}`].join('\n')}\n`;
}

/**
 * Puts a fresh key first in `<dataDir>/secret.key`: it signs from the next start on, and every
 * key already there still verifies. Answers the new ring. The file is replaced whole (written
 * aside, then renamed), so a crash leaves the old ring or the new one, never a mix.
 */
export function rotateKeyFile(dataDir: string): KeyRing {
  const file = path.join(dataDir, KEY_FILE);
  if (!existsSync(file)) throw new Error(`${file} does not exist: start the server once to create it, or restore a backup`);
  const ring = parseKeyFile(readFileSync(file, 'utf8'), file);
  const rotated = keyRing([randomBytes(32), ...ring.keys], ring.idKey);
  writeFileAtomic(file, formatKeyFile(rotated));
  return rotated;
}

/** Writes `text` to `file` with mode 0600 through a temporary file and a rename, synced to disk. */
export function writeFileAtomic(file: string, text: string | Uint8Array): void {
  const temp = tempName(file);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, typeof text === 'string' ? Buffer.from(text, 'utf8') : text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, file);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}

const tempName = (file: string) => `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;

/**
 * Writes a complete key under a unique name, then links it into place: link fails with EEXIST
 * if another process got there first (as flag 'wx' would), and unlike writing in place, a
 * racing reader or a crash mid-write can never leave an empty or partial key behind.
 */
function createKey(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = tempName(file);
  const fd = openSync(temp, 'wx', 0o600);
  try {
    writeSync(fd, `${randomBytes(32).toString('hex')}\n`);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(temp);
  }
}

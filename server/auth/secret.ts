import { randomBytes } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const MIN_CONFIGURED_LENGTH = 32;
const STORED_KEY = /^[0-9a-f]{64}$/;

/**
 * The HMAC key for board tokens. BOARD_SECRET wins (several instances must share it);
 * otherwise a key is kept in `<dataDir>/secret.key`, because a key made fresh at each start
 * would invalidate every link and participant token on restart.
 */
export function loadSecret(configured: string | undefined, dataDir: string): Buffer {
  // An empty value (e.g. `BOARD_SECRET=` in a compose file) counts as unset.
  if (configured !== undefined && configured !== '') {
    if (configured.length < MIN_CONFIGURED_LENGTH) {
      throw new Error(`BOARD_SECRET must be at least ${MIN_CONFIGURED_LENGTH} characters long`);
    }
    return Buffer.from(configured, 'utf8');
  }
  const file = path.join(dataDir, 'secret.key');
  if (!existsSync(file)) createKey(file);
  const stored = readFileSync(file, 'utf8').trim();
  // Never replace a damaged key silently: that would revoke every token without a word.
  if (!STORED_KEY.test(stored)) throw new Error(`${file} does not hold a 64-digit hex key; fix or remove it`);
  return Buffer.from(stored, 'hex');
}

/**
 * Writes a complete key under a unique name, then links it into place: link fails with EEXIST
 * if another process got there first (as flag 'wx' would), and unlike writing in place, a
 * racing reader or a crash mid-write can never leave an empty or partial key behind.
 */
function createKey(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  writeFileSync(temp, `${randomBytes(32).toString('hex')}\n`, { flag: 'wx', mode: 0o600 });
  try {
    linkSync(temp, file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  } finally {
    unlinkSync(temp);
  }
}

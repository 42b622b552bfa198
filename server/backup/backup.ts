import { randomBytes } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '@/lib/result';
import { KEY_FILE, parseKeyFile } from '../auth/secret';
import type { Config } from '../config';
import { integrityOf, writeBackupInfo } from './backup-file';

/** What a finished backup holds. */
export type BackupSummary = { target: string; bytes: number; boards: number; keyIncluded: boolean; seconds: number };
/** Why no backup was written; `message` is for the person running the command. */
export type BackupError = { kind: 'postgres' | 'no-store' | 'no-key' | 'target' | 'exists' | 'failed'; message: string };

export type BackupOptions = {
  config: Pick<Config, 'databaseUrl' | 'databaseFile' | 'dataDir' | 'boardSecret'>;
  /** Where the backup goes; refused if it exists, unless `force`. */
  target: string;
  force: boolean;
  /** Progress lines for the operator. */
  say: (line: string) => void;
};

const fail = (kind: BackupError['kind'], message: string) => err([{ kind, message }]);
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const sizeOf = (file: string) => (existsSync(file) ? statSync(file).size : 0);

/**
 * Copies the SQLite store and its key into one backup file while the server keeps running.
 *
 * The copy is `VACUUM INTO` on a read-only connection of its own: it reads the whole database
 * inside one read transaction, so it is one consistent snapshot (everything committed before it
 * began, nothing after), and in WAL mode it neither blocks the server's writes nor waits for
 * them. SQLite's online backup API (better-sqlite3's db.backup()) copies pages in steps and
 * starts over whenever another connection writes between two steps; against a server appending
 * every edit, a large board store might never finish. VACUUM INTO also leaves out free pages.
 */
export function createBackup(opts: BackupOptions): Result<BackupSummary, BackupError> {
  const { config, say } = opts;
  if (config.databaseUrl) return fail('postgres', 'DATABASE_URL is set: the boards are in PostgreSQL, not in DATA_DIR. Back them up with pg_dump -Fc (see docs/operations.md) and keep BOARD_SECRET separately.');
  const source = config.databaseFile;
  if (!existsSync(source)) return fail('no-store', `there is no board store at ${source}: check DATA_DIR (now ${config.dataDir})`);
  const target = path.resolve(opts.target);
  const inside = path.relative(config.dataDir, target);
  if (!inside.startsWith('..') && !path.isAbsolute(inside)) return fail('target', `${target} is inside DATA_DIR: keep backups elsewhere, where they survive losing DATA_DIR`);
  if (existsSync(target) && !opts.force) return fail('exists', `${target} already exists: choose another name, or add --force to replace it`);

  const key = readKey(config);
  if (!key.ok) return key;
  const started = performance.now();
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // Created empty first (VACUUM INTO accepts an empty file) so the key never sits in a file others can read.
    closeSync(openSync(temp, 'wx', 0o600));
    say(`Copying ${source} (${mib(sizeOf(source) + sizeOf(`${source}-wal`))} with its write-ahead log) ...`);
    copyStore(source, temp);
    const boards = finishCopy(temp, key.value);
    chmodSync(temp, 0o600);
    syncFile(temp);
    const published = publish(temp, target, opts.force);
    if (!published.ok) return published;
    syncFile(path.dirname(target));
    const summary = { target, bytes: statSync(target).size, boards, keyIncluded: key.value !== null, seconds: (performance.now() - started) / 1000 };
    say(`Backup written to ${target}: ${mib(summary.bytes)}, ${boards} board${boards === 1 ? '' : 's'}, in ${summary.seconds.toFixed(1)} s.`);
    say(
      summary.keyIncluded
        ? 'It holds the secret key that signs every board link: keep it as safe as the key itself (mode 0600, encrypted off-site copies).'
        : 'BOARD_SECRET is set, so the key is NOT in this backup: keep BOARD_SECRET (and any BOARD_SECRET_PREVIOUS) yourself; without it no link from before works after a restore.',
    );
    return ok(summary);
  } catch (error) {
    return fail('failed', `the backup failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  }
}

/** secret.key's text, or null when BOARD_SECRET signs and the key is the operator's to keep. */
function readKey(config: BackupOptions['config']): Result<string | null, BackupError> {
  if (config.boardSecret) return ok(null);
  const file = path.join(config.dataDir, KEY_FILE);
  if (!existsSync(file)) return fail('no-key', `there is no ${file}: without the key no board link could be checked after a restore. Start the server once with this DATA_DIR, or put the key back first.`);
  const text = readFileSync(file, 'utf8');
  try {
    parseKeyFile(text, file);
  } catch (error) {
    return fail('no-key', error instanceof Error ? error.message : String(error));
  }
  return ok(text);
}

/** The snapshot itself; the source connection never writes (see createBackup). */
function copyStore(source: string, temp: string): void {
  const db = new Database(source, { readonly: true, fileMustExist: true });
  try {
    // The server may briefly hold a lock while it recovers or truncates the WAL.
    db.pragma('busy_timeout = 10000');
    const isBoardStore = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'boards'").get() !== undefined;
    if (!isBoardStore) throw new Error(`${source} is not a board store (it has no boards table)`);
    db.prepare('VACUUM INTO ?').run(temp);
  } finally {
    db.close();
  }
}

/** Adds the key and format to the copy and checks it whole; answers its number of boards. */
function finishCopy(temp: string, secretKey: string | null): number {
  const db = new Database(temp, { fileMustExist: true });
  try {
    writeBackupInfo(db, { createdAt: new Date().toISOString(), secretKey });
    const integrity = integrityOf(db);
    if (integrity !== 'ok') throw new Error(`the copy failed its integrity check: ${integrity}`);
    return db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM boards').get()!.n;
  } finally {
    db.close();
  }
}

/** Moves the finished file into place: rename with --force, else link, which fails if something appeared there meanwhile. */
function publish(temp: string, target: string, force: boolean): Result<true, BackupError> {
  if (force) {
    renameSync(temp, target);
    return ok(true);
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail('exists', `${target} already exists: choose another name, or add --force to replace it`);
    throw error;
  }
  return ok(true);
}

/** Flushes a file or directory entry to disk, so a crash right after cannot leave an empty backup under the final name. */
export function syncFile(file: string): void {
  const fd = openSync(file, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

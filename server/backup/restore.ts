import { randomBytes } from 'node:crypto';
import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '@/lib/result';
import { KEY_FILE, writeFileAtomic } from '../auth/secret';
import type { Config } from '../config';
import { BACKUP_TABLE, integrityOf, readBackup, type BackupFileError } from './backup-file';
import { syncFile } from './backup';

/** What a finished restore brought back. */
export type RestoreSummary = { boards: number; keyRestored: boolean; createdAt: string };
/** Why nothing was restored; `message` is for the person running the command. */
export type RestoreError = { kind: 'postgres' | 'not-empty' | 'failed' | BackupFileError['kind']; message: string };

export type RestoreOptions = {
  config: Pick<Config, 'databaseUrl' | 'databaseFile' | 'dataDir' | 'boardSecret'>;
  /** The backup file. */
  source: string;
  say: (line: string) => void;
};

const fail = (kind: RestoreError['kind'], message: string) => err([{ kind, message }]);

/**
 * Brings a backup back into an empty DATA_DIR: boards.sqlite (without the backup's own table)
 * and secret.key, both mode 0600. It refuses a DATA_DIR with anything in it, because merging
 * into or replacing a live store would lose whatever is there; empty it (or choose another)
 * first, with the server stopped.
 */
export function restoreBackup(opts: RestoreOptions): Result<RestoreSummary, RestoreError> {
  const { config, say } = opts;
  if (config.databaseUrl) return fail('postgres', 'DATABASE_URL is set: this server keeps its boards in PostgreSQL. Restore a pg_dump with pg_restore instead (see docs/operations.md).');
  const dir = config.dataDir;
  if (existsSync(dir) && (!statSync(dir).isDirectory() || readdirSync(dir).length > 0)) {
    return fail('not-empty', `DATA_DIR ${dir} is not empty: restore only into an empty directory, so nothing there is overwritten. Stop the server, move its contents away (or set DATA_DIR to a new directory), then run restore again.`);
  }
  say(`Checking ${path.resolve(opts.source)} ...`);
  const backup = readBackup(path.resolve(opts.source));
  if (!backup.ok) return backup;
  const info = backup.value;
  say(`A backup from ${info.createdAt} with ${info.boards} board${info.boards === 1 ? '' : 's'}; it ${info.secretKey === null ? 'holds no key (BOARD_SECRET was set)' : 'holds the secret key'}.`);

  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const temp = path.join(dir, `.restore.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    copyFileSync(path.resolve(opts.source), temp);
    chmodSync(temp, 0o600);
    stripBackupTable(temp);
    syncFile(temp);
    if (info.secretKey !== null) writeFileAtomic(path.join(dir, KEY_FILE), info.secretKey);
    // The store goes last: a DATA_DIR with boards.sqlite but no key would let the server make a new key.
    renameSync(temp, config.databaseFile);
    syncFile(dir);
  } catch (error) {
    return fail('failed', `the restore failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    rmSync(temp, { force: true });
    rmSync(`${temp}-journal`, { force: true });
  }
  say(`Restored ${info.boards} board${info.boards === 1 ? '' : 's'} into ${dir}.`);
  if (info.secretKey === null) say('Start the server with the BOARD_SECRET it had when the backup was made; with any other, no link from before opens a board.');
  else if (config.boardSecret) say('BOARD_SECRET is set and takes precedence over the restored secret.key: links from before open only if it is the secret they were signed with.');
  return ok({ boards: info.boards, keyRestored: info.secretKey !== null, createdAt: info.createdAt });
}

/** Removes the backup's own table from the copy, and with it every trace of the key it held. */
function stripBackupTable(file: string): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    // A rollback journal would hold the key's pages in a file of its own; this copy is a
    // temporary file that a failure discards, so it needs no journal on disk.
    db.pragma('journal_mode = MEMORY');
    db.pragma('secure_delete = ON');
    db.exec(`DROP TABLE ${BACKUP_TABLE}`);
    // Rewrites the file without the freed pages; secure_delete already zeroed them, this also shrinks it.
    db.exec('VACUUM');
    const integrity = integrityOf(db);
    if (integrity !== 'ok') throw new Error(`the restored store failed its integrity check: ${integrity}`);
  } finally {
    db.close();
  }
}

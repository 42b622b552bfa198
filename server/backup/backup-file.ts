import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'better-sqlite3';
import { err, ok, type Result } from '@/lib/result';
import { parseKeyFile } from '../auth/secret';
import { migrations } from '../storage/sqlite-migrations';

/*
 * A backup is one SQLite file: a consistent copy of boards.sqlite with one extra table,
 * BACKUP_TABLE, holding what the copy needs to be brought back (its format and, unless the
 * server's secret came from BOARD_SECRET, the text of secret.key). One file means the data and
 * the key that opens its links cannot be separated by accident, and any SQLite tool can read it.
 */

/** The table only a backup has; restore removes it. */
export const BACKUP_TABLE = 'ansvarstavla_backup';
/** The value of the `format` row; bump it when what restore must do changes. */
export const BACKUP_FORMAT = 'ansvarstavla-backup-1';

/** What a backup's own table says. `secretKey` is secret.key's text; null when the key was BOARD_SECRET's. */
export type BackupInfo = { createdAt: string; secretKey: string | null; schemaVersion: number; boards: number };

/** Why a file cannot be restored; `message` is for the person running restore. */
export type BackupFileError = { kind: 'missing' | 'not-a-backup' | 'corrupt' | 'newer'; message: string };

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Writes the backup's own table into the copy `db` (a fresh VACUUM INTO target). */
export function writeBackupInfo(db: Database.Database, info: Omit<BackupInfo, 'schemaVersion' | 'boards'>): void {
  db.exec(`CREATE TABLE ${BACKUP_TABLE} (name TEXT PRIMARY KEY, value TEXT NOT NULL)`);
  const put = db.prepare(`INSERT INTO ${BACKUP_TABLE} (name, value) VALUES (?, ?)`);
  db.transaction(() => {
    put.run('format', BACKUP_FORMAT);
    put.run('created_at', info.createdAt);
    put.run('content_sha256', contentDigest(db));
    if (info.secretKey !== null) put.run('secret_key', info.secretKey);
  })();
}

/**
 * SHA-256 over every row of every table but the backup's own. SQLite checks its file's structure,
 * not the bytes inside a row: a flipped bit in an update's data would pass integrity_check, so
 * the backup records this digest and restore recomputes it on the same file.
 */
export function contentDigest(db: Database.Database): string {
  const hash = createHash('sha256');
  const tables = db
    .prepare<[string], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != ? ORDER BY name")
    .all(BACKUP_TABLE)
    .map((t) => t.name);
  for (const table of tables) {
    hash.update(`table ${table}\n`);
    for (const row of db.prepare(`SELECT * FROM "${table.replaceAll('"', '""')}"`).raw(true).iterate() as Iterable<unknown[]>) {
      for (const value of row) {
        // Tagged with type and length, so no two different rows hash the same stream.
        const bytes = Buffer.isBuffer(value) ? value : Buffer.from(value === null ? '' : String(value), 'utf8');
        hash.update(`${value === null ? 'n' : Buffer.isBuffer(value) ? 'b' : typeof value}${bytes.length}:`);
        hash.update(bytes);
      }
      hash.update('\n');
    }
  }
  return hash.digest('hex');
}

/** 'ok', or what SQLite's full integrity check found (at most its first ten findings). */
export function integrityOf(db: Database.Database): string {
  const rows = db.pragma('integrity_check(10)') as { integrity_check: string }[];
  return rows.map((r) => r.integrity_check).join('; ');
}

/**
 * Checks that `file` is a whole, readable backup this version can restore, and answers what it
 * holds. It opens the file read-only and runs a full integrity check, so it reads every page.
 */
export function readBackup(file: string): Result<BackupInfo, BackupFileError> {
  const fail = (kind: BackupFileError['kind'], message: string) => err([{ kind, message }]);
  const header = readHeader(file);
  if (header === 'missing') return fail('missing', `${file} does not exist or cannot be read`);
  if (!header.equals(SQLITE_HEADER)) return fail('not-a-backup', `${file} is not a backup made by npm run backup (not an SQLite file)`);
  let db: Database.Database;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
  } catch (error) {
    return fail('corrupt', `${file} cannot be opened: ${error instanceof Error ? error.message : String(error)}`);
  }
  try {
    return inspect(db, file);
  } catch (error) {
    // SQLite reports damage found while reading as SQLITE_CORRUPT or SQLITE_NOTADB.
    return fail('corrupt', `${file} is damaged: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db.close();
  }
}

function inspect(db: Database.Database, file: string): Result<BackupInfo, BackupFileError> {
  const fail = (kind: BackupFileError['kind'], message: string) => err([{ kind, message }]);
  const integrity = integrityOf(db);
  if (integrity !== 'ok') return fail('corrupt', `${file} is damaged (integrity check: ${integrity})`);
  const hasTable = (name: string) => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
  if (!hasTable(BACKUP_TABLE) || !hasTable('boards')) return fail('not-a-backup', `${file} is not a backup made by npm run backup`);
  const rows = new Map(db.prepare<[], { name: string; value: string }>(`SELECT name, value FROM ${BACKUP_TABLE}`).all().map((r) => [r.name, r.value]));
  if (rows.get('format') !== BACKUP_FORMAT) return fail('newer', `${file} is a backup in a format this version does not know (${rows.get('format') ?? 'none'})`);
  if (rows.get('content_sha256') !== contentDigest(db)) return fail('corrupt', `${file} is damaged: its contents do not match the checksum taken when it was made`);
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  if (schemaVersion > migrations.length) return fail('newer', `${file} was made by a newer version of the server (schema ${schemaVersion}, this one knows ${migrations.length}); restore it with that version`);
  const secretKey = rows.get('secret_key') ?? null;
  if (secretKey !== null) {
    try {
      parseKeyFile(secretKey, `the key in ${file}`);
    } catch (error) {
      return fail('corrupt', error instanceof Error ? error.message : String(error));
    }
  }
  const boards = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM boards').get()!.n;
  return ok({ createdAt: rows.get('created_at') ?? 'unknown', secretKey, schemaVersion, boards });
}

function readHeader(file: string): Buffer | 'missing' {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return 'missing';
  }
  try {
    const header = Buffer.alloc(SQLITE_HEADER.length);
    const read = readSync(fd, header, 0, header.length, 0);
    return header.subarray(0, read);
  } catch {
    // A directory, or a read error: either way there is no backup to read here.
    return 'missing';
  } finally {
    closeSync(fd);
  }
}

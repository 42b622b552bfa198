import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCheckpointer } from './checkpointer';

const driver = createRequire(import.meta.url).resolve('better-sqlite3');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A WAL database with automatic checkpoints off, as the store opens it. */
function walDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'checkpointer-'));
  const file = path.join(dir, 'db.sqlite');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE t (v INTEGER)');
  db.pragma('wal_checkpoint(TRUNCATE)');
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return { db, file, dir };
}

/** Rows in the main database file alone, i.e. what checkpoints have copied out of the WAL. */
function rowsCheckpointed(file: string, dir: string): number {
  const copy = path.join(dir, `copy-${Math.random()}.sqlite`);
  fs.copyFileSync(file, copy);
  const db = new Database(copy, { readonly: true });
  const n = (db.prepare('SELECT COUNT(*) AS n FROM t').get() as { n: number }).n;
  db.close();
  return n;
}

async function stopBoth(cp: ReturnType<typeof startCheckpointer>, db: Database.Database) {
  await cp.stop();
  db.close();
}

describe('startCheckpointer', () => {
  it('checkpoints once the writer has gone quiet', async () => {
    const { db, file, dir } = walDatabase();
    const cp = startCheckpointer(file, driver, { pollMs: 20, quietMs: 100, maxCommits: 1000 });
    cleanups.push(() => stopBoth(cp, db));
    for (let i = 0; i < 5; i++) {
      db.prepare('INSERT INTO t VALUES (?)').run(i);
      cp.committed();
    }
    expect(rowsCheckpointed(file, dir)).toBe(0);
    await sleep(400);
    expect(rowsCheckpointed(file, dir)).toBe(5);
  });

  it('leaves a steady stream of commits alone until the commit bound is reached', async () => {
    const { db, file, dir } = walDatabase();
    const cp = startCheckpointer(file, driver, { pollMs: 20, quietMs: 200, maxCommits: 30 });
    cleanups.push(() => stopBoth(cp, db));
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // One commit every 10 ms never leaves 200 ms of quiet, so only the bound can trigger.
    for (let i = 0; i < 20; i++) {
      insert.run(i);
      cp.committed();
      await sleep(10);
    }
    expect(rowsCheckpointed(file, dir)).toBe(0);
    for (let i = 20; i < 40; i++) {
      insert.run(i);
      cp.committed();
      await sleep(10);
    }
    expect(rowsCheckpointed(file, dir)).toBeGreaterThanOrEqual(30);
  });
});

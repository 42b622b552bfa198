import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStores } from '@/server/storage/memory-stores';
import { openPgStores } from '@/server/storage/pg-stores';
import { migrations } from '@/server/storage/sqlite-migrations';
import { openSqliteStores } from '@/server/storage/sqlite-stores';
import type { Stores } from '@/server/storage/stores';
import { storesContract } from './stores.contract';
import { postgresSuiteTitle, postgresUnavailable, startPostgres, type PostgresServer } from './services/postgres';

const root = path.resolve(import.meta.dirname, '../..');
const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'stores-'));

storesContract('memory stores', async () => {
  const stores = memoryStores();
  return { stores, cleanup: () => stores.close() };
});

storesContract('SQLite stores', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'nested', 'boards.sqlite');
  let current: Stores = openSqliteStores(file);
  return {
    stores: current,
    reopen: async () => (current = openSqliteStores(file)),
    cleanup: async () => {
      await current.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
});

describe.skipIf(postgresUnavailable() !== null)(postgresSuiteTitle('PostgreSQL stores'), () => {
  let server: PostgresServer;
  let databases = 0;
  beforeAll(async () => {
    server = (await startPostgres())!;
  }, 60_000);
  afterAll(() => server?.destroy());

  // A fresh database per test; reopening opens the same one, as a restarted instance would.
  storesContract('contract', async () => {
    const url = await server.createDatabase(`contract_${++databases}`);
    let current: Stores = await openPgStores(url);
    return {
      stores: current,
      reopen: async () => (current = await openPgStores(url)),
      cleanup: () => current.close(),
    };
  });
});

// Runs in a child process: appends one update, reports once append resolved, then idles
// with the database still open so the kill lands before any orderly close or checkpoint.
const childScript = `
const { openSqliteStores } = await import(process.env.STORE_MODULE);
const stores = openSqliteStores(process.env.DB_FILE);
await stores.boards.createBoard(
  { id: 'k', title: 'Killed', template: 'standard', keyVersion: 1, createdAt: new Date().toISOString() },
  new Uint8Array([0]),
);
await stores.log.append('k', new Uint8Array([9, 8, 7]));
process.stdout.write('ok\\n');
setInterval(() => {}, 1000);
`;

/** Starts the child and resolves once it printed "ok"; rejects if it exits or stalls first. */
function runUntilOk(script: string, dbFile: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: root,
    env: {
      ...process.env,
      STORE_MODULE: pathToFileURL(path.join(root, 'server/storage/sqlite-stores.ts')).href,
      DB_FILE: dbFile,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  const ok = new Promise<void>((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => reject(new Error(`child stalled: ${err}`)), 15_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ok')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child exited with ${code}: ${err}`));
    });
  });
  return { child, ok, exited };
}

describe('SQLite stores durability', () => {
  it('keeps an acknowledged append when the process is killed with SIGKILL', async () => {
    const dir = tempDir();
    const dbFile = path.join(dir, 'boards.sqlite');
    const script = path.join(dir, 'child.mts');
    fs.writeFileSync(script, childScript);
    const { child, ok, exited } = runUntilOk(script, dbFile);
    try {
      await ok;
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');

      const stores = openSqliteStores(dbFile);
      try {
        const doc = await stores.log.load('k');
        expect(doc.updates.map((u) => Array.from(u))).toEqual([[9, 8, 7]]);
        expect((await stores.boards.getBoard('k'))?.title).toBe('Killed');
      } finally {
        await stores.close();
      }
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite migrations', () => {
  it('carries an update log written by the first schema over, in order, and appends after it', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'boards.sqlite');
    // The schema as the first release shipped it, with a log of two boards interleaved.
    const old = new Database(file);
    old.exec(`CREATE TABLE boards (id TEXT PRIMARY KEY, title TEXT NOT NULL, template TEXT NOT NULL, key_version INTEGER NOT NULL, created_at TEXT NOT NULL);
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_board_seq ON updates (board_id, seq);
      CREATE TABLE states (board_id TEXT PRIMARY KEY, data BLOB NOT NULL);
      CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);`);
    const insert = old.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)');
    for (const [board, byte] of [['a', 1], ['b', 9], ['a', 2], ['a', 3], ['b', 8]] as const) insert.run(board, Buffer.from([byte]));
    old.pragma('user_version = 1');
    old.close();

    const stores = openSqliteStores(file);
    try {
      const bytes = async (id: string) => (await stores.log.load(id)).updates.map((u) => Array.from(u));
      expect(await bytes('a')).toEqual([[1], [2], [3]]);
      expect(await bytes('b')).toEqual([[9], [8]]);
      await stores.log.append('a', new Uint8Array([4]));
      await stores.log.compact('a', new Uint8Array([0]), 2);
      expect(await bytes('a')).toEqual([[3], [4]]);
    } finally {
      await stores.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives every role of a board made before per-role keys the board's key version, so its links keep working", async () => {
    const dir = tempDir();
    const file = path.join(dir, 'boards.sqlite');
    // The schema as the fourth step left it, with a board whose one key was rotated twice.
    const db = new Database(file);
    for (const step of migrations.slice(0, 4)) db.exec(step);
    db.prepare('INSERT INTO boards (id, title, template, key_version, created_at) VALUES (?, ?, ?, ?, ?)').run('a', 'Eldre', 'standard', 3, new Date().toISOString());
    db.pragma('user_version = 4');
    db.close();

    const stores = openSqliteStores(file);
    try {
      expect(await stores.boards.getBoard('a')).toMatchObject({ keyVersion: 3, roleKeys: { facilitator: 3, editor: 3, commenter: 3, viewer: 3 } });
      expect(await stores.control.getControl('a')).toBeNull();
    } finally {
      await stores.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

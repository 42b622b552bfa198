import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './ports';
import { suiteTitle } from './skip';

/** A private PostgreSQL server for one test file: its own data directory, port and socket directory. */
export type PostgresServer = {
  /** A connection URL for `database` (default "postgres"). */
  url(database?: string): string;
  /** Creates an empty database and answers its URL. */
  createDatabase(name: string): Promise<string>;
  /** Fast shutdown (SIGINT): open sessions are ended; resolves once the server exited. */
  stop(): Promise<void>;
  /** SIGKILL, no shutdown at all; `start` recovers from the WAL. */
  kill(): void;
  /** Starts the server again on the same directory and port; resolves once it accepts connections. */
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the server and removes its directories. */
  destroy(): Promise<void>;
};

const BIN_ROOT = '/usr/lib/postgresql';
const READY_MS = 30_000;

/** The bin directory of the highest installed PostgreSQL major version that has initdb and postgres. */
function binDir(): string | null {
  if (!fs.existsSync(BIN_ROOT)) return null;
  const versions = fs
    .readdirSync(BIN_ROOT)
    .filter((v) => ['initdb', 'postgres'].every((bin) => fs.existsSync(path.join(BIN_ROOT, v, 'bin', bin))))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] ? path.join(BIN_ROOT, versions[0], 'bin') : null;
}

/**
 * Whom to run the server as: initdb and postgres refuse to run as root, so a root test run
 * uses the postgres system user (from /etc/passwd); null means "as this process".
 */
function serverUser(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  const line = fs
    .readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  const [, , uid, gid] = line?.split(':') ?? [];
  return uid && gid ? { uid: Number(uid), gid: Number(gid) } : { uid: -1, gid: -1 };
}

/** Why the PostgreSQL tests cannot run here, or null when they can. Synchronous and cheap, for describe.skipIf. */
export function postgresUnavailable(): string | null {
  if (!binDir()) return 'PostgreSQL is not installed; apt-get install postgresql';
  if (serverUser()?.uid === -1) return 'running as root, and there is no postgres system user to run PostgreSQL as';
  return null;
}

/** A suite's title, naming the reason when PostgreSQL is not available here (see suiteTitle). */
export function postgresSuiteTitle(name: string): string {
  return suiteTitle(name, postgresUnavailable());
}

/** Runs a PostgreSQL program to completion, rejecting with its output when it fails. */
function run(file: string, args: string[], options: SpawnOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} exited with ${code}: ${output}`))));
  });
}

/** Initialises a cluster in a temp directory and starts it on a free loopback port; null when unavailable. */
export async function startPostgres(): Promise<PostgresServer | null> {
  const bin = binDir();
  if (!bin || postgresUnavailable()) return null;
  const user = serverUser();
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'pg-test-'));
  const data = path.join(base, 'data');
  const sockets = path.join(base, 'sockets');
  fs.mkdirSync(sockets);
  if (user) for (const dir of [base, sockets]) fs.chownSync(dir, user.uid, user.gid);
  const as: SpawnOptions = { cwd: base, ...(user ?? {}) };

  try {
    await run(path.join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--no-locale'], as);
  } catch (e) {
    fs.rmSync(base, { recursive: true, force: true });
    throw e;
  }
  const port = await freePort();
  const url = (database = 'postgres') => `postgresql://postgres@127.0.0.1:${port}/${database}`;

  let child: ChildProcess | null = null;
  /** Settles once the last server process exited, so a new one never meets its lock file. */
  let lastExit: Promise<void> = Promise.resolve();
  const exited = (proc: ChildProcess) => proc.exitCode !== null || proc.signalCode !== null;
  const accepts = async () => {
    const client = new pg.Client({ connectionString: url() });
    // connect() rejects with a refused connection as well; this listener only keeps it from being unheard.
    client.on('error', () => undefined);
    try {
      await client.connect();
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => undefined);
    }
  };
  const start = async () => {
    await lastExit;
    let log = '';
    const args = ['-D', data, '-p', String(port), '-k', sockets, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'];
    const proc = spawn(path.join(bin, 'postgres'), args, { ...as, stdio: ['ignore', 'ignore', 'pipe'] });
    child = proc;
    lastExit = new Promise((resolve) => proc.once('exit', () => resolve()));
    proc.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    const deadline = Date.now() + READY_MS;
    while (!(await accepts())) {
      if (exited(proc)) throw new Error(`postgres exited with ${proc.exitCode ?? proc.signalCode}: ${log}`);
      if (Date.now() > deadline) throw new Error(`postgres on port ${port} did not accept connections within ${READY_MS} ms: ${log}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  const stop = async () => {
    const proc = child;
    child = null;
    if (proc && !exited(proc)) proc.kill('SIGINT');
    await lastExit;
  };
  const kill = () => {
    child?.kill('SIGKILL');
    child = null;
  };
  // A test file that ends without destroy (a failed beforeAll, an interrupted run) leaves no server.
  const onExit = () => child?.kill('SIGKILL');
  process.once('exit', onExit);

  try {
    await start();
  } catch (e) {
    kill();
    process.off('exit', onExit);
    fs.rmSync(base, { recursive: true, force: true });
    throw e;
  }
  return {
    url,
    createDatabase: async (name) => {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop,
    kill,
    start,
    restart: async () => {
      await stop();
      await start();
    },
    destroy: async () => {
      await stop();
      process.off('exit', onExit);
      fs.rmSync(base, { recursive: true, force: true });
    },
  };
}

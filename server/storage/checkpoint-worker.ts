import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type BetterSqlite3 from 'better-sqlite3';

// The checkpointer's worker thread (see checkpointer.ts, which starts it and explains why).
// It runs compiled on its own, as one file: it may import Node's modules and types, nothing of
// the project's at run time.

/** What the checkpointer hands the worker: the database, the driver to open it with, the shared commit counter and the timing. */
export type CheckpointWorkerData = {
  file: string;
  /** The resolved path of better-sqlite3, as the store loads it. */
  driver: string;
  /** One Int32 the writer adds 1 to per commit. */
  counter: SharedArrayBuffer;
  pollMs: number;
  quietMs: number;
  maxCommits: number;
};

/** What the checkpointer tells the worker: checkpoint the whole WAL, close, and report 'stopped'. */
export type CheckpointCommand = 'stop';

/** What the worker reports: a checkpoint that failed, or that it has stopped. */
export type CheckpointReport = { error: string } | 'stopped';

if (!parentPort) throw new Error('checkpoint-worker runs as a worker thread only');
const port = parentPort;
const data = workerData as CheckpointWorkerData;
const report = (r: CheckpointReport) => port.postMessage(r);

const Database = createRequire(data.driver)(data.driver) as typeof BetterSqlite3;
const db = new Database(data.file);
db.pragma('busy_timeout = 5000');
const commits = new Int32Array(data.counter);
let seen = 0;
let changedAt = Date.now();
let checkpointed = 0;

const timer = setInterval(() => {
  const now = Date.now();
  const count = Atomics.load(commits, 0);
  if (count !== seen) {
    seen = count;
    changedAt = now;
  }
  const quiet = count !== checkpointed && now - changedAt >= data.quietMs;
  if (!quiet && count - checkpointed < data.maxCommits) return;
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    checkpointed = count;
  } catch (error) {
    report({ error: String(error) });
  }
}, data.pollMs);

port.on('message', (command: CheckpointCommand) => {
  if (command !== 'stop') return;
  clearInterval(timer);
  try {
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch {
    // Nothing lost: the writer's own close checkpoints the WAL too.
  }
  db.close();
  report('stopped');
});

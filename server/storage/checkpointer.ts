import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints fsync the database, which on a busy disk stalls for milliseconds. Run on
 * the server's own connection they would land in the middle of relaying an update (the
 * fan-out benchmark's p99 showed exactly that), so the writer turns automatic checkpoints
 * off and this worker thread, with its own connection, checkpoints in the background.
 * PASSIVE never blocks the writer; readers and writers carry on during it.
 *
 * Even in the background a checkpoint's fsync slows the writer's next WAL append (the
 * file system journal is shared), so it runs only when the writer has gone quiet or the
 * WAL has taken `maxCommits` commits, never on a fixed beat in the middle of a workshop.
 * The writer counts its commits in shared memory, which costs it one atomic add.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const commits = new Int32Array(workerData.counter);
let seen = 0, changedAt = Date.now(), checkpointed = 0;
const timer = setInterval(() => {
  const now = Date.now(), count = Atomics.load(commits, 0);
  if (count !== seen) { seen = count; changedAt = now; }
  const quiet = count !== checkpointed && now - changedAt >= workerData.quietMs;
  if (!quiet && count - checkpointed < workerData.maxCommits) return;
  try { db.pragma('wal_checkpoint(PASSIVE)'); checkpointed = count; } catch (e) { parentPort.postMessage({ error: String(e) }); }
}, workerData.pollMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch (e) { /* the writer's close checkpoints too */ }
  db.close();
  parentPort.postMessage('stopped');
});
`;

export type CheckpointerOptions = { pollMs?: number; quietMs?: number; maxCommits?: number; onError?: (e: string) => void };

/** Starts background checkpoints of `file`; call committed() after each write, stop() to end. */
export function startCheckpointer(file: string, driver: string, options: CheckpointerOptions = {}) {
  const { pollMs = 250, quietMs = 1000, maxCommits = 1000, onError = () => {} } = options;
  const counter = new SharedArrayBuffer(4);
  const commits = new Int32Array(counter);
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, counter, pollMs, quietMs, maxCommits } });
  worker.unref();
  worker.on('message', (m: unknown) => {
    if (m && typeof m === 'object' && 'error' in m) onError(String((m as { error: unknown }).error));
  });
  worker.on('error', (e) => onError(String(e)));
  return {
    committed(): void {
      Atomics.add(commits, 0, 1);
    },
    stop(): Promise<void> {
      return new Promise((resolve) => {
        worker.on('message', (m: unknown) => m === 'stopped' && void worker.terminate().then(() => resolve()));
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      });
    },
  };
}

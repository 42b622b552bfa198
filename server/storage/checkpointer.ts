import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints fsync the database, which on a busy disk stalls for milliseconds. Run on
 * the server's own connection they would land in the middle of relaying an update (the
 * fan-out benchmark's p99 showed exactly that), so the writer turns automatic checkpoints
 * off and this worker thread, with its own connection, checkpoints in the background.
 * PASSIVE never blocks the writer; readers and writers carry on during it.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch (e) { parentPort.postMessage({ error: String(e) }); }
}, workerData.intervalMs);
parentPort.on('message', (m) => {
  if (m !== 'stop') return;
  clearInterval(timer);
  try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch (e) { /* the writer's close checkpoints too */ }
  db.close();
  parentPort.postMessage('stopped');
});
`;

/** Starts background checkpoints of `file` every `intervalMs`; stop() ends them. */
export function startCheckpointer(file: string, driver: string, intervalMs = 1000, onError: (e: string) => void = () => {}) {
  const worker = new Worker(WORKER, { eval: true, workerData: { file, driver, intervalMs } });
  worker.unref();
  worker.on('message', (m: unknown) => {
    if (m && typeof m === 'object' && 'error' in m) onError(String((m as { error: unknown }).error));
  });
  worker.on('error', (e) => onError(String(e)));
  return {
    stop(): Promise<void> {
      return new Promise((resolve) => {
        worker.on('message', (m: unknown) => m === 'stopped' && void worker.terminate().then(() => resolve()));
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      });
    },
  };
}

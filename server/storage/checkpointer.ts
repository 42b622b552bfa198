import { readFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { transformSync } from 'esbuild';
import type { CheckpointCommand, CheckpointReport, CheckpointWorkerData } from './checkpoint-worker';

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

export type CheckpointerOptions = { pollMs?: number; quietMs?: number; maxCommits?: number; onError?: (e: string) => void };

/** Starts background checkpoints of `file`; call committed() after each write, stop() to end. */
export function startCheckpointer(file: string, driver: string, options: CheckpointerOptions = {}) {
  const { pollMs = 250, quietMs = 1000, maxCommits = 1000, onError = () => {} } = options;
  const counter = new SharedArrayBuffer(4);
  const commits = new Int32Array(counter);
  const workerData: CheckpointWorkerData = { file, driver, counter, pollMs, quietMs, maxCommits };
  const worker = new Worker(compiledWorker(), { eval: true, workerData });
  worker.unref();
  worker.on('message', (m: CheckpointReport) => {
    if (typeof m === 'object') onError(m.error);
  });
  worker.on('error', (e) => onError(String(e)));
  return {
    committed(): void {
      Atomics.add(commits, 0, 1);
    },
    stop(): Promise<void> {
      return new Promise((resolve) => {
        worker.on('message', (m: CheckpointReport) => m === 'stopped' && void worker.terminate().then(() => resolve()));
        worker.once('exit', () => resolve());
        worker.postMessage('stop' satisfies CheckpointCommand);
      });
    },
  };
}

let workerSource: string | null = null;

/**
 * checkpoint-worker.ts as plain JavaScript, compiled once per process. A worker thread loads its
 * code with Node's own loader: tsx's does not carry over to a .ts entry on Node 20 (it fails with
 * ERR_UNKNOWN_FILE_EXTENSION) and vitest's never reaches threads. Compiling the one file with
 * esbuild (a dependency of the server already) runs the same under `npm start`, the tests, the
 * benchmark and Playwright's server, with no build step to forget; it costs about 150 ms once.
 */
function compiledWorker(): string {
  workerSource ??= transformSync(readFileSync(new URL('./checkpoint-worker.ts', import.meta.url), 'utf8'), {
    loader: 'ts',
    format: 'cjs',
    target: 'node20',
    sourcefile: 'checkpoint-worker.ts',
  }).code;
  return workerSource;
}

import { Worker } from 'node:worker_threads';
import { sleep } from './workshop-time';

const CLOSE_TIMEOUT_MS = 5000;

/**
 * A worker's first script, as plain JS: it registers tsx in the worker, then loads the TypeScript
 * entry (tsconfig paths included). On Node 20 a worker handed the .ts entry with `--import tsx`
 * in its execArgv still refuses it for its extension (ERR_UNKNOWN_FILE_EXTENSION).
 */
const bootstrap = (entry: string) =>
  `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(entry)}); });`;

/** A thread of the load generator: commands go in, reports come out, and it ends on 'close'. */
export type BenchWorker<C> = {
  /** Rejects once the thread fails: an error in it, or an exit nobody asked for. */
  failed: Promise<never>;
  command(c: C | 'close'): void;
  /** Asks the thread to tear down, waits for its 'closed' report (or a timeout), and ends it. */
  close(): Promise<void>;
};

/**
 * Starts `entry` (a module URL) as a worker with `data`. Every report but `{ type: 'closed' }` goes
 * to `onReport`; the entry sends 'closed' once it has torn down after a 'close' command.
 */
export function startBenchWorker<R extends { type: string }, C>(entry: string, data: unknown, onReport: (report: R) => void, name: string): BenchWorker<C> {
  const worker = new Worker(bootstrap(entry), { eval: true, workerData: data });
  let closing = false;
  let closed!: () => void;
  let fail!: (error: Error) => void;
  const closedP = new Promise<void>((resolve) => (closed = resolve));
  const failed = new Promise<never>((_, reject) => (fail = reject));
  // Handled here: a failure while nobody waits on the thread must not end the process.
  failed.catch(() => undefined);
  worker.on('message', (report: R) => (report.type === 'closed' ? closed() : onReport(report)));
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => {
    closed();
    if (!closing) fail(new Error(`workshop bench: the ${name} thread exited with ${code}`));
  });
  const command = (c: C | 'close') => worker.postMessage(c);
  return {
    failed,
    command,
    close: async () => {
      if (closing) return;
      closing = true;
      command('close');
      await Promise.race([closedP, sleep(CLOSE_TIMEOUT_MS)]);
      await worker.terminate();
    },
  };
}

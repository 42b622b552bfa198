import { Worker } from 'node:worker_threads';
import type { DragCommand, DragReport, DragSetup } from './workshop-drag-worker';
import type { Marks } from './workshop-marks';
import { sleep } from './workshop-time';

const ENTRY = new URL('./workshop-drag-worker.ts', import.meta.url).href;
const CLOSE_TIMEOUT_MS = 5000;

/**
 * A worker's first script, as plain JS: it registers tsx in the worker, then loads the TypeScript
 * entry (tsconfig paths included). On Node 20 a worker handed the .ts entry with `--import tsx`
 * in its execArgv still refuses it for its extension (ERR_UNKNOWN_FILE_EXTENSION).
 */
const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then(({ register }) => { register(); return import(${JSON.stringify(ENTRY)}); });`;

/** The draggers of one round, in their own thread (workshop-drag-worker.ts). */
export type DragThread = {
  /** How many draggers never synced within the join timeout. */
  synced: Promise<number>;
  /** Rejects once the thread fails: an error in it, or an exit nobody asked for. */
  failed: Promise<never>;
  drag(): void;
  stop(): void;
  /** Destroys every provider and ends the thread. */
  close(): Promise<void>;
};

/**
 * Starts the draggers' thread: its sends and its receipts go into `marks` (their times are already
 * absolute), its closes to `onClose`.
 */
export function startDragThread(setup: DragSetup, marks: Marks, onClose: (code: number) => void): DragThread {
  const worker = new Worker(bootstrap, { eval: true, workerData: setup });
  let closing = false;
  let synced!: (notJoined: number) => void;
  let closed!: () => void;
  let fail!: (error: Error) => void;
  const syncedP = new Promise<number>((resolve) => (synced = resolve));
  const closedP = new Promise<void>((resolve) => (closed = resolve));
  const failed = new Promise<never>((_, reject) => (fail = reject));
  // Handled here: a failure while nobody waits on the thread must not end the process.
  failed.catch(() => undefined);
  worker.on('message', (m: DragReport) => {
    if (m.type === 'sent') marks.send(m.mark, m.from, m.at);
    else if (m.type === 'received') marks.receive(m.mark, m.receiver, m.at);
    else if (m.type === 'close') onClose(m.code);
    else if (m.type === 'synced') synced(m.notJoined);
    else closed();
  });
  worker.on('error', (error) => fail(error));
  worker.on('exit', (code) => {
    closed();
    if (!closing) fail(new Error(`workshop bench: the draggers' thread exited with ${code}`));
  });
  const command = (c: DragCommand) => worker.postMessage(c);
  return {
    synced: syncedP,
    failed,
    drag: () => command('drag'),
    stop: () => command('stop'),
    close: async () => {
      if (closing) return;
      closing = true;
      command('close');
      await Promise.race([closedP, sleep(CLOSE_TIMEOUT_MS)]);
      await worker.terminate();
    },
  };
}

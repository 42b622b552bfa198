import type { DragCommand, DragReport, DragSetup } from './workshop-drag-worker';
import type { Marks } from './workshop-marks';
import { startBenchWorker } from './workshop-worker';

const ENTRY = new URL('./workshop-drag-worker.ts', import.meta.url).href;

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
  let synced!: (notJoined: number) => void;
  const syncedP = new Promise<number>((resolve) => (synced = resolve));
  const worker = startBenchWorker<DragReport, DragCommand>(
    ENTRY,
    setup,
    (m) => {
      if (m.type === 'sent') marks.send(m.mark, m.from, m.at);
      else if (m.type === 'received') marks.receive(m.mark, m.receiver, m.at);
      else if (m.type === 'close') onClose(m.code);
      else if (m.type === 'synced') synced(m.notJoined);
    },
    "draggers'",
  );
  return { synced: syncedP, failed: worker.failed, drag: () => worker.command('drag'), stop: () => worker.command('stop'), close: worker.close };
}

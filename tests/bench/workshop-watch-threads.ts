import type { Marks } from './workshop-marks';
import type { WatchReport, WatchSetup } from './workshop-watch-worker';
import type { Endpoint } from './workshop-watcher';
import { startBenchWorker, type BenchWorker } from './workshop-worker';

const ENTRY = new URL('./workshop-watch-worker.ts', import.meta.url).href;

/**
 * Threads the watchers are spread over. The machine this runs on has two cores, shared with the
 * server under test: two threads read side by side while the server works.
 */
export const WATCH_THREADS = 2;

export type WatchThreads = {
  /** How many watchers never joined within the join timeout. */
  joined: Promise<number>;
  /** Rejects once a thread fails. */
  failed: Promise<never>;
  close(): Promise<void>;
};

type Setup = { endpoint: Endpoint; watchers: number; presenceSample: number; joinBatch: number; joinTimeoutMs: number };

/**
 * Starts the watchers (receivers 0 to `watchers` − 1) split evenly over WATCH_THREADS threads, each
 * joining its share in batches, so that the room still fills about `joinBatch` at a time. Receipts
 * go into `marks`, presence frames inside its window are counted there, closes go to `onClose`.
 */
export function startWatchThreads(setup: Setup, marks: Marks, onClose: (code: number) => void): WatchThreads {
  const threads: BenchWorker<never>[] = [];
  const joins: Promise<number>[] = [];
  const share = Math.ceil(setup.watchers / WATCH_THREADS);
  for (let first = 0; first < setup.watchers; first += share) {
    let joined!: (notJoined: number) => void;
    joins.push(new Promise<number>((resolve) => (joined = resolve)));
    const data: WatchSetup = {
      endpoint: setup.endpoint,
      first,
      count: Math.min(share, setup.watchers - first),
      presenceSample: setup.presenceSample,
      joinBatch: Math.max(1, Math.round(setup.joinBatch / WATCH_THREADS)),
      joinTimeoutMs: setup.joinTimeoutMs,
    };
    const onReport = (m: WatchReport) => {
      if (m.type === 'joined') joined(m.notJoined);
      else if (m.type === 'close') onClose(m.code);
      else if (m.type === 'batch') {
        m.marks.forEach((mark, k) => marks.receive(mark, m.receivers[k]!, m.at[k]!));
        for (const at of m.presenceAt) if (marks.measuring(at)) marks.presenceFrames++;
      }
    };
    threads.push(startBenchWorker<WatchReport, never>(ENTRY, data, onReport, "watchers'"));
  }
  return {
    joined: Promise.all(joins).then((n) => n.reduce((a, b) => a + b, 0)),
    failed: Promise.race(threads.map((t) => t.failed)),
    close: async () => void (await Promise.all(threads.map((t) => t.close()))),
  };
}

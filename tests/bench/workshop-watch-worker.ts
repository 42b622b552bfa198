import { parentPort, workerData } from 'node:worker_threads';
import { markersIn } from './workshop-marks';
import { clock, settleWithin } from './workshop-time';
import { rawWatcher, type Endpoint, type Watcher } from './workshop-watcher';

/**
 * One thread of watchers. A move reaches every watcher at about the same moment, and one thread
 * reads their sockets one after another: with 270 watchers on one thread the last receipt of a
 * move waited for the reading of all the others, which put the generator's own queueing into every
 * server's latencies. Spread over threads, the sockets are read side by side. Receipts are timed
 * on arrival (workshop-time.ts clock, absolute across threads) and reported in batches.
 */
export type WatchSetup = {
  endpoint: Endpoint;
  /** Receiver index of this thread's first watcher; the others follow it. */
  first: number;
  count: number;
  /** Watchers with a receiver index below this also time presence (see PRESENCE_SAMPLE). */
  presenceSample: number;
  joinBatch: number;
  joinTimeoutMs: number;
};

/** Receipts since the last batch: `marks[i]` seen by `receivers[i]` at `at[i]`; and when presence frames came. */
export type WatchBatch = { type: 'batch'; marks: string[]; receivers: number[]; at: number[]; presenceAt: number[] };

export type WatchReport = { type: 'joined'; notJoined: number } | WatchBatch | { type: 'close'; code: number } | { type: 'closed' };

const BATCH_MS = 25;

const port = parentPort!;
const report = (message: WatchReport) => port.postMessage(message);
const { endpoint, first, count, presenceSample, joinBatch, joinTimeoutMs } = workerData as WatchSetup;

let batch: WatchBatch = { type: 'batch', marks: [], receivers: [], at: [], presenceAt: [] };
const flush = () => {
  if (batch.marks.length === 0 && batch.presenceAt.length === 0) return;
  report(batch);
  batch = { type: 'batch', marks: [], receivers: [], at: [], presenceAt: [] };
};
const flusher = setInterval(flush, BATCH_MS);

const watchers: Watcher[] = [];
port.on('message', (command: 'close') => {
  if (command !== 'close') return;
  clearInterval(flusher);
  flush();
  watchers.forEach((w) => w.close());
  report({ type: 'closed' });
  port.close();
});

let notJoined = 0;
// In batches, as a room fills when people follow a link: one burst of 300 handshakes would
// measure the accept queue instead of the board.
for (let from = first; from < first + count; from += joinBatch) {
  const joining: Watcher[] = [];
  for (let i = from; i < Math.min(first + count, from + joinBatch); i++) {
    const timesPresence = i < presenceSample;
    joining.push(
      rawWatcher(
        endpoint,
        (frame, presence) => {
          const now = clock();
          if (presence) batch.presenceAt.push(now);
          // Presence is timed at a sample of the watchers: scanning every presence frame at all
          // 300 would make the generator, not the server, the bottleneck the latencies measure.
          if (!presence || timesPresence) markersIn(frame, (mark) => (batch.marks.push(mark), batch.receivers.push(i), batch.at.push(now)));
        },
        (code) => report({ type: 'close', code }),
      ),
    );
  }
  watchers.push(...joining);
  notJoined += await settleWithin(joining.map((w) => w.joined), joinTimeoutMs);
}
report({ type: 'joined', notJoined });

import { cpuSeconds, rssMiB } from './processes';
import { startDragThread, type DragThread } from './workshop-drag-thread';
import { Marks, PRESENCE_SAMPLE } from './workshop-marks';
import { startWatchThreads, type WatchThreads } from './workshop-watch-threads';
import type { ServerName, WorkshopServer } from './workshop-targets';
import { clock, sleep } from './workshop-time';

/** How long each phase of a round lasts, in seconds, and what else joins it. */
export type RoundOptions = {
  /** Load before measuring starts: the JIT of a fresh server process and of the load generator warms up here. */
  leadIn: number;
  window: number;
  /** Longest wait after the window for moves still on their way. */
  drain: number;
  /** Participants that are not the load generator's (the browser page), counted in N. */
  others?: number;
  /** Called as the load window opens and closes (the browser page's long-task window). */
  during?: { start(): Promise<void>; stop(): Promise<void> };
};

export type RoundResult = {
  server: ServerName;
  n: number;
  d: number;
  watchers: number;
  marks: Marks;
  /** Closes of any client from the first connection to the end of the drain, by close code. */
  closes: Map<number, number>;
  /** Participants that never joined within the join timeout. */
  notJoined: number;
  cpuSeconds: number;
  generatorCpuSeconds: number;
  seconds: number;
  rssBeforeMiB: number;
  rssJoinedMiB: number;
  rssEndMiB: number;
};

const JOIN_BATCH = 50;
const JOIN_TIMEOUT_MS = 30_000;

/**
 * One round on one server: N − D − others watchers join, spread over their own threads
 * (workshop-watch-threads.ts), then D draggers in a thread of theirs (workshop-drag-thread.ts); this
 * thread only gathers what they report. The server's RSS is read before and after; then the
 * draggers' load runs `leadIn` seconds unmeasured and `window` seconds measured. Server CPU and
 * the load generator's own CPU (the whole process, every thread) are taken over the window.
 */
export async function runRound(server: WorkshopServer, n: number, d: number, opts: RoundOptions): Promise<RoundResult> {
  const watcherCount = n - d - (opts.others ?? 0);
  const marks = new Marks(watcherCount + d);
  const closes = new Map<number, number>();
  let counting = true;
  const onClose = (code: number) => counting && closes.set(code, (closes.get(code) ?? 0) + 1);
  const rssBeforeMiB = rssMiB(server.pid);

  let watchers: WatchThreads | undefined;
  let draggers: DragThread | undefined;
  try {
    const watching = (watchers = startWatchThreads(
      { endpoint: server.endpoint, watchers: watcherCount, presenceSample: PRESENCE_SAMPLE, joinBatch: JOIN_BATCH, joinTimeoutMs: JOIN_TIMEOUT_MS },
      marks,
      onClose,
    ));
    let notJoined = await Promise.race([watching.joined, watching.failed]);
    const thread = (draggers = startDragThread({ endpoint: server.endpoint, d, firstReceiver: watcherCount, joinTimeoutMs: JOIN_TIMEOUT_MS }, marks, onClose));
    // Every wait watches the thread too: a dragger that fails there fails the round, as it would here.
    const wait = <T>(p: Promise<T>) => Promise.race([p, thread.failed, watching.failed]);
    notJoined += await wait(thread.synced);
    await wait(sleep(1000));
    const rssJoinedMiB = rssMiB(server.pid);

    thread.drag();
    await wait(sleep(opts.leadIn * 1000));
    await opts.during?.start();
    const started = clock();
    marks.start(started);
    const cpuBefore = cpuSeconds(server.pid);
    const generatorBefore = process.cpuUsage();
    await wait(sleep(opts.window * 1000));
    const ended = clock();
    marks.stop(ended);
    const seconds = (ended - started) / 1000;
    const cpu = cpuSeconds(server.pid) - cpuBefore;
    const generator = process.cpuUsage(generatorBefore);
    await opts.during?.stop();
    thread.stop();

    const drainUntil = clock() + opts.drain * 1000;
    while (marks.moves.delivered < marks.movesExpected && clock() < drainUntil) await wait(sleep(100));
    marks.close();
    counting = false;
    return {
      server: server.name,
      n,
      d,
      watchers: watcherCount,
      marks,
      closes,
      notJoined,
      cpuSeconds: cpu,
      generatorCpuSeconds: (generator.user + generator.system) / 1e6,
      seconds,
      rssBeforeMiB,
      rssJoinedMiB,
      rssEndMiB: rssMiB(server.pid),
    };
  } finally {
    // Whatever happened, no timer, provider or socket of this round outlives it.
    counting = false;
    await Promise.all([draggers?.close(), watchers?.close()]);
  }
}

import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { cpuSeconds, rssMiB } from './processes';

export type Target = { name: string; pid: number; url: string; room: string; senderParams: Record<string, string>; receiverParams: Record<string, string> };
export type FanoutResult = { latencies: number[]; cpuSeconds: number; seconds: number; rssMiB: number };
export type FanoutSummary = { p50: number; p99: number; samples: number; cpuPercent: number; rssMiB: number };

export const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

// Each stock provider registers a process 'exit' handler in Node; 200 receivers are expected.
process.setMaxListeners(0);

/** A stock provider on one board of one server, with a promise of its first sync. */
export function client(target: Pick<Target, 'url' | 'room'>, params: Record<string, string>) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.url, target.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => (provider.synced ? resolve() : provider.once('sync', () => resolve())));
  return { doc, provider, synced };
}

/**
 * One sender writes `rate` updates per second for `seconds`; every receiver records the time
 * from write to arrival (same process, same clock). Server CPU is measured over the run.
 */
export async function measureFanout(target: Target, receivers: number, rate = 30, seconds = 5): Promise<FanoutResult> {
  const sender = client(target, target.senderParams);
  const clients = Array.from({ length: receivers }, () => client(target, target.receiverParams));
  await Promise.all([sender.synced, ...clients.map((c) => c.synced)]);
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  for (const c of clients) {
    const pings = c.doc.getMap('meta');
    pings.observe(() => {
      const seq = pings.get('seq') as number;
      const t = sentAt.get(seq);
      if (t !== undefined) latencies.push(performance.now() - t);
    });
  }
  await new Promise((r) => setTimeout(r, 300));
  const cpuBefore = cpuSeconds(target.pid);
  const started = performance.now();
  const total = rate * seconds;
  for (let seq = 1; seq <= total; seq++) {
    const due = started + (seq * 1000) / rate;
    await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
    sentAt.set(seq, performance.now());
    sender.doc.getMap('meta').set('seq', seq);
  }
  await new Promise((r) => setTimeout(r, 500));
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuSeconds(target.pid) - cpuBefore;
  const rss = rssMiB(target.pid);
  sender.provider.destroy();
  clients.forEach((c) => c.provider.destroy());
  return { latencies, cpuSeconds: cpu, seconds: elapsed, rssMiB: rss };
}

/**
 * Pools the samples of several rounds. A round's p99 alone is set by its second-worst
 * update (150 updates reach N receivers each), so one scheduler hiccup would decide it.
 */
export function summarise(rounds: FanoutResult[]): FanoutSummary {
  const sorted = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const cpu = rounds.reduce((s, r) => s + r.cpuSeconds, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return {
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    samples: sorted.length,
    cpuPercent: (100 * cpu) / seconds,
    rssMiB: Math.max(...rounds.map((r) => r.rssMiB)),
  };
}

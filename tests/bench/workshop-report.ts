import { percentile } from './fanout';
import type { RoundResult } from './workshop-load';
import { PRESENCE_SAMPLE } from './workshop-marks';
import type { PageResult } from './workshop-page';
import type { ServerName } from './workshop-targets';
import type { BenchRow } from './table';

/** One server at one size, its rounds pooled. */
export type WorkshopSummary = {
  server: ServerName;
  n: number;
  d: number;
  rounds: number;
  moveP50: number;
  moveP99: number;
  presenceP50: number;
  presenceP99: number;
  movesDelivered: number;
  movesExpected: number;
  /** Presence frames the watchers received in the windows, in all and per watcher per second. */
  presenceFrames: number;
  framesPerWatcherSecond: number;
  /** Share of presence states sent that reached each watcher (a server that merges presence shows less than 100). */
  presenceSeenPct: number;
  disconnects: number;
  closeCodes: Map<number, number>;
  notJoined: number;
  cpuPct: number;
  generatorCpuPct: number;
  rssMiB: number;
  kbPerParticipant: number;
};

const sortedOf = (lists: number[][]) => lists.flat().sort((a, b) => a - b);
const pct = (sorted: number[], p: number) => (sorted.length ? percentile(sorted, p) : NaN);
const sum = (rounds: RoundResult[], f: (r: RoundResult) => number) => rounds.reduce((s, r) => s + f(r), 0);

/** Pools the rounds of one server at one size: latencies pooled, counts summed, memory averaged. */
export function summarise(rounds: RoundResult[]): WorkshopSummary {
  const first = rounds[0]!;
  const moves = sortedOf(rounds.map((r) => r.marks.moves.latencies));
  const presence = sortedOf(rounds.map((r) => r.marks.presence.latencies));
  const seconds = sum(rounds, (r) => r.seconds);
  const codes = new Map<number, number>();
  for (const r of rounds) for (const [code, count] of r.closes) codes.set(code, (codes.get(code) ?? 0) + count);
  return {
    server: first.server,
    n: first.n,
    d: first.d,
    rounds: rounds.length,
    moveP50: pct(moves, 50),
    moveP99: pct(moves, 99),
    presenceP50: pct(presence, 50),
    presenceP99: pct(presence, 99),
    movesDelivered: sum(rounds, (r) => r.marks.moves.delivered),
    movesExpected: sum(rounds, (r) => r.marks.movesExpected),
    presenceFrames: sum(rounds, (r) => r.marks.presenceFrames),
    framesPerWatcherSecond: sum(rounds, (r) => r.marks.presenceFrames / r.watchers) / seconds,
    presenceSeenPct: (100 * sum(rounds, (r) => r.marks.presence.seen)) / sum(rounds, (r) => r.marks.presence.sent * Math.min(r.watchers, PRESENCE_SAMPLE)),
    disconnects: [...codes.values()].reduce((s, c) => s + c, 0),
    closeCodes: codes,
    notJoined: sum(rounds, (r) => r.notJoined),
    cpuPct: (100 * sum(rounds, (r) => r.cpuSeconds)) / seconds,
    generatorCpuPct: (100 * sum(rounds, (r) => r.generatorCpuSeconds)) / seconds,
    rssMiB: Math.max(...rounds.map((r) => r.rssEndMiB)),
    kbPerParticipant: sum(rounds, (r) => ((r.rssJoinedMiB - r.rssBeforeMiB) * 1024) / r.n) / rounds.length,
  };
}

const ms = (x: number) => (Number.isNaN(x) ? '-' : x.toFixed(1));
const closesText = (count: number, codes: Map<number, number>, notJoined: number) => {
  const parts = [...codes].map(([code, c]) => `${code}x${c}`);
  if (notJoined) parts.push(`${notJoined} never joined`);
  return parts.length ? `${count} (${parts.join(', ')})` : String(count);
};

export const WORKSHOP_HEAD = ['server', 'N/D', 'move p50', 'move p99', 'moves delivered', 'pres p50', 'pres p99', 'pres frames (/watcher/s)', 'pres seen %', 'disconnects', 'CPU %', 'gen CPU %', 'RSS MiB', 'KB/participant'];

/** A table line for one server at one size. */
export function summaryCells(s: WorkshopSummary): string[] {
  return [
    s.server,
    `${s.n}/${s.d}`,
    ms(s.moveP50),
    ms(s.moveP99),
    `${s.movesDelivered}/${s.movesExpected}`,
    ms(s.presenceP50),
    ms(s.presenceP99),
    `${s.presenceFrames} (${s.framesPerWatcherSecond.toFixed(0)})`,
    s.presenceSeenPct.toFixed(1),
    closesText(s.disconnects, s.closeCodes, s.notJoined),
    s.cpuPct.toFixed(0),
    s.generatorCpuPct.toFixed(0),
    s.rssMiB.toFixed(0),
    s.kbPerParticipant.toFixed(1),
  ];
}

/** A table line for a server that could not be measured at a size. */
export const failedCells = (server: ServerName, n: number, d: number, reason: string) => [server, `${n}/${d}`, `did not run: ${reason}`, ...WORKSHOP_HEAD.slice(3).map(() => '')];

export const ROUND_HEAD = ['server', 'N/D', 'round', 'move p50', 'move p99', 'pres p99', 'moves delivered %', 'disconnects', 'CPU %', 'gen CPU %', 'KB/participant'];

/** One round's own figures, for the spread between rounds. */
export function roundCells(r: RoundResult, round: number): string[] {
  const s = summarise([r]);
  return [
    s.server,
    `${s.n}/${s.d}`,
    String(round),
    ms(s.moveP50),
    ms(s.moveP99),
    ms(s.presenceP99),
    ((100 * s.movesDelivered) / Math.max(1, s.movesExpected)).toFixed(1),
    closesText(s.disconnects, s.closeCodes, s.notJoined),
    s.cpuPct.toFixed(0),
    s.generatorCpuPct.toFixed(0),
    s.kbPerParticipant.toFixed(1),
  ];
}

/** The browser's lines: its long tasks in the window and what the load did meanwhile. */
export function pageCells(p: PageResult): string[][] {
  const s = summarise([p.round]);
  return [
    ['longest long task', `${p.longestMs.toFixed(0)} ms`],
    ['long tasks over 100 ms', String(p.over100)],
    ['long tasks (over 50 ms), and time blocked beyond 50 ms each', `${p.longTasks}, ${p.blockedMs.toFixed(0)} ms`],
    ['page connection at the end of the window', p.connectionAtEnd ?? 'not found'],
    ['load in that round: move p99, moves delivered, disconnects', `${ms(s.moveP99)} ms, ${s.movesDelivered}/${s.movesExpected}, ${closesText(s.disconnects, s.closeCodes, s.notJoined)}`],
  ];
}

/**
 * The workshop targets at the largest size: ours keeps everyone (no disconnects, every move to
 * every participant), delivers moves at half the better reference's p99 and under 150 ms, uses
 * at most 0.6 of the reference server's CPU and under 60 KB per participant, and the receiving
 * page never blocks for more than 100 ms.
 */
export function workshopRows(at: Partial<Record<ServerName, WorkshopSummary>>, page: PageResult | null, pageError: string | null): BenchRow[] {
  const ours = at.ours;
  const size = ours ? `${ours.n}/${ours.d}` : '300/30';
  if (!ours) return [{ name: `workshop ${size}, ours`, value: NaN, unit: '', target: 'measured', pass: false }];
  const refs = [at.reference?.moveP99, at.hocuspocus?.moveP99].filter((x): x is number => x !== undefined && !Number.isNaN(x));
  const better = refs.length ? Math.min(...refs) : NaN;
  const cpuRatio = at.reference ? ours.cpuPct / at.reference.cpuPct : NaN;
  const rows: BenchRow[] = [
    { name: `disconnects, ${size} (ours)`, value: ours.disconnects + ours.notJoined, unit: '', target: '0', pass: ours.disconnects + ours.notJoined === 0, digits: 0 },
    {
      name: `moves delivered to every participant, ${size} (ours)`,
      value: (100 * ours.movesDelivered) / Math.max(1, ours.movesExpected),
      unit: '%',
      target: '100 %',
      pass: ours.movesExpected > 0 && ours.movesDelivered === ours.movesExpected,
    },
    { name: `move p99 ours / better reference, ${size}`, value: ours.moveP99 / better, unit: 'x', target: '<= 0.5', pass: ours.moveP99 / better <= 0.5 },
    { name: `move p99, ${size} (ours)`, value: ours.moveP99, unit: 'ms', target: '< 150 ms', pass: ours.moveP99 < 150 },
    { name: `server CPU ours / @y/websocket-server, ${size}`, value: cpuRatio, unit: 'x', target: '<= 0.6', pass: cpuRatio <= 0.6 },
    { name: `memory growth per participant, ${size} (ours)`, value: ours.kbPerParticipant, unit: 'KB', target: '< 60 KB', pass: ours.kbPerParticipant < 60 },
  ];
  if (!page) {
    rows.push({ name: `receiving page (did not run: ${pageError ?? 'skipped'})`, value: NaN, unit: 'ms', target: '<= 100 ms', pass: false });
    return rows;
  }
  rows.push({ name: `receiving page, longest long task, ${size} (ours)`, value: page.longestMs, unit: 'ms', target: '<= 100 ms', pass: page.longestMs <= 100, digits: 0 });
  // How often beside how long: one slow frame and a page that stalls all along differ here.
  rows.push({ name: `receiving page, long tasks over 100 ms, ${size} (ours)`, value: page.over100, unit: '', target: '0', pass: page.over100 === 0, digits: 0 });
  return rows;
}

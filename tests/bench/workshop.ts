import type { BenchRow } from './table';
import { runRound, type RoundOptions, type RoundResult } from './workshop-load';
import { measurePage, type PageResult } from './workshop-page';
import { failedCells, pageCells, roundCells, summarise, summaryCells, workshopRows, type WorkshopSummary } from './workshop-report';
import { SERVERS, startWorkshopServer, type ServerName } from './workshop-targets';

/** N participants on one board and D of them dragging; the targets hold at the last. */
export const WORKSHOP_SIZES: [number, number][] = [
  [50, 5],
  [150, 20],
  [300, 30],
];

export type WorkshopReport = { table: string[][]; rounds: string[][]; page: string[][] | null; rows: BenchRow[]; roundCount: number; windowSeconds: number };

/** An error in one line: its first, and its last when a process's output follows (where a build says what failed). */
function message(error: unknown): string {
  const lines = (error instanceof Error ? error.message : String(error)).split('\n').map((l) => l.trim()).filter(Boolean);
  const text = lines.length > 1 ? `${lines[0]} … ${lines.at(-1)}` : (lines[0] ?? 'unknown error');
  return text.slice(0, 240);
}

/** One round on a fresh server process, stopped afterwards whatever happened. */
async function roundOn(name: ServerName, n: number, d: number, opts: RoundOptions): Promise<RoundResult> {
  const server = await startWorkshopServer(name);
  try {
    return await runRound(server, n, d, opts);
  } finally {
    await server.stop();
  }
}

/**
 * The workshop benchmark: at each size, rounds alternate between our server, the reference
 * y-websocket server and Hocuspocus (A B C A B C), each round on a fresh process, so a noisy stretch
 * of the shared machine falls on all three alike. Then one round at the largest size with a real
 * browser on our board (`page`: needs the production build). `quick`: one round each, 5 s windows.
 */
export async function benchWorkshop({ quick = false, page = true } = {}): Promise<WorkshopReport> {
  const roundCount = quick ? 1 : 2;
  const opts: RoundOptions = { leadIn: 2, window: quick ? 5 : 10, drain: 5 };
  const table: string[][] = [];
  const rounds: string[][] = [];
  let largest: Partial<Record<ServerName, WorkshopSummary>> = {};
  for (const [n, d] of WORKSHOP_SIZES) {
    const results: Record<ServerName, RoundResult[]> = { ours: [], reference: [], hocuspocus: [] };
    const failed = new Map<ServerName, string>();
    for (let round = 1; round <= roundCount; round++) {
      for (const name of SERVERS) {
        if (failed.has(name)) continue;
        try {
          const result = await roundOn(name, n, d, opts);
          results[name].push(result);
          rounds.push(roundCells(result, round));
        } catch (error) {
          failed.set(name, message(error));
        }
      }
    }
    largest = {};
    for (const name of SERVERS) {
      const reason = failed.get(name);
      if (reason || results[name].length === 0) {
        table.push(failedCells(name, n, d, reason ?? 'no round finished'));
        continue;
      }
      const summary = summarise(results[name]);
      largest[name] = summary;
      table.push(summaryCells(summary));
    }
  }
  let pageResult: PageResult | null = null;
  let pageError: string | null = page ? null : 'skipped';
  if (page) {
    const [n, d] = WORKSHOP_SIZES.at(-1)!;
    pageResult = await measurePage(n, d, opts).catch((error: unknown) => ((pageError = message(error)), null));
  }
  return {
    table,
    rounds,
    page: pageResult ? pageCells(pageResult) : null,
    rows: workshopRows(largest, pageResult, pageError),
    roundCount,
    windowSeconds: opts.window,
  };
}

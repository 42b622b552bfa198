import { benchConsequences } from './consequences';
import { benchBoardPage } from './page';
import { benchScaleOut } from './scale-out';
import { benchColdLoad, benchSync } from './sync';
import { printColumns, printTable } from './table';
import { benchWorkshop } from './workshop';
import { WORKSHOP_HEAD, ROUND_HEAD } from './workshop-report';
import { OURS_ENV } from './workshop-targets';

/** `npm run bench`: every benchmark suite, one table each; exits non-zero when a target is missed. */
async function main() {
  const quick = process.argv.includes('--quick');
  // `npm run bench -- --scale-out` runs only the scale-out tables (they need no production build).
  if (process.argv.includes('--scale-out')) process.exit((await printScaleOut()) ? 0 : 1);
  // `npm run bench -- --workshop` runs only the workshop tables (its browser round serves the production build).
  if (process.argv.includes('--workshop')) process.exit((await printWorkshop(quick)) ? 0 : 1);
  // `npm run bench -- --page` runs only the board page table (it serves the production build).
  if (process.argv.includes('--page')) process.exit((await printBoardPage()) ? 0 : 1);
  const engineOk = printTable('Consequence engine (median of 2000 runs, whole catalog)', benchConsequences());
  const sizes = quick ? [10, 50] : [10, 50, 200];
  const sync = await benchSync(sizes);
  printColumns(
    'Fan-out: one sender at 30 updates/s for 5 s, N receivers on one board (latency in ms)',
    ['N', 'ours p50', 'ours p99', 'ref p50', 'ref p99', 'p99 ours/ref', 'ours CPU %', 'ref CPU %', 'ours RSS MiB', 'ref RSS MiB', 'samples'],
    sync.table,
  );
  const syncOk = printTable('Sync targets', [...sync.rows, ...(await benchColdLoad())]);
  const scaleOk = await printScaleOut();
  const pageOk = await printBoardPage();
  const workshopOk = await printWorkshop(quick);
  // Exit explicitly: stock providers and the browser driver can leave handles that would keep
  // the process alive after the last table, and a benchmark that never returns is no use in a script.
  process.exit(engineOk && syncOk && scaleOk && pageOk && workshopOk ? 0 : 1);
}

/** The board page's first-load scripts and its targets (desktop, and a throttled phone). */
async function printBoardPage(): Promise<boolean> {
  const page = await benchBoardPage();
  printColumns('Board page: scripts loaded before interactive, heaviest 1280x720 load (gzip)', ['file', 'kB'], page.scripts);
  return printTable('Board page (production build, Chromium)', page.rows);
}

/** The scale-out tables; true when their targets hold or the services are not installed (said so). */
async function printScaleOut(): Promise<boolean> {
  const scale = await benchScaleOut();
  if (scale.skipped) {
    console.log(`\nScale-out: skipped, ${scale.skipped}`);
    return true;
  }
  printColumns(
    'Scale-out: two instances on PostgreSQL and Redis; one sender on A at 30 updates/s, 20 receivers on A (same) or on B (cross), ten alternating 3 s rounds (latency in ms)',
    ['same p50', 'same p99', 'cross p50', 'cross p99', 'cross-same p99', 'samples'],
    scale.latency,
  );
  printColumns('Scale-out: CPU of both instances per update, one sender at 100 updates/s, one receiver on each', ['board', 'CPU µs/update'], scale.cpu);
  return printTable('Scale-out targets', scale.rows);
}

/** The workshop tables: servers compared, the spread of their rounds, the receiving page, the targets. */
async function printWorkshop(quick: boolean): Promise<boolean> {
  const w = await benchWorkshop({ quick });
  const limits = Object.entries(OURS_ENV).map(([k, v]) => `${k}=${v}`).join(', ');
  printColumns(
    `Workshop: N participants on one board, D dragging (presence at 10 Hz, a card move every 2 s), N-D watching; ${w.roundCount} alternating round(s) of ${w.windowSeconds} s per server and size, pooled (latency in ms; ours with ${limits}, other limits at their defaults)`,
    WORKSHOP_HEAD,
    w.table,
  );
  printColumns('Workshop rounds, in the order run', ROUND_HEAD, w.rounds);
  if (w.page) printColumns('Workshop: receiving page (ours, production build, Chromium, a joined participant among the N)', ['measure', 'value'], w.page);
  return printTable('Workshop targets', w.rows);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(2);
});

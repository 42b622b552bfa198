import { benchConsequences } from './consequences';
import { benchBoardPage } from './page';
import { benchColdLoad, benchSync } from './sync';
import { printColumns, printTable } from './table';

/** `npm run bench`: every benchmark suite, one table each; exits non-zero when a target is missed. */
async function main() {
  const engineOk = printTable('Consequence engine (median of 2000 runs, whole catalog)', benchConsequences());
  const sizes = process.argv.includes('--quick') ? [10, 50] : [10, 50, 200];
  const sync = await benchSync(sizes);
  printColumns(
    'Fan-out: one sender at 30 updates/s for 5 s, N receivers on one board (latency in ms)',
    ['N', 'ours p50', 'ours p99', 'ref p50', 'ref p99', 'p99 ours/ref', 'ours CPU %', 'ref CPU %', 'ours RSS MiB', 'ref RSS MiB', 'samples'],
    sync.table,
  );
  const syncOk = printTable('Sync targets', [...sync.rows, ...(await benchColdLoad())]);
  const pageOk = printTable('Board page (production build, Chromium, 1280x720)', await benchBoardPage());
  // Exit explicitly: stock providers and the browser driver can leave handles that would keep
  // the process alive after the last table, and a benchmark that never returns is no use in a script.
  process.exit(engineOk && syncOk && pageOk ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(2);
});

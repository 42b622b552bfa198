import { benchConsequences } from './consequences';
import { benchColdLoad, benchSync } from './sync';
import { printTable } from './table';

/** `npm run bench`: every benchmark suite, one table each; exits non-zero when a target is missed. */
async function main() {
  const engineOk = printTable('Consequence engine (median of 2000 runs, whole catalog)', benchConsequences());
  const sizes = process.argv.includes('--quick') ? [10, 50] : [10, 50, 200];
  const sync = await benchSync(sizes);
  console.log('\nFan-out: one sender at 30 updates/s for 5 s, N receivers on one board (latency in ms)');
  const head = ['N', 'ours p50', 'ours p99', 'ref p50', 'ref p99', 'p99 ours/ref', 'ours CPU %', 'ref CPU %', 'ours RSS MiB', 'ref RSS MiB', 'samples'];
  const widths = head.map((h, i) => Math.max(h.length, ...sync.table.map((r) => r[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ');
  console.log(line(head));
  for (const r of sync.table) console.log(line(r));
  const syncOk = printTable('Sync targets', [...sync.rows, ...(await benchColdLoad())]);
  process.exitCode = engineOk && syncOk ? 0 : 1;
}

void main();

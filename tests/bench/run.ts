import { benchConsequences } from './consequences';
import { printTable } from './table';

/** `npm run bench`: runs every benchmark suite and prints one table per suite. */
const ok = printTable('Consequence engine (median of 2000 runs, whole catalog)', benchConsequences());
process.exitCode = ok ? 0 : 1;

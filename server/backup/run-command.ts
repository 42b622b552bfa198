import { parseArgs } from 'node:util';
import type { Result } from '@/lib/result';
import { loadConfig, type Config } from '../config';

/**
 * Runs a backup or restore command: `<file>` and, if `allowForce`, `--force` from argv; prints
 * progress to stdout and a failure to stderr. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
 */
export function runFileCommand(
  usage: string,
  allowForce: boolean,
  run: (args: { config: Config; file: string; force: boolean; say: (line: string) => void }) => Result<unknown, { message: string }>,
): void {
  let file: string;
  let force = false;
  try {
    const parsed = parseArgs({ args: process.argv.slice(2), allowPositionals: true, strict: true, options: allowForce ? { force: { type: 'boolean' } } : {} });
    if (parsed.positionals.length !== 1) throw new Error(parsed.positionals.length === 0 ? 'the file is missing' : `unexpected argument ${parsed.positionals[1]}`);
    file = parsed.positionals[0]!;
    force = parsed.values.force === true;
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}\n\n${usage}`);
    process.exitCode = 2;
    return;
  }
  try {
    const result = run({ config: loadConfig(), file, force, say: (line) => console.log(line) });
    if (result.ok) return;
    for (const e of result.errors) console.error(`error: ${e.message}`);
  } catch (error) {
    console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  }
  process.exitCode = 1;
}

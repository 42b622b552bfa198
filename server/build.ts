import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Everything that changes the production bundle; a newer file than the build means it is stale. */
const INPUTS = ['app', 'lib', 'public', 'next.config.js', 'server/browser-zod.mjs', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];

function newestMtime(file: string): number {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(file)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtime(path.join(file, entry)));
  }
  return newest;
}

/** True when .next has no finished build or any input changed after it was made. */
export function isBuildStale(root: string): boolean {
  const marker = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(marker)) return true;
  const built = statSync(marker).mtimeMs;
  return INPUTS.some((input) => newestMtime(path.join(root, input)) > built);
}

/**
 * For a server that must never build (`npm run serve`): throws, saying what to run, when there is
 * no finished build, and only warns when the build is older than the sources.
 */
export function requireBuild(root: string, warn: (line: string) => void = console.warn): void {
  if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(`No finished production build in ${root}. Run \`npm run build\` first, then \`npm run serve\` (or \`npm start\`, which builds when needed).`);
  }
  if (isBuildStale(root)) warn('The production build is older than the sources; serving it as it is. Run `npm run build` and restart to serve the current sources.');
}

/** Runs `next build` in the project when the bundle is missing or stale; rejects if it fails. */
export async function ensureBuild(root: string, log: (line: string) => void = console.log): Promise<void> {
  if (!isBuildStale(root)) return;
  log('Building the production bundle (missing or older than the sources)…');
  const bin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  await new Promise<void>((resolve, reject) => {
    // Telemetry off: the build runs on machines with no outside network.
    const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
    const child = spawn(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit', env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`next build exited with ${code}`))));
  });
}

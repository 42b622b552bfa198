import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

/**
 * A second board server for tests that restart it: the full app on its own port and data
 * directory, using the production build the shared test server has already made. `env` adds
 * settings (sign-in, limits) on top of the test environment.
 */
export async function startBoardServer(port: number, dataDir: string, env: Record<string, string> = {}): Promise<{ url: string; output: () => string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SKIP_BUILD: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out.slice(-400)}`)), 60_000);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('"event":"listening"')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out.slice(-400)}`)));
  });
  // The listeners stay on, so `output` is everything the process wrote, for tests of what it warns about.
  return { url: `http://127.0.0.1:${port}`, output: () => out, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** Removes a test data directory (relative to the repository root). */
export const removeDataDir = (dir: string) => rmSync(path.resolve(root, dir), { recursive: true, force: true });

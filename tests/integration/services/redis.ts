import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { freePort, waitFor } from './ports';

/** A private Redis server for one test file, on its own port, holding nothing on disk. */
export type RedisServer = {
  url: string;
  /** Stops the server (SIGTERM) and resolves once it exited. */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty; resolves once it answers. */
  start(): Promise<void>;
  destroy(): Promise<void>;
};

/** Why the Redis tests cannot run here, or null when redis-server is installed. */
export function redisUnavailable(): string | null {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' });
  return found.status === 0 ? null : 'Redis is not installed; apt-get install redis-server';
}

/** Starts redis-server on a free loopback port, without persistence. */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: 'ignore' });
    child = proc;
    await waitFor(() => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout.trim() === 'PONG', 10_000, `redis-server on port ${port}`);
  };
  const stop = async () => {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill('SIGTERM');
    await exited;
  };
  const onExit = () => child?.kill('SIGKILL');
  process.once('exit', onExit);
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    destroy: async () => {
      await stop();
      process.off('exit', onExit);
    },
  };
}

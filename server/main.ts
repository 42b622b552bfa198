import { validateCatalog } from '@/lib/catalog';
import { loadSecret } from './auth/secret';
import { createBoardServer, type AppHandler } from './board-server';
import { ensureBuild, requireBuild } from './build';
import { loadConfig } from './config';
import { ensureDemoBoard, writeDemoLinks } from './demo';
import { jsonLogger, silentLogger } from './log';
import { RedisFanout } from './fanout/redis-fanout';
import { openStore } from './storage/open-store';

/** Loads the Next.js app in production mode (building it first when stale). */
async function loadApp(root: string, skipBuild: boolean): Promise<AppHandler> {
  if (!skipBuild) await ensureBuild(root);
  const { default: next } = await import('next');
  const app = next({ dev: false, dir: root });
  await app.prepare();
  const handle = app.getRequestHandler();
  return { request: (req, res) => handle(req, res) };
}

/**
 * One process serves the board: the Next.js pages, the JSON API and the y-websocket sync
 * endpoint on PORT, with SQLite under DATA_DIR (or PostgreSQL at DATABASE_URL, and other
 * instances reached through Redis at REDIS_URL). SIGTERM and SIGINT flush and close.
 */
async function main() {
  // A malformed catalog entry stops the server here rather than skewing a figure later.
  const catalog = validateCatalog();
  const config = loadConfig();
  const log = config.log === 'json' ? jsonLogger : silentLogger;
  // Before anything opens: a server that may not build stops at once when it has nothing to serve.
  if (config.serveApp && config.prebuilt) requireBuild(config.root);
  const stores = await openStore(config, log);
  const secret = loadSecret(config.boardSecret, config.dataDir, config.boardSecrets);
  const fanout = config.redisUrl ? await RedisFanout.connect({ url: config.redisUrl, log }) : undefined;
  const app = config.serveApp ? await loadApp(config.root, config.skipBuild || config.prebuilt) : undefined;
  const board = createBoardServer({ config, stores, catalog, secret, log, app, fanout });
  const port = await board.listen(config.port, config.host);
  const base = config.publicUrl ?? `http://localhost:${port}`;
  const storage = config.databaseUrl ? 'postgresql' : 'sqlite';
  log('listening', { url: `${base}/`, port, dataDir: config.dataDir, app: config.serveApp, storage, fanout: fanout ? fanout.instanceId : null });
  const demo = await ensureDemoBoard(stores, catalog, secret, base);
  console.log(`\nAnsvarstavla is running at ${base}/\nDemo board "${demo.board.title}":`);
  // The facilitator link can rotate every link and remove anyone's comments. At a terminal only
  // the person who started the server sees it; anywhere else stdout is the log stream, which
  // collectors keep and others read, so that link goes to a file only the server's user can read.
  const shown = process.stdout.isTTY ? Object.entries(demo.links) : Object.entries(demo.links).filter(([role]) => role !== 'facilitator');
  for (const [role, link] of shown) console.log(`  ${role.padEnd(11)} ${link}`);
  if (!process.stdout.isTTY) console.log(`  facilitator link in ${writeDemoLinks(config.dataDir, demo.board.title, demo.links)}`);
  let stopping = false;
  let draining: NodeJS.Timeout | undefined;
  const close = () => {
    draining = undefined;
    board.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log('stop-failed', { error: String(error) }, 'error');
        process.exit(1);
      },
    );
  };
  // SIGTERM (what Kubernetes, systemd and docker send) turns readiness to 503 at once and keeps
  // serving for SHUTDOWN_DRAIN_MS, so a balancer that polls it moves traffic away before the
  // sockets close. SIGINT (Ctrl-C) stops at once, a drain too; a repeated SIGTERM does not cut it
  // short, since a supervisor signalling the process group and a wrapper relaying it both send one.
  const stop = (signal: 'SIGINT' | 'SIGTERM') => {
    if (stopping) {
      if (signal === 'SIGINT' && draining) {
        clearTimeout(draining);
        close();
      }
      return;
    }
    stopping = true;
    const drainMs = signal === 'SIGTERM' ? config.shutdownDrainMs : 0;
    log('stopping', { signal, drainMs });
    board.beginClose();
    draining = setTimeout(close, drainMs);
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

import { createServer } from 'node:http';
import next from 'next';
import { loadConfig } from './config';
import { ensureBuild } from './build';

/**
 * One process serves the board: Next.js pages and route handlers on PORT. Later modules
 * hang the HTTP API and the websocket sync endpoint on the same server.
 */
async function main() {
  const config = loadConfig();
  if (!config.skipBuild) await ensureBuild(config.root);
  const app = next({ dev: false, dir: config.root });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('request failed', req.url, error);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Internal error');
    });
  });
  server.listen(config.port, config.host, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const base = config.publicUrl ?? `http://localhost:${port}`;
    console.log(`Ansvarstavla is running at ${base}/`);
  });
  const stop = () => server.close(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

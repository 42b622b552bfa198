import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Fanout } from '../fanout/fanout';
import type { Stores } from '../storage/stores';
import { fail, json } from './respond';

/** What the health endpoints read; a subset of ApiDeps. */
export type HealthDeps = {
  stores: Pick<Stores, 'ping'>;
  rooms: { size: number };
  fanout?: Pick<Fanout, 'connected'>;
  /** True once shutdown has begun; readiness then answers 503 so a balancer sends no one new. */
  closing: () => boolean;
};

// A probe has its own timeout (Kubernetes: 1 s by default); a database that accepts the
// connection but never answers (a paused host, a full disk) must read as down, not hang the probe.
const PING_TIMEOUT_MS = 2000;
const PATHS = new Set(['/api/health', '/api/health/live', '/api/health/ready']);

const uptimeSeconds = () => Math.round(process.uptime());

async function databaseAnswers(stores: HealthDeps['stores']): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS)));
  try {
    return await Promise.race([stores.ping().catch(() => false), late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET or HEAD /api/health/live (the process answers: never touches a store), /api/health/ready
 * (this instance should get traffic) and /api/health (the combined status, as it always was);
 * 405 for any other method on them. Returns false for any other path.
 */
export async function handleHealth(req: IncomingMessage, res: ServerResponse, path: string, deps: HealthDeps): Promise<boolean> {
  if (!PATHS.has(path)) return false;
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('allow', 'GET, HEAD');
    fail(res, 405, 'method not allowed');
    return true;
  }
  if (path === '/api/health/live') {
    json(res, 200, { ok: true, uptimeSeconds: uptimeSeconds() });
    return true;
  }
  const fanout = deps.fanout ? (deps.fanout.connected ? 'ok' : 'unreachable') : 'off';
  if (path === '/api/health/ready') {
    const closing = deps.closing();
    // Skipped while closing: the answer is 503 whatever the database says, and the stores may be closing too.
    const database = closing ? 'not checked' : (await databaseAnswers(deps.stores)) ? 'ok' : 'unreachable';
    // Unlike /api/health, Redis counts here: an instance cut off from the others would show its
    // clients a board the rest no longer see, so the balancer should send new ones elsewhere.
    const down = [...(closing ? ['closing'] : []), ...(database === 'unreachable' ? ['database'] : []), ...(fanout === 'unreachable' ? ['fanout'] : [])];
    json(res, down.length === 0 ? 200 : 503, { ok: down.length === 0, down, database, fanout, closing });
    return true;
  }
  const db = await databaseAnswers(deps.stores);
  // Without Redis an instance still serves its own clients, so only the database decides the status.
  json(res, db ? 200 : 503, { ok: db, database: db ? 'ok' : 'unreachable', fanout, uptimeSeconds: uptimeSeconds(), rooms: deps.rooms.size });
  return true;
}

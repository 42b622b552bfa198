import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLOSE, SYNC_PATH, type CloseCode } from '@/lib/protocol';
import { authorise } from '../auth/access';
import type { Secret } from '../auth/tokens';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import type { DocStore } from '../storage/doc-store';
import { Connection, type ConnectionLimits } from './connection';
import type { Rooms } from './rooms';

export type EndpointDeps = {
  store: DocStore;
  rooms: Rooms;
  secret: Secret;
  metrics: Metrics;
  log: Logger;
  limits: ConnectionLimits & { maxPeersPerBoard: number };
};

const PATH = new RegExp(`^${SYNC_PATH}/([a-z0-9][a-z0-9-]{5,63})$`);

/**
 * The y-websocket endpoint at /sync/<boardId>?token=…. The token is checked here, in the
 * upgrade, before the socket joins any room. A refused socket is still completed so that
 * it can carry a named close code (4401, 4403, 4404, 4409) the page can explain; it never
 * reads a message.
 */
export function createSyncEndpoint(deps: EndpointDeps) {
  // ws's own cap sits above ours so that an oversized frame reaches our check and gets 4413.
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes * 4 });
  const connections = new Set<Connection>();

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, code: CloseCode, reason: string) => {
    deps.metrics.counters.rejectedConnections++;
    deps.log('connection-refused', { url: req.url?.replace(/token=[^&]*/, 'token=…'), code, reason }, 'warn');
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, reason));
  };

  async function accept(ws: WebSocket, boardId: string, identity: Connection['identity']) {
    const room = await deps.rooms.acquire(boardId);
    if (room.peers.size >= deps.limits.maxPeersPerBoard) {
      deps.rooms.release(room);
      ws.close(CLOSE.boardFull, `board has ${deps.limits.maxPeersPerBoard} connections already`);
      return;
    }
    const conn = new Connection(ws, room, identity, deps.limits, deps.metrics, deps.log);
    connections.add(conn);
    deps.metrics.connections++;
    ws.on('error', (error) => deps.log('socket-error', { board: boardId, error: String(error) }, 'warn'));
    ws.on('close', () => {
      conn.detach();
      connections.delete(conn);
      deps.metrics.connections--;
      room.remove(conn);
      deps.rooms.release(room);
    });
  }

  return {
    /** Takes over an upgrade on the sync path; returns false for any other path. */
    async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<boolean> {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return false;
      const m = PATH.exec(url.pathname);
      if (!m) {
        refuse(req, socket, head, CLOSE.unknownBoard, 'not a board id');
        return true;
      }
      const access = await authorise(url.searchParams.get('token') ?? undefined, m[1]!, deps.store, deps.secret);
      if (!access.ok) {
        const denied = access.errors[0]!;
        refuse(req, socket, head, denied.code, denied.message);
        return true;
      }
      const p = access.value.payload;
      const identity = { role: p.r, participantId: p.p ?? null, name: p.n ?? 'Gjest', organisation: p.o ?? '' };
      wss.handleUpgrade(req, socket, head, (ws) => {
        accept(ws, m[1]!, identity).catch((error: unknown) => {
          deps.log('accept-failed', { board: m[1], error: String(error) }, 'error');
          ws.close(1011, 'board could not be loaded');
        });
      });
      return true;
    },

    /** Closes every socket with 4503 so clients reconnect to the next instance. */
    closeAll(): void {
      for (const c of connections) c.close(CLOSE.shuttingDown, 'server restarting');
      wss.close();
    },
  };
}

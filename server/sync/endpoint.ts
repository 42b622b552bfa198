import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOARD_ID_PATTERN, CLOSE, CLOSE_REASON, SYNC_PATH, type CloseCode } from '@/lib/protocol';
import type { Role } from '@/lib/roles';
import { authorise } from '../auth/access';
import type { Secret } from '../auth/tokens';
import { redactToken, type Logger } from '../log';
import type { ClientPolicy } from '../http/client';
import type { Metrics } from '../metrics';
import type { DocStore } from '../storage/doc-store';
import { Connection, type ConnectionLimits } from './connection';
import type { Room } from './room';
import type { Rooms } from './rooms';

export type EndpointDeps = {
  store: DocStore;
  rooms: Rooms;
  secret: Secret;
  metrics: Metrics;
  log: Logger;
  limits: ConnectionLimits & { maxPeersPerBoard: number };
  clients: ClientPolicy;
};

const PATH = new RegExp(`^${SYNC_PATH}/(${BOARD_ID_PATTERN})$`);

/**
 * The y-websocket endpoint at /sync/<boardId>?token=…. The token is checked here, in the
 * upgrade, before the socket joins any room. A refused socket is still completed so that
 * it can carry a named close code (4401, 4403, 4404, 4409) the page can explain; it never
 * reads a message.
 */
export function createSyncEndpoint(deps: EndpointDeps) {
  // ws's own cap sits above ours so that an oversized frame reaches our check and gets 4413.
  // Compression stays off: broadcasts write frames built once straight to the sockets (see Connection.sendFrame).
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes * 4, perMessageDeflate: false });
  const connections = new Set<Connection>();
  // The key version a role had when its links were last rotated here, per board and role. An
  // upgrade authorised just before a rotation may attach just after it; this catches that one.
  const rotated = new Map<string, number>();
  const rotation = (boardId: string, role: Role) => `${boardId} ${role}`;

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, code: CloseCode, reason: string) => {
    deps.metrics.counters.rejectedConnections++;
    deps.log('connection-refused', { url: redactToken(req.url), code, reason }, 'warn');
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, reason));
  };

  /** Attaches an upgraded socket to its (already loaded) room; synchronous, so no frame is missed. */
  function attach(ws: WebSocket, socket: Duplex, room: Room, identity: Connection['identity']) {
    const conn = new Connection(ws, room, identity, deps.limits, deps.metrics, deps.log, socket);
    connections.add(conn);
    deps.metrics.connections++;
    ws.on('error', (error) => deps.log('socket-error', { board: room.boardId, error: String(error) }, 'warn'));
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
      // The room is loaded before the handshake completes: the client sends its first sync
      // message at once, and a socket without a listener yet would drop it.
      const room = await deps.rooms.acquire(m[1]!);
      if (room.peers.size >= deps.limits.maxPeersPerBoard) {
        deps.rooms.release(room);
        refuse(req, socket, head, CLOSE.boardFull, `board has ${deps.limits.maxPeersPerBoard} connections already`);
        return true;
      }
      let attached = false;
      // A failed handshake never calls back; the room must still be released.
      socket.once('close', () => attached || deps.rooms.release(room));
      wss.handleUpgrade(req, socket, head, (ws) => {
        attached = true;
        if (p.k < (rotated.get(rotation(room.boardId, p.r)) ?? 0)) {
          deps.metrics.counters.rejectedConnections++;
          ws.close(CLOSE.unauthorized, CLOSE_REASON.linkRotated);
          deps.rooms.release(room);
          return;
        }
        attach(ws, socket, room, identity);
      });
      return true;
    },

    /**
     * Closes the board's sockets of one role with 4401 'link rotated', after that role's key
     * became `keyVersion`; the other roles' sockets stay. Answers how many were closed.
     */
    closeRole(boardId: string, role: Role, keyVersion: number): number {
      rotated.set(rotation(boardId, role), keyVersion);
      let closed = 0;
      for (const c of connections) {
        if (c.boardId !== boardId || c.identity.role !== role) continue;
        c.close(CLOSE.unauthorized, CLOSE_REASON.linkRotated);
        closed++;
      }
      return closed;
    },

    /** Closes every socket with 4503 so clients reconnect to the next instance. */
    closeAll(): void {
      for (const c of connections) c.close(CLOSE.shuttingDown, 'server restarting');
      wss.close();
    },
  };
}

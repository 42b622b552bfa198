import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { BOARD_ID_PATTERN, CLOSE, CLOSE_REASON, SYNC_PATH, SYNC_SUBPROTOCOL, type CloseCode } from '@/lib/protocol';
import { err, ok, type Result } from '@/lib/result';
import { keyScopeOf, type KeyScope, type TokenPayload } from '@/lib/roles';
import { authorise, BOARD_DELETED } from '../auth/access';
import type { Secret } from '../auth/tokens';
import { redactToken, type Logger } from '../log';
import { originAllowed, type ClientPolicy } from '../http/client';
import type { Metrics } from '../metrics';
import type { Stores } from '../storage/stores';
import { Connection, type ConnectionLimits } from './connection';
import { Heartbeat } from './heartbeat';
import type { Room } from './room';
import type { Rooms } from './rooms';

export type EndpointDeps = {
  stores: Pick<Stores, 'boards' | 'settings'>;
  rooms: Rooms;
  secret: Secret;
  metrics: Metrics;
  log: Logger;
  limits: ConnectionLimits & { maxPeersPerBoard: number; heartbeatMs: number };
  clients: ClientPolicy;
  /** Whether the server has sign-in on, which decides who may hold the facilitator role (see authorise). */
  signInOn: boolean;
};

const PATH = new RegExp(`^${SYNC_PATH}/(${BOARD_ID_PATTERN})$`);
const DELETED_MEMORY_MS = 10 * 60_000;

/** Why an upgrade is refused: the close code and reason the socket gets. */
type Refusal = { code: CloseCode; message: string };

/** The token a page offers as the subprotocol after SYNC_SUBPROTOCOL, if it offers one. */
function offeredToken(req: IncomingMessage): string | undefined {
  const [first, second] = (req.headers['sec-websocket-protocol'] ?? '').split(',').map((s) => s.trim());
  return first === SYNC_SUBPROTOCOL && second ? second : undefined;
}

/**
 * The y-websocket endpoint at /sync/<boardId>. The token comes as the second subprotocol after
 * SYNC_SUBPROTOCOL (the page's way, which keeps it out of URLs and proxy logs) or as ?token=…
 * (tools and benchmarks). It is checked here, in the upgrade, before the socket joins any room.
 * A refused socket is still completed so that it can carry a named close code (4401, 4403,
 * 4404, 4409, 4410, 4500) the page can explain; it never reads a message.
 */
export function createSyncEndpoint(deps: EndpointDeps) {
  // A browser that offered subprotocols fails a handshake whose answer names none, before any
  // close code could reach it; so refused sockets get the same answer as accepted ones.
  const handleProtocols = (offered: Set<string>) => (offered.has(SYNC_SUBPROTOCOL) ? SYNC_SUBPROTOCOL : false);
  // ws's own cap sits above ours so that an oversized frame reaches our check and gets 4413.
  // Compression stays off: broadcasts write frames built once straight to the sockets (see Connection.sendPrepared).
  const wss = new WebSocketServer({ noServer: true, maxPayload: deps.limits.maxMessageBytes * 4, perMessageDeflate: false, handleProtocols });
  const connections = new Set<Connection>();
  const heartbeat = new Heartbeat(deps.limits.heartbeatMs);
  // The key version a role (or the presenter grants) had when last rotated here, per board and
  // scope. An upgrade authorised just before a rotation may attach just after it; this catches that one.
  const rotated = new Map<string, number>();
  const rotation = (boardId: string, scope: KeyScope) => `${boardId} ${scope}`;
  // A presenter grant's socket has role viewer but is revoked with the presenter key, not the viewer link.
  const scopes = new WeakMap<Connection, KeyScope>();
  // Boards deleted lately: an upgrade authorised just before the deletion may attach just after
  // it, and must not (its client would write the board back). Kept for a while, not forever.
  const deleted = new Set<string>();

  const refuse = (req: IncomingMessage, socket: Duplex, head: Buffer, code: CloseCode, reason: string) => {
    deps.metrics.rejectedConnections.inc();
    deps.log('connection-refused', { url: redactToken(req.url), code, reason }, 'warn');
    wss.handleUpgrade(req, socket, head, (ws) => ws.close(code, reason));
  };

  /** Attaches an upgraded socket to its (already loaded) room; synchronous, so no frame is missed. */
  function attach(ws: WebSocket, socket: Duplex, room: Room, identity: Connection['identity'], scope: KeyScope) {
    const conn = new Connection(ws, room, identity, deps.limits, deps.metrics, deps.log, socket);
    scopes.set(conn, scope);
    connections.add(conn);
    deps.metrics.connections.inc();
    ws.on('error', (error) => deps.log('socket-error', { board: room.boardId, error: String(error) }, 'warn'));
    heartbeat.watch(ws, () => {
      conn.detach();
      deps.metrics.deadSockets.inc();
      deps.log('socket-dead', { board: room.boardId, peer: conn.id, heartbeatMs: deps.limits.heartbeatMs }, 'warn');
    });
    ws.on('close', () => {
      conn.detach();
      connections.delete(conn);
      deps.metrics.connections.dec();
      room.remove(conn);
      deps.rooms.release(room);
    });
  }

  /**
   * The token's claims and the board's room. The room is loaded before the handshake completes:
   * the client sends its first sync message at once, and a socket without a listener yet would
   * drop it. A refusal holds nothing.
   */
  async function admit(token: string | undefined, boardId: string): Promise<Result<{ payload: TokenPayload; room: Room }, Refusal>> {
    try {
      // The socket's one facilitator power is writing to a locked board; with sign-in on, the
      // same check as the HTTP calls' refuses a facilitator token that did not come from a signed-in join.
      const access = await authorise(token, boardId, deps.stores, deps.secret, { on: deps.signInOn });
      if (!access.ok) return access;
      if (deleted.has(boardId)) return err([BOARD_DELETED]);
      return ok({ payload: access.value.payload, room: await deps.rooms.acquire(boardId) });
    } catch (error) {
      // The store is down or the stored board unreadable: a code the page retries on, not a dead socket.
      deps.log('board-load-failed', { board: boardId, error: String(error) }, 'error');
      return err([{ code: CLOSE.loadFailed, message: 'board could not be loaded; try again' }]);
    }
  }

  return {
    /** Takes over an upgrade on the sync path; returns false for any other path. */
    async handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<boolean> {
      const url = new URL(req.url ?? '/', 'http://x');
      if (!url.pathname.startsWith(`${SYNC_PATH}/`)) return false;
      // A page elsewhere must not ride on a visitor's link: a browser always says where it runs.
      if (!originAllowed(req, deps.clients)) {
        deps.metrics.refusedRequests.inc();
        refuse(req, socket, head, CLOSE.forbidden, 'origin not allowed');
        return true;
      }
      const m = PATH.exec(url.pathname);
      if (!m) {
        refuse(req, socket, head, CLOSE.unknownBoard, 'not a board id');
        return true;
      }
      const admitted = await admit(offeredToken(req) ?? url.searchParams.get('token') ?? undefined, m[1]!);
      if (!admitted.ok) {
        const denied = admitted.errors[0]!;
        refuse(req, socket, head, denied.code, denied.message);
        return true;
      }
      const { payload: p, room } = admitted.value;
      const identity = { role: p.r, participantId: p.p ?? null, name: p.n ?? 'Gjest', organisation: p.o ?? '', verified: p.a === 1 };
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
        if (deleted.has(room.boardId)) {
          deps.metrics.rejectedConnections.inc();
          ws.close(CLOSE.deleted, BOARD_DELETED.message);
          deps.rooms.release(room);
          return;
        }
        if (p.k < (rotated.get(rotation(room.boardId, keyScopeOf(p))) ?? 0)) {
          deps.metrics.rejectedConnections.inc();
          ws.close(CLOSE.unauthorized, CLOSE_REASON.linkRotated);
          deps.rooms.release(room);
          return;
        }
        attach(ws, socket, room, identity, keyScopeOf(p));
      });
      return true;
    },

    /**
     * Closes the board's sockets of one key scope (a role, or the presenter grants) with 4401
     * 'link rotated', after its key became `keyVersion`; the others stay. Answers how many were closed.
     */
    closeRole(boardId: string, scope: KeyScope, keyVersion: number): number {
      rotated.set(rotation(boardId, scope), keyVersion);
      let closed = 0;
      for (const c of connections) {
        if (c.boardId !== boardId || scopes.get(c) !== scope) continue;
        c.close(CLOSE.unauthorized, CLOSE_REASON.linkRotated);
        closed++;
      }
      return closed;
    },

    /** Closes the board's sockets with 4410 (deleted) and refuses its upgrades in flight; answers how many were closed. */
    closeBoard(boardId: string): number {
      deleted.add(boardId);
      // Long past any upgrade that was authorised before the board went.
      setTimeout(() => deleted.delete(boardId), DELETED_MEMORY_MS).unref();
      let closed = 0;
      for (const c of connections) {
        if (c.boardId !== boardId) continue;
        c.close(CLOSE.deleted, BOARD_DELETED.message);
        closed++;
      }
      return closed;
    },

    /** Closes every socket with 4503 so clients reconnect to the next instance. */
    closeAll(): void {
      heartbeat.stop();
      for (const c of connections) c.close(CLOSE.shuttingDown, 'server restarting');
      wss.close();
    },
  };
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Catalog } from '@/lib/catalog/schema';
import type { KeyScope } from '@/lib/roles';
import { createSignIn } from './auth/oidc/sign-in';
import { createPresenterGrants } from './auth/presenter-grant';
import type { Secret } from './auth/tokens';
import { createBreakouts } from './breakouts/breakouts';
import { BoardFeed } from './feed/board-feed';
import { createControl } from './control/control';
import { createBoardDeletion } from './deletion/board-deletion';
import { startRetention } from './deletion/retention';
import { boardToucher } from './deletion/touch';
import { createThreads } from './comments/threads';
import { consultationGate, consultations as createConsultations } from './consultation/consultations';
import type { Config } from './config';
import { BoardChannels } from './fanout/board-channels';
import type { Fanout } from './fanout/fanout';
import { handleApi } from './http/api';
import { fail } from './http/respond';
import { setSecurityHeaders } from './http/security-headers';
import { redactToken, type Logger } from './log';
import { Metrics } from './metrics';
import { createEmailSettings } from './notifications/email-settings';
import { startMailWorker } from './notifications/mail-worker';
import { smtpMailer } from './notifications/mailer';
import { createNotifications } from './notifications/notifications';
import { createProposals } from './proposals/proposals';
import type { Stores } from './storage/stores';
import { createSyncEndpoint } from './sync/endpoint';
import { Rooms } from './sync/rooms';

export type AppHandler = {
  request(req: IncomingMessage, res: ServerResponse): Promise<void>;
  upgrade?(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void>;
};

export type BoardServerDeps = {
  config: Pick<Config, 'limits' | 'compactAfter' | 'unloadAfterMs' | 'comments' | 'joins' | 'boardsPerHourPerAddress' | 'allowedOrigins' | 'trustProxy' | 'createKey' | 'oidc' | 'retentionDays' | 'mail'>;
  stores: Stores;
  catalog: Catalog;
  secret: Secret;
  log: Logger;
  /** The Next.js app; without it only the API and the sync endpoint are served. */
  app?: AppHandler;
  /** Links this instance to the others serving the same boards; without it, this is the only one. */
  fanout?: Fanout;
  /**
   * The clock consultation deadlines are judged by (epoch ms); tests pass their own so a deadline can pass at once.
   * Notifications are stamped by it too, and the send queue and the digest hour go by it.
   */
  now?: () => number;
};

/**
 * The whole board server on one HTTP server: the JSON API, /metrics, the y-websocket sync
 * endpoint, and (optionally) the Next.js app for every other path.
 */
export function createBoardServer(deps: BoardServerDeps) {
  const metrics = new Metrics();
  deps.fanout?.observe({ publish: metrics.fanoutPublishSeconds, delivery: metrics.fanoutDeliverySeconds });
  // Every stored change passes the feed (comments, proposals, rounds, controls, history) or a room (document updates).
  const touch = boardToucher(deps.stores.boards, deps.log);
  const feed = new BoardFeed(touch);
  // Closures: the rooms and the endpoint that receive from other instances are made below.
  const channels: BoardChannels | undefined = deps.fanout
    ? new BoardChannels(
        deps.fanout,
        { room: (id) => rooms.resident(id), feed, closeRole: (id, role, k) => sync.closeRole(id, role, k), deleted: (id) => deletion.deletedElsewhere(id) },
        deps.log,
      )
    : undefined;
  if (channels) feed.share({ publish: (id, event) => channels.publish(id, { kind: 'event', event }), hold: (id) => channels.hold(id) });
  const rooms: Rooms = new Rooms({
    stores: deps.stores,
    metrics,
    log: deps.log,
    compactAfter: deps.config.compactAfter,
    unloadAfterMs: deps.config.unloadAfterMs,
    presenceTickMs: deps.config.limits.presenceTickMs,
    channels,
    feed,
    touch,
  });
  // Who may call from where: the same policy for the sync upgrade and the API.
  const clients = { allowedOrigins: deps.config.allowedOrigins, trustProxy: deps.config.trustProxy };
  const signIn = deps.config.oidc ? createSignIn(deps.config.oidc, deps.secret) : null;
  const sync = createSyncEndpoint({ stores: deps.stores, rooms, secret: deps.secret, metrics, log: deps.log, limits: deps.config.limits, clients, signInOn: signIn !== null });
  const closeSockets = (boardId: string, role: KeyScope, keyVersion: number) => {
    channels?.publish(boardId, { kind: 'rotated', role, keyVersion });
    return sync.closeRole(boardId, role, keyVersion);
  };
  const control = createControl({ stores: deps.stores, feed, rooms, secret: deps.secret, log: deps.log, closeSockets });
  const presenters = createPresenterGrants({ stores: deps.stores, secret: deps.secret, log: deps.log, feed, closeSockets: (id, k) => closeSockets(id, 'presenter', k) });
  const consultations = createConsultations({ stores: deps.stores, feed, now: deps.now });
  const clock = () => new Date(deps.now?.() ?? Date.now());
  // The send queue runs only when email is configured; the bell works without it.
  const mail = deps.config.mail
    ? startMailWorker({ stores: deps.stores, mailer: smtpMailer(deps.config.mail), settings: deps.config.mail, secret: deps.secret, log: deps.log, clock })
    : null;
  const notifications = createNotifications({ stores: deps.stores, feed, log: deps.log, clock, mail });
  const emailSettings = createEmailSettings({ stores: deps.stores, secret: deps.secret, clock, mail });
  const threads = createThreads({
    stores: deps.stores,
    feed,
    log: deps.log,
    metrics,
    limits: deps.config.comments,
    control: control.get,
    consultation: consultationGate(deps.stores, deps.now),
    commentAdded: notifications.commentAdded,
  });
  const proposals = createProposals({ stores: deps.stores, rooms, catalog: deps.catalog, feed, log: deps.log, metrics });
  const breakouts = createBreakouts({ stores: deps.stores, rooms, catalog: deps.catalog, secret: deps.secret, proposals, feed, log: deps.log });
  const deletion = createBoardDeletion({
    stores: deps.stores,
    rooms,
    closeHere: (id) => {
      sync.closeBoard(id);
      feed.closeBoard(id);
    },
    channels,
    log: deps.log,
  });
  const stopRetention = startRetention({ days: deps.config.retentionDays, stores: deps.stores, deletion, log: deps.log });
  const { maxPeersPerBoard, bufferWatermark } = deps.config.limits;
  // Set when shutdown begins; readiness answers 503 from then on while everything else still serves.
  let closing = false;
  const apiDeps = {
    stores: deps.stores,
    catalog: deps.catalog,
    secret: deps.secret,
    metrics,
    log: deps.log,
    rooms,
    threads,
    feed,
    proposals,
    control,
    presenters,
    breakouts,
    consultations,
    notifications,
    emailSettings,
    mailOn: mail !== null,
    maxBodyBytes: 64 * 1024,
    clients,
    joins: deps.config.joins,
    boardsPerHourPerAddress: deps.config.boardsPerHourPerAddress,
    fanout: deps.fanout,
    deletion,
    signIn,
    closing: () => closing,
    createKey: deps.config.createKey,
    // A live feed costs about what a sync socket does, so it shares that socket's bounds.
    limits: { maxFeedsPerBoard: maxPeersPerBoard, bufferWatermark },
  };

  const server: Server = createServer((req, res) => {
    // Before dispatch, so the API, /metrics, the pages and every error answer carry them.
    setSecurityHeaders(res);
    void (async () => {
      try {
        if (await handleApi(req, res, apiDeps)) return;
        if (deps.app) return await deps.app.request(req, res);
        fail(res, 404, 'not found');
      } catch (error) {
        deps.log('request-failed', { url: redactToken(req.url), error: String(error) }, 'error');
        if (!res.headersSent) fail(res, 500, 'internal error');
        else res.end();
      }
    })();
  });

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    void (async () => {
      try {
        if (await sync.handleUpgrade(req, socket, head)) return;
        if (deps.app?.upgrade) return await deps.app.upgrade(req, socket, head);
        socket.destroy();
      } catch (error) {
        deps.log('upgrade-failed', { url: redactToken(req.url), error: String(error) }, 'error');
        socket.destroy();
      }
    })();
  });

  return {
    server,
    metrics,
    rooms,
    /** The email send queue's worker, when email is on. */
    mail,
    /** Listens and resolves with the bound port (port 0 picks a free one). */
    listen(port: number, host = '127.0.0.1'): Promise<number> {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          const address = server.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      });
    },
    /** Starts shutdown without stopping anything: readiness answers 503 so a balancer moves traffic away before close(). */
    beginClose(): void {
      closing = true;
    },
    /** Stops accepting, closes sockets with 4503 and ends comment feeds, flushes and compacts every room, leaves the fan-out, closes the stores. */
    async close(): Promise<void> {
      closing = true;
      stopRetention();
      deletion.close();
      sync.closeAll();
      feed.closeAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      await rooms.closeAll();
      await deps.fanout?.close();
      // A send under way finishes and is marked before the stores close.
      await mail?.stop();
      await deps.stores.close();
    },
  };
}

import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CLOSE, MESSAGE, PERMISSION_DENIED, SYNC, type CloseCode } from '@/lib/protocol';
import { canEdit, type Role } from '@/lib/roles';
import type { Logger } from '../log';
import type { Metrics } from '../metrics';
import { awarenessMessage, permissionDeniedMessage, syncMessage } from './messages';
import { PresenceGate, type PresenceLimits } from './presence-gate';
import type { Peer, Room } from './room';
import { changesNothing } from './no-change';
import { checkUpdate, dropPending, MAX_PENDING_BYTES, pendingBytes } from './update-guard';
import { binaryFrame } from './ws-frame';

/** Who is on the other end, as the server's token says, never as the client claims. */
/** Who a connection is, from its token; `verified` when the name came from a sign-in. */
export type Identity = { role: Role; participantId: string | null; name: string; organisation: string; verified?: boolean };

export type ConnectionLimits = {
  maxMessageBytes: number;
  maxDocBytes: number;
  messagesPerSecond: number;
  /** Bytes queued for a peer beyond which it is dropped as a slow consumer. */
  bufferWatermark: number;
} & PresenceLimits;

const FRAME = Symbol('frame');

/**
 * A message made ready once for many connections: framed (RFC 6455) when it is made, so a
 * broadcast to N peers frames once and every connection writes the same bytes, instead of ws
 * framing it again for each (docs/benchmarks.md). Only a connection reads what it holds.
 */
export class PreparedMessage {
  readonly [FRAME]: Buffer;

  constructor(message: Uint8Array) {
    this[FRAME] = binaryFrame(message);
  }
}

/** One socket on one board: decodes y-websocket frames and enforces the role and the limits. */
export class Connection implements Peer {
  readonly id: string;
  private tokens: number;
  private lastRefill = performance.now();
  /** When the message being handled arrived: the start of its update's time to relay (see Room), and the rate limit's clock. */
  receivedAt = this.lastRefill;
  private closed = false;
  private readonly presence: PresenceGate;

  constructor(
    private readonly ws: WebSocket,
    private readonly room: Room,
    readonly identity: Identity,
    private readonly limits: ConnectionLimits,
    private readonly metrics: Metrics,
    private readonly log: Logger,
    /** The socket under `ws`, for messages framed once per broadcast (see sendPrepared). */
    private readonly socket: Duplex,
  ) {
    this.id = `${identity.participantId ?? 'guest'}:${Math.random().toString(36).slice(2, 8)}`;
    this.tokens = limits.messagesPerSecond;
    const owners = { ownsOrFree: (clientId: number) => room.ownsOrFree(this, clientId), clockOf: (clientId: number) => room.awareness.meta.get(clientId)?.clock };
    this.presence = new PresenceGate(limits, owners, { dropped: () => metrics.presenceDropped.inc(), echoed: () => metrics.presenceEchoes.inc() });
    room.add(this);
    ws.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    this.greet();
  }

  private greet(): void {
    this.send(syncMessage(SYNC.step1, Y.encodeStateVector(this.room.doc)));
    const states = [...this.room.awareness.getStates().keys()];
    if (states.length > 0) this.send(awarenessMessage(encodeAwarenessUpdate(this.room.awareness, states)));
  }

  send(message: Uint8Array): void {
    if (this.writable()) this.ws.send(message);
  }

  /**
   * Sends a message prepared once for a whole broadcast, writing its frame straight to the
   * socket. ws frames its own sends whole and in order on the same socket, and compression is
   * off, so the two never interleave within a frame.
   */
  sendPrepared(message: PreparedMessage): void {
    if (this.writable()) this.socket.write(message[FRAME]);
  }

  /** Open and keeping up; a peer whose queue passed the watermark is closed as a slow consumer. */
  private writable(): boolean {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return false;
    if (this.ws.bufferedAmount > this.limits.bufferWatermark) {
      this.close(CLOSE.slowConsumer, 'not reading fast enough; reconnect to resync');
      return false;
    }
    return true;
  }

  close(code: CloseCode, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    this.metrics.closedByServer.inc();
    this.log('connection-closed', { board: this.room.boardId, peer: this.id, code, reason }, code === CLOSE.shuttingDown ? 'info' : 'warn');
    this.ws.close(code, reason);
  }

  /** The board this connection is on. */
  get boardId(): string {
    return this.room.boardId;
  }

  /** Marks the connection gone without sending a close frame (the socket already closed). */
  detach(): void {
    this.closed = true;
  }

  private allow(): boolean {
    const now = this.receivedAt;
    this.tokens = Math.min(this.limits.messagesPerSecond, this.tokens + ((now - this.lastRefill) / 1000) * this.limits.messagesPerSecond);
    this.lastRefill = now;
    if (this.tokens < 1) return false;
    this.tokens--;
    return true;
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary) return this.close(CLOSE.badMessage, 'frames must be binary');
    if (data.byteLength > this.limits.maxMessageBytes) return this.close(CLOSE.tooLarge, `message over ${this.limits.maxMessageBytes} bytes`);
    const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.receivedAt = performance.now();
    // Presence is counted once it is read (see handleAwareness): only a message carrying the
    // client's own state spends this rate.
    if (message[0] !== MESSAGE.awareness && !this.allow()) return this.closeRateLimited();
    try {
      this.handle(message);
    } catch (error) {
      // A malformed frame ends this connection only; the room and other peers go on.
      this.metrics.messageErrors.inc();
      this.close(CLOSE.badMessage, `malformed message: ${error instanceof Error ? error.message : 'unreadable'}`);
    }
  }

  private handle(message: Uint8Array): void {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE.sync) return this.handleSync(decoder);
    if (type === MESSAGE.awareness) return this.handleAwareness(decoding.readVarUint8Array(decoder));
    if (type === MESSAGE.queryAwareness) {
      this.send(awarenessMessage(encodeAwarenessUpdate(this.room.awareness, [...this.room.awareness.getStates().keys()])));
      return;
    }
    throw new Error(`unknown message type ${type}`);
  }

  private handleSync(decoder: decoding.Decoder): void {
    const sub = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (sub === SYNC.step1) {
      Y.decodeStateVector(payload);
      // Off the message path: a failure here must end this connection's answer, never the process.
      this.answerStep1(payload).catch((error: unknown) => this.log('step1-failed', { board: this.room.boardId, peer: this.id, error: String(error) }, 'error'));
      return;
    }
    if (sub !== SYNC.step2 && sub !== SYNC.update) throw new Error(`unknown sync message ${sub}`);
    this.metrics.updatesIn.inc();
    if (!canEdit(this.identity.role)) {
      // Read-only roles: never applied, persisted or relayed. Their answer to the greeting holds
      // nothing new and is no write; only an update that would change the board counts as dropped.
      if (!changesNothing(this.room.doc, payload)) this.metrics.droppedWrites.inc();
      return;
    }
    if (this.room.locked && this.identity.role !== 'facilitator') {
      // Every client answers the greeting with a sync step 2, which repeats the whole delete set
      // even when it holds nothing new: such an answer is no edit and is passed over quietly.
      if (changesNothing(this.room.doc, payload)) return;
      // A locked board takes edits from facilitators only. The page disables moves meanwhile, so
      // only a client racing the lock (or ignoring it) gets here; its copy now differs from the
      // board's, and the permission-denied frame tells it to load the board afresh.
      this.metrics.droppedWrites.inc();
      this.metrics.lockedWrites.inc();
      this.send(permissionDeniedMessage(PERMISSION_DENIED.boardLocked));
      return;
    }
    // Judged before any part of it touches the document: what is refused is never applied, stored or relayed.
    const verdict = checkUpdate(this.room.doc, payload);
    if (!verdict.ok && verdict.refusal === 'malformed') throw new Error(verdict.reason);
    // Deletions alone are always taken, so a board at its limit can still be cleared. Pending bytes
    // count too: Yjs keeps them in memory as surely as the document.
    const deletesOnly = verdict.ok && verdict.deletesOnly;
    if (!deletesOnly && this.room.docBytes + pendingBytes(this.room.doc) + payload.byteLength > this.limits.maxDocBytes) {
      return this.close(CLOSE.tooLarge, `board document would pass ${this.limits.maxDocBytes} bytes`);
    }
    if (!verdict.ok) {
      this.metrics.refusedUpdates.inc();
      if (verdict.refusal === 'shape') return this.close(CLOSE.badContent, `update refused: ${verdict.reason}`);
      // What was pending goes too, or it would be merged again on every message; its senders
      // send it again with their next handshake.
      dropPending(this.room.doc);
      return this.close(CLOSE.tooLarge, `update refused: ${verdict.reason}`);
    }
    Y.applyUpdate(this.room.doc, payload, this);
    // What an update lacks was estimated; Yjs is held to the bound all the same.
    if (pendingBytes(this.room.doc) > MAX_PENDING_BYTES) dropPending(this.room.doc);
  }

  private async answerStep1(stateVector: Uint8Array): Promise<void> {
    // Only what is on disk goes out, so a peer never sees an update a crash could lose.
    await this.room.settled();
    this.send(syncMessage(SYNC.step2, Y.encodeStateAsUpdate(this.room.doc, stateVector)));
  }

  private handleAwareness(update: Uint8Array): void {
    this.metrics.awarenessIn.inc();
    const verdict = this.presence.filter(update, this.identity);
    // The stock provider echoes every state it hears, so on a busy board echoes alone would pass
    // the message rate: a message of echoes only is dropped uncounted. What the client says of
    // itself counts like any message, so a flood of its own states is closed, not just thinned.
    if (verdict.originated && !this.allow()) return this.closeRateLimited();
    if (verdict.update) applyAwarenessUpdate(this.room.awareness, verdict.update, this);
  }

  private closeRateLimited(): void {
    this.close(CLOSE.rateLimited, `over ${this.limits.messagesPerSecond} messages per second`);
  }
}

import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { collectDeepFirst } from '@/lib/doc-depth';
import { MESSAGE, SYNC } from '@/lib/protocol';
import { HistoryRecorder } from '../history/recorder';
import type { BoardChannels } from '../fanout/board-channels';
import type { DocumentLog, StoredDoc } from '../storage/document-log';
import type { Stores } from '../storage/stores';
import type { Metrics } from '../metrics';
import type { Logger } from '../log';
import type { FeedPublisher } from '../feed/board-feed';
import { PreparedMessage } from './connection';
import { awarenessMessage, syncMessage } from './messages';
import { PresenceBatch } from './presence-batch';
import { SlicedSend } from './sliced-send';

/** What a room needs from a connection: a way to take a message prepared once for every peer, and an identity for logs. */
export type Peer = {
  sendPrepared(message: PreparedMessage): void;
  id: string;
  /** When the message being handled arrived (performance.now()), for timing its update from receipt. */
  receivedAt?: number;
};

/**
 * `channels`, when set, links the room to the same board on other instances (see server/fanout).
 * `presenceTickMs` is how long presence changes gather before they go out as one message; 0 or
 * absent sends each at once. `feed`, when set, is where the room's history announces each entry it records.
 * `touch` is told of every update stored here: the board changed (see server/deletion/touch.ts).
 */
export type RoomOptions = { stores: Pick<Stores, 'log' | 'control' | 'history'>; metrics: Metrics; log: Logger; compactAfter: number; channels?: BoardChannels; presenceTickMs?: number; feed?: FeedPublisher; touch?: (boardId: string) => void };

/**
 * One board in memory: its document, its presence, and the peers connected to it.
 * Every document update is appended to the store before it is relayed, so nothing a peer
 * has seen can be lost when the process dies.
 */
export class Room {
  // Replaying a log that took an older version's deep tree apart deletes all of it in one
  // transaction; collectDeepFirst keeps collecting it from overflowing the stack.
  readonly doc = new Y.Doc({ gc: true, gcFilter: collectDeepFirst });
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Map<Peer, Set<number>>();
  /** Records who changed the board and how, in bursts, off the sync path. */
  readonly history: HistoryRecorder;
  /** Updates appended since the last compaction; the log the next compaction covers. */
  private logged = 0;
  private pending = 0;
  private tail: Promise<void> = Promise.resolve();
  docBytes = 0;
  private lockState = { locked: false, changes: 0 };
  /**
   * Who holds each awareness client id: a local peer (the id is also in its set in `peers`) or
   * REMOTE_ORIGIN for a client on another instance. Checked for every presence entry a peer
   * sends, so it is a lookup, not a walk over the peers.
   */
  private readonly owners = new Map<number, Peer | typeof REMOTE_ORIGIN>();
  /** Presence changes waiting for the next tick, to local peers and to the other instances. */
  private readonly presence: PresenceBatch;
  /** Sends a tick's presence to the peers a slice at a time, so a move never waits for all of them. */
  private readonly presenceOut: SlicedSend<PreparedMessage, Peer>;
  /** Ends the fan-out subscription; set while the room is linked to other instances. */
  private unsubscribe: (() => void) | null = null;

  private constructor(
    readonly boardId: string,
    private readonly opts: RoomOptions,
  ) {
    // With other instances writing the same history, the last entry is read afresh each time.
    this.history = new HistoryRecorder(boardId, this.doc, { history: opts.stores.history, log: opts.log, shared: Boolean(opts.channels), feed: opts.feed });
    // The server keeps no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.persistThenRelay);
    const failed = (error: unknown) => opts.log('presence-flush-failed', { board: boardId, error: String(error) }, 'error');
    this.presence = new PresenceBatch(opts.presenceTickMs ?? 0, this.sendPresence, failed);
    this.presenceOut = new SlicedSend<PreparedMessage, Peer>(PRESENCE_SLICE, (peer) => this.peers.has(peer), failed);
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      // Ownership changes at once, so the next entry a peer sends is judged against it; only the
      // sending waits for the tick.
      const owner = origin === REMOTE_ORIGIN ? REMOTE_ORIGIN : this.peers.has(origin as Peer) ? (origin as Peer) : null;
      if (owner) for (const id of [...added!, ...updated!]) this.claim(id, owner);
      // Removed for whatever reason (left, timed out, removed elsewhere): the id is free again.
      for (const id of removed!) this.release(id);
      // Local presence only is told to the others (a peer's, or its removal on leaving): states
      // that timed out are timed out by every instance itself, and remote ones came from the
      // instance that owns them.
      this.presence.add([...added!, ...updated!, ...removed!], origin !== REMOTE_ORIGIN && origin !== 'timeout');
    });
  }

  /**
   * One tick's presence: one message with the current state of every id that changed (null for one
   * removed, as the stock client expects) to every peer, and one message with the ids this
   * instance originated to the other instances.
   */
  private sendPresence = (changed: number[], originated: number[]): void => {
    const update = encodeAwarenessUpdate(this.awareness, changed);
    this.presenceOut.send(new PreparedMessage(awarenessMessage(update)), [...this.peers.keys()]);
    if (originated.length === 0 || !this.opts.channels) return;
    const data = originated.length === changed.length ? update : encodeAwarenessUpdate(this.awareness, originated);
    this.opts.channels.publish(this.boardId, { kind: 'awareness', data });
  };

  private claim(clientId: number, owner: Peer | typeof REMOTE_ORIGIN): void {
    const previous = this.owners.get(clientId);
    if (previous === owner) return;
    // Taken over (a newer state from another instance for an id a peer here held): one owner only.
    if (previous !== undefined && previous !== REMOTE_ORIGIN) this.peers.get(previous)?.delete(clientId);
    this.owners.set(clientId, owner);
    if (owner !== REMOTE_ORIGIN) this.peers.get(owner)?.add(clientId);
  }

  private release(clientId: number): void {
    const owner = this.owners.get(clientId);
    if (owner === undefined) return;
    this.owners.delete(clientId);
    if (owner !== REMOTE_ORIGIN) this.peers.get(owner)?.delete(clientId);
  }

  /** While true, only facilitators' document updates are applied (see Connection); set by the control service. */
  get locked(): boolean {
    return this.lockState.locked;
  }

  set locked(locked: boolean) {
    this.lockState = { locked, changes: this.lockState.changes + 1 };
  }

  /** Loads a board from storage, compacting first when its log is long. */
  static async load(boardId: string, opts: RoomOptions): Promise<Room> {
    const room = new Room(boardId, opts);
    // Subscribed before storage is read: an update stored elsewhere meanwhile then arrives
    // through the subscription, and applying it twice is harmless.
    room.unsubscribe = (await opts.channels?.hold(boardId)) ?? null;
    try {
      const [stored, control] = await readBoard(opts.stores, boardId);
      room.locked = control?.locked ?? false;
      // LOAD_ORIGIN, which the update handler ignores: the stored history must not be appended to the log a second time.
      applyStored(room.doc, stored, LOAD_ORIGIN);
      room.logged = stored.updates.length;
      room.docBytes = (stored.state?.byteLength ?? 0) + stored.updates.reduce((s, u) => s + u.byteLength, 0);
      if (room.logged > opts.compactAfter) await room.compact();
      await room.history.start();
    } catch (error) {
      room.unsubscribe?.();
      throw error;
    }
    opts.channels?.publish(boardId, { kind: 'hello' });
    return room;
  }

  /** Applies an update another instance stored and forwarded: relayed to the peers here, not stored again. */
  receiveUpdate(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
  }

  /** Applies presence of clients connected to another instance. */
  receiveAwareness(update: Uint8Array): void {
    applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
  }

  /** Sends the presence of this instance's peers to the others, for an instance that just loaded the board. */
  announcePresence(): void {
    const ids = [...this.peers.values()].flatMap((owned) => [...owned]);
    if (ids.length > 0) this.opts.channels?.publish(this.boardId, { kind: 'awareness', data: encodeAwarenessUpdate(this.awareness, ids) });
  }

  /** Applies whatever storage holds that this room lacks (updates stored elsewhere, a lock, while messages were lost). */
  async catchUp(): Promise<void> {
    const changes = this.lockState.changes;
    const [stored, control] = await readBoard(this.opts.stores, this.boardId);
    // A lock set while the record was being read is newer than what was read.
    if (this.lockState.changes === changes) this.locked = control?.locked ?? false;
    applyStored(this.doc, stored, REMOTE_ORIGIN);
  }

  /** After the link to other instances was lost: catch up from storage and exchange presence again. */
  async resume(): Promise<void> {
    await this.catchUp();
    this.opts.channels?.publish(this.boardId, { kind: 'hello' });
    this.announcePresence();
  }

  private persistThenRelay = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    if (origin === REMOTE_ORIGIN) {
      // Stored by the instance it came from before it was forwarded.
      this.docBytes += update.byteLength;
      this.broadcast(syncMessage(SYNC.update, update), null);
      return;
    }
    // A connection's update carries the time its message arrived; a change the server made starts here.
    const received = (origin as Partial<Peer> | null | undefined)?.receivedAt ?? performance.now();
    this.opts.metrics.updateBytes.observe(update.byteLength);
    this.history.note(origin);
    this.docBytes += update.byteLength;
    // A local store writes at once, and the update goes out within this event as soon as it is
    // on disk. Only with nothing still waiting its turn, so peers see updates in the order applied.
    if (this.pending === 0 && appendedNow(this.opts.stores.log, this.boardId, update)) return this.relayStored(update, origin, received);
    this.pending++;
    // Appends start at once so the store can batch them; the relay waits for its own append
    // and for every earlier relay, which keeps peers seeing updates in the order applied.
    const appended = appendPatiently(this.opts.stores.log, this.boardId, update);
    this.tail = Promise.all([this.tail, appended]).then(
      () => {
        this.pending--;
        try {
          this.relayStored(update, origin, received);
        } catch (error) {
          // Nothing awaits this chain but settled(): a throw here would reject it for every later caller.
          this.opts.log('relay-failed', { board: this.boardId, error: String(error) }, 'error');
        }
      },
      (error: unknown) => {
        this.pending--;
        // Not durable, so not relayed: the sender keeps it and resends on reconnect.
        this.opts.log('persist-failed', { board: this.boardId, error: String(error) }, 'error');
      },
    );
  };

  /** Sends an update that is now stored to the other instances and to every peer but its sender. */
  private relayStored(update: Uint8Array, origin: unknown, received: number): void {
    this.logged++;
    this.opts.touch?.(this.boardId);
    this.opts.metrics.persistSeconds.observe((performance.now() - received) / 1000);
    // Forwarded first: the write to Redis is one socket write, while the local relay is one
    // per peer, and the other instances' peers should not wait behind this instance's.
    this.opts.channels?.publish(this.boardId, { kind: 'update', data: update });
    this.broadcast(syncMessage(SYNC.update, update), origin);
    this.opts.metrics.relaySeconds.observe((performance.now() - received) / 1000);
    if (this.logged > this.opts.compactAfter) {
      // In the background: a failure is logged and the log simply waits for the next compaction.
      this.compact().catch((error: unknown) => this.opts.log('compact-failed', { board: this.boardId, error: String(error) }, 'error'));
    }
  }

  /** Resolves once every update applied so far is on disk. */
  async settled(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  /** Sends to every peer except `except`; counts each relayed document update. */
  broadcast(message: Uint8Array, except: unknown): void {
    // Prepared once: every peer gets the same bytes.
    const prepared = new PreparedMessage(message);
    let sent = 0;
    for (const peer of this.peers.keys()) {
      if (peer === except) continue;
      peer.sendPrepared(prepared);
      sent++;
    }
    // Counted once per broadcast, not per peer: this loop is the hot path of every edit.
    if (message[0] === MESSAGE.sync) this.opts.metrics.updatesOut.inc(sent);
  }

  add(peer: Peer): void {
    this.peers.set(peer, new Set());
  }

  /** Forgets a peer and the presence it owned. */
  remove(peer: Peer): void {
    const ids = this.peers.get(peer);
    this.peers.delete(peer);
    if (!ids || ids.size === 0) return;
    for (const id of ids) this.owners.delete(id);
    // Sent to the peers left, and to the other instances, with the next tick.
    removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** True when the awareness client id is free or already this peer's. */
  ownsOrFree(peer: Peer, clientId: number): boolean {
    const owner = this.owners.get(clientId);
    return owner === undefined || owner === peer;
  }

  private compacting: Promise<void> | null = null;

  /** Rewrites the log as one state row. Earlier-logged updates only, so later appends survive. */
  compact(): Promise<void> {
    this.compacting ??= this.compactNow().finally(() => (this.compacting = null));
    return this.compacting;
  }

  private async compactNow(): Promise<void> {
    await this.settled();
    const covered = this.logged;
    if (covered === 0) return;
    if (this.opts.channels) {
      // Other instances append to the same log, so this document does not line up with its first
      // rows: the store folds exactly the rows it reads, under a lock only one instance gets.
      this.logged -= covered;
      await this.opts.stores.log.fold(this.boardId, this.foldInto);
      return;
    }
    const state = Y.encodeStateAsUpdate(this.doc);
    this.logged -= covered;
    await this.opts.stores.log.compact(this.boardId, state, covered);
    this.docBytes = state.byteLength;
  }

  /**
   * The fold of a shared log: what is stored, brought into this room's document (which holds
   * nearly all of it already), then the document's state. Re-encoding the live document costs a
   * fraction of rebuilding it from storage, which on a long-lived board would make every
   * compaction, and so every update on average, dearer as the board grows.
   */
  private foldInto = (stored: StoredDoc): Uint8Array => {
    Y.transact(this.doc, () => {
      // Checking costs a decode; integrating a large state this document already holds costs far more.
      if (stored.state && !Y.snapshotContainsUpdate(Y.snapshot(this.doc), stored.state)) Y.applyUpdate(this.doc, stored.state, REMOTE_ORIGIN);
      for (const u of stored.updates) Y.applyUpdate(this.doc, u, REMOTE_ORIGIN);
    }, REMOTE_ORIGIN);
    const state = Y.encodeStateAsUpdate(this.doc);
    // The size bound counts the whole document, whichever instance's updates made it.
    this.docBytes = state.byteLength;
    return state;
  };

  /**
   * Frees the document without writing anything more: no history entry, no compaction, no
   * presence. For a board being deleted, whose sockets are closed already; resolves once the
   * writes already under way (appends, a compaction, a history entry) have settled, so a purge
   * after it finds them.
   */
  async discard(): Promise<void> {
    this.presence.drop();
    await this.history.discard();
    await this.settled();
    await this.compacting?.catch(() => undefined);
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.awareness.destroy();
    this.doc.destroy();
  }

  /** Records pending history, flushes, compacts and frees the document; the room must have no peers. */
  async unload(): Promise<void> {
    // The last peers' removals still reach the other instances, before the subscription ends.
    this.presence.close();
    await this.history.close();
    await this.compact();
    this.unsubscribe?.();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

/**
 * Peers written to per turn of the event loop when presence goes out. A write costs about 10 to
 * 30 µs on the machines measured, so a slice holds the loop for well under a millisecond.
 */
const PRESENCE_SLICE = 32;

const LOAD_ORIGIN = Symbol('load');
/** Changes that came from another instance: relayed to local peers, never stored or forwarded again. */
const REMOTE_ORIGIN = Symbol('remote');

/** True when the store wrote the update at once; false when it cannot or could not, and the update goes the patient way. */
function appendedNow(log: DocumentLog, boardId: string, update: Uint8Array): boolean {
  if (!log.appendNow) return false;
  try {
    log.appendNow(boardId, update);
    return true;
  } catch {
    return false;
  }
}

// How long an append is retried while the database is unreachable (a restart, a failover).
const APPEND_RETRY_MS = 30_000;

/**
 * Appends, retrying with backoff while the store fails, for up to APPEND_RETRY_MS: the update is
 * already in the room's document, and without a retry it would never be stored or relayed.
 * Appending twice after a lost acknowledgement is harmless, as applying an update is idempotent.
 */
async function appendPatiently(log: DocumentLog, boardId: string, update: Uint8Array): Promise<void> {
  const deadline = Date.now() + APPEND_RETRY_MS;
  for (let wait = 100; ; wait = Math.min(wait * 2, 2000)) {
    try {
      return await log.append(boardId, update);
    } catch (error) {
      if (Date.now() + wait > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** What a room takes from storage, on load and on catching up: the document and the controls. */
const readBoard = (stores: Pick<Stores, 'log' | 'control'>, boardId: string) => Promise.all([stores.log.load(boardId), stores.control.getControl(boardId)]);

/** Applies a stored state and log in one transaction, so observers see one change. */
function applyStored(doc: Y.Doc, stored: StoredDoc, origin: symbol): void {
  Y.transact(doc, () => {
    if (stored.state) Y.applyUpdate(doc, stored.state, origin);
    for (const u of stored.updates) Y.applyUpdate(doc, u, origin);
  }, origin);
}

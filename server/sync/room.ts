import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { MESSAGE, SYNC } from '@/lib/protocol';
import { HistoryRecorder } from '../history/recorder';
import type { DocStore } from '../storage/doc-store';
import type { Metrics } from '../metrics';
import type { Logger } from '../log';
import { awarenessMessage, syncMessage } from './messages';

/** What a room needs from a connection: a way to send, and an identity for logs. */
export type Peer = { send(message: Uint8Array): void; id: string };

export type RoomOptions = { store: DocStore; metrics: Metrics; log: Logger; compactAfter: number };

/**
 * One board in memory: its document, its presence, and the peers connected to it.
 * Every document update is appended to the store before it is relayed, so nothing a peer
 * has seen can be lost when the process dies.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Map<Peer, Set<number>>();
  /** Records who changed the board and how, in bursts, off the sync path. */
  readonly history: HistoryRecorder;
  /** Updates appended since the last compaction; the log the next compaction covers. */
  private logged = 0;
  private pending = 0;
  private tail: Promise<void> = Promise.resolve();
  docBytes = 0;
  /** While true, only facilitators' document updates are applied (see Connection); set by the control service. */
  locked = false;

  private constructor(
    readonly boardId: string,
    private readonly opts: RoomOptions,
  ) {
    this.history = new HistoryRecorder(boardId, this.doc, { store: opts.store, log: opts.log });
    // The server keeps no presence of its own.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.persistThenRelay);
    this.awareness.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      const changed = [...added!, ...updated!, ...removed!];
      const owner = this.peers.get(origin as Peer);
      if (owner) {
        for (const id of [...added!, ...updated!]) owner.add(id);
        for (const id of removed!) owner.delete(id);
      }
      this.broadcast(awarenessMessage(encodeAwarenessUpdate(this.awareness, changed)), null);
    });
  }

  /** Loads a board from storage, compacting first when its log is long. */
  static async load(boardId: string, opts: RoomOptions): Promise<Room> {
    const room = new Room(boardId, opts);
    const [stored, control] = await Promise.all([opts.store.load(boardId), opts.store.getControl(boardId)]);
    room.locked = control?.locked ?? false;
    // Applied under LOAD_ORIGIN in one transaction, which the update handler ignores: the
    // stored history must not be appended to the log a second time.
    Y.transact(room.doc, () => {
      if (stored.state) Y.applyUpdate(room.doc, stored.state, LOAD_ORIGIN);
      for (const u of stored.updates) Y.applyUpdate(room.doc, u, LOAD_ORIGIN);
    }, LOAD_ORIGIN);
    room.logged = stored.updates.length;
    room.docBytes = (stored.state?.byteLength ?? 0) + stored.updates.reduce((s, u) => s + u.byteLength, 0);
    if (room.logged > opts.compactAfter) await room.compact();
    await room.history.start();
    return room;
  }

  private persistThenRelay = (update: Uint8Array, origin: unknown): void => {
    if (origin === LOAD_ORIGIN) return;
    const received = performance.now();
    this.history.note(origin);
    this.pending++;
    this.docBytes += update.byteLength;
    // Appends start at once so the store can batch them; the relay waits for its own append
    // and for every earlier relay, which keeps peers seeing updates in the order applied.
    const appended = this.opts.store.appendUpdate(this.boardId, update);
    this.tail = Promise.all([this.tail, appended]).then(
      () => {
        this.pending--;
        this.logged++;
        this.opts.metrics.observePersist(performance.now() - received);
        this.broadcast(syncMessage(SYNC.update, update), origin);
        if (this.logged > this.opts.compactAfter) void this.compact();
      },
      (error: unknown) => {
        this.pending--;
        // Not durable, so not relayed: the sender keeps it and resends on reconnect.
        this.opts.log('persist-failed', { board: this.boardId, error: String(error) }, 'error');
      },
    );
  };

  /** Resolves once every update applied so far is on disk. */
  async settled(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  /** Sends to every peer except `except`; counts each relayed document update. */
  broadcast(message: Uint8Array, except: unknown): void {
    for (const peer of this.peers.keys()) {
      if (peer === except) continue;
      peer.send(message);
      if (message[0] === MESSAGE.sync) this.opts.metrics.counters.updatesOut++;
    }
  }

  add(peer: Peer): void {
    this.peers.set(peer, new Set());
  }

  /** Forgets a peer and the presence it owned. */
  remove(peer: Peer): void {
    const ids = this.peers.get(peer);
    this.peers.delete(peer);
    if (ids && ids.size > 0) removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** True when the awareness client id is free or already this peer's. */
  ownsOrFree(peer: Peer, clientId: number): boolean {
    for (const [other, ids] of this.peers) if (other !== peer && ids.has(clientId)) return false;
    return true;
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
    const state = Y.encodeStateAsUpdate(this.doc);
    this.logged -= covered;
    await this.opts.store.compact(this.boardId, state, covered);
    this.docBytes = state.byteLength;
  }

  /** Records pending history, flushes, compacts and frees the document; the room must have no peers. */
  async unload(): Promise<void> {
    await this.history.close();
    await this.compact();
    this.awareness.destroy();
    this.doc.destroy();
  }
}

const LOAD_ORIGIN = Symbol('load');

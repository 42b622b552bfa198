import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { readAuthMessage } from 'y-protocols/auth';
import { writeSyncStep1 } from 'y-protocols/sync';
import { IndexeddbPersistence } from 'y-indexeddb';
import { CLOSE, MESSAGE, PERMISSION_DENIED, SYNC_PATH, SYNC_SUBPROTOCOL } from '@/lib/protocol';
import { throttle } from '@/lib/throttle';
import type { Presence } from '@/lib/presence';
import { deviceCopyName } from './device-copy';
import { OwnPresenceProvider } from './own-presence-provider';

/** The origin of every edit made on this page; the undo manager tracks only these. */
export const LOCAL_ORIGIN = Symbol('ansvarstavla-local');

/** The reason `discard` is given when the person chose to load the board again. */
export const RELOADED = 'reloaded';

export type Connection = 'connecting' | 'connected' | 'offline';
/**
 * saved: the server has every local edit on disk; saving: sent, not yet confirmed; local: only on
 * this device; dropped: the server refused the last edits (a locked board) and they were undone.
 */
export type Saved = 'saved' | 'saving' | 'local' | 'dropped';
/**
 * synced: the server's state has arrived once; ready: there is a board to show (from the server or
 * the device copy); retrying: the close code the page is reconnecting after, until the next sync;
 * stale: the server refused an edit, so this copy is being replaced and takes no more edits.
 */
export type LiveState = {
  connection: Connection;
  saved: Saved;
  closed: { code: number; reason: string } | null;
  retrying: number | null;
  synced: boolean;
  ready: boolean;
  stale: boolean;
};

/** What a LiveClient is told besides the board: whether it keeps a device copy, and whom to tell when it discards itself. */
export type LiveOptions = {
  keepOnDevice: boolean;
  /** Start with "not saved": this client replaces one whose edits the server dropped. */
  dropped?: boolean;
  /** Called once the device copy is gone after `discard` (a refused edit); the owner replaces this client. */
  onStale?: (reason: string) => void;
};

// Closes the server sends when reconnecting is worth it: a slow reader or a burst may simply
// resync; everything else in 4400–4499 (bad link, revoked, unknown board) is final.
const RETRYABLE = new Set<number>([CLOSE.slowConsumer, CLOSE.rateLimited]);

// A subprotocol must be an HTTP token; the browser throws on anything else (a mangled link in
// the address), so such a token is replaced by one the server refuses with its named close code.
const asSubprotocol = (token: string) => (/^[A-Za-z0-9._~-]+$/.test(token) ? token : 'invalid-token');

/**
 * One board's live document in the browser: the y-websocket provider (one that sends only this
 * page's own presence), the device copy in IndexedDB for people who can edit, per-user undo, and
 * a saved state that is only "saved" once the server has answered after storing every edit this
 * page sent.
 */
export class LiveClient {
  readonly doc = new Y.Doc();
  readonly provider: OwnPresenceProvider;
  readonly undo: Y.UndoManager;
  private readonly persistence: IndexeddbPersistence | null;
  private state: LiveState;
  private readonly listeners = new Set<() => void>();
  private readonly onStale: LiveOptions['onStale'];
  private get stale() {
    return this.state.stale;
  }
  private localEdits = 0;
  private confirmedEdits = 0;
  /** Local edits sent before the confirmation question still awaiting its answer, if any. */
  private asked: number | null = null;

  constructor(boardId: string, token: string, user: Presence['user'], { keepOnDevice, dropped = false, onStale }: LiveOptions) {
    this.state = { connection: 'connecting', saved: dropped ? 'dropped' : 'saved', closed: null, retrying: null, synced: false, ready: false, stale: false };
    this.onStale = onStale;
    // Offline copies are only for people whose edits the server accepts: a read-only device
    // must not keep local changes that a later editor link on it would then upload.
    // Marks (board:client, board:connected, board:synced) show the load in the browser's timeline.
    performance.mark('board:client');
    this.persistence = keepOnDevice ? new IndexeddbPersistence(deviceCopyName(boardId), this.doc) : null;
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    this.provider = new OwnPresenceProvider(`${scheme}://${location.host}${SYNC_PATH}`, boardId, this.doc, {
      // The token rides as the second subprotocol, never in the address, where logs would keep it.
      protocols: [SYNC_SUBPROTOCOL, asSubprotocol(token)],
      // Tabs talk to the server only: a tab's role must not leak into another tab's document.
      disableBc: true,
      maxBackoffTime: 4000,
      shouldReconnect: (event) => RETRYABLE.has(event.code) || !(event.code >= 4400 && event.code < 4500),
    });
    // The stock provider only logs a refusal; here it means the board no longer holds what this copy shows.
    this.provider.messageHandlers[MESSAGE.auth] = (_encoder, decoder) => readAuthMessage(decoder, this.doc, (_doc, reason) => this.onDenied(reason));
    this.provider.awareness.setLocalStateField('user', user);
    // Offline, the device copy is the board; online the server's answer usually comes first.
    void this.persistence?.whenSynced.then(() => {
      if (!this.state.ready && this.doc.getMap('cards').size > 0) this.set({ ready: true });
    });
    // Choices on open questions and binding pathways are board content like moves, so undo takes them back the same way.
    const tracked = ['levels', 'cards', 'custom', 'choices', 'bindings'].map((name) => this.doc.getMap(name));
    this.undo = new Y.UndoManager(tracked, {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
      captureTimeout: 0,
    });
    this.doc.on('update', this.onUpdate);
    this.provider.on('status', ({ status }) => this.onStatus(status));
    this.provider.on('sync', (synced) => synced && this.onSynced());
    this.provider.on('closed', ({ code, reason }) => this.stale || this.set({ closed: { code, reason }, connection: 'offline' }));
    // A close the provider retries after (4500: the board could not be loaded) is worth words too.
    this.provider.on('connection-close', (event) => event && !this.stale && this.set({ retrying: event.code }));
    window.addEventListener('offline', this.goOffline);
    window.addEventListener('online', this.goOnline);
    // A page opened without a network (reloaded offline, from the device copy) hears no
    // 'offline' event, and a socket that never opened reports no status: it says so from the start.
    if (!navigator.onLine) {
      this.goOffline();
      this.state = { ...this.state, connection: 'offline' };
    }
  }

  // A socket on a dead network can look open for half a minute; the browser knows sooner.
  private goOffline = () => this.provider.disconnect();
  private goOnline = () => this.provider.connect();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  snapshot = () => this.state;

  private set(patch: Partial<LiveState>) {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  private onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === this.provider || origin === this.persistence || this.stale) return;
    this.localEdits++;
    this.set({ saved: this.provider.wsconnected ? 'saving' : 'local' });
    this.askForConfirmation();
  };

  private onStatus(status: 'connected' | 'connecting' | 'disconnected') {
    if (this.stale) return;
    if (status === 'connected') {
      performance.mark('board:connected');
      return this.set({ connection: 'connected', closed: null });
    }
    // A question on a dropped socket is never answered; the next connection asks again.
    this.asked = null;
    this.set({ connection: status === 'connecting' ? 'connecting' : 'offline', saved: this.pending() ? 'local' : this.state.saved });
  }

  private onSynced() {
    // An answer that overtook a refusal must not mark the refused edit saved.
    if (this.stale) return;
    if (!this.state.synced) performance.mark('board:synced');
    if (this.asked !== null) {
      // The answer to our question: every edit sent before it is stored.
      this.confirmedEdits = Math.max(this.confirmedEdits, this.asked);
      this.asked = null;
    }
    // "Not saved" stays until the person's next edit is confirmed, so a dropped edit never reads as saved.
    const saved = this.pending() ? 'saving' : this.state.saved === 'dropped' ? 'dropped' : 'saved';
    this.set({ synced: true, ready: true, retrying: null, saved });
    if (this.pending()) this.askForConfirmation();
  }

  private pending = () => this.confirmedEdits < this.localEdits;

  /**
   * Sends sync step 1 after the edits. The server answers it only once every update it
   * applied is on disk, and frames on one socket arrive in order, so that answer (the
   * provider's next "synced") confirms every edit sent before the question.
   */
  private askForConfirmation = throttle(() => {
    const ws = this.provider.ws;
    // One question at a time: "synced" only fires on a change, so overlapping answers would merge.
    if (this.asked !== null || !this.provider.wsconnected || !this.provider.synced || !ws || ws.readyState !== WebSocket.OPEN) return;
    this.asked = this.localEdits;
    this.provider.synced = false;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE.sync);
    writeSyncStep1(encoder, this.doc);
    ws.send(encoding.toUint8Array(encoder));
  }, 150);

  /**
   * The server dropped an edit because the board is locked. This copy and the device copy now
   * hold an edit the board never will, and the provider would send it again on every reconnect
   * (after an unlock it would even be applied), so both are thrown away.
   */
  private onDenied(reason: string) {
    if (reason === PERMISSION_DENIED.boardLocked) this.discard(reason);
    else console.warn(`board: permission denied (${reason})`);
  }

  /**
   * Throws away this copy of the board, its device copy and its undo history, sends nothing
   * more, and then calls `onStale` with `reason` so the owner starts a fresh client that loads
   * the board from the server. The page calls it too, with RELOADED, when the person chooses to
   * go on without an edit the server closed the socket over (a full board, a change too large).
   */
  discard(reason: string) {
    if (this.stale) return;
    this.set({ stale: true, saved: 'dropped' });
    this.provider.disconnect();
    const persistence = this.persistence;
    // clearData closes the database and issues the delete before it resolves; a fresh client's
    // open is queued behind that delete, so it never reads the dropped edit back.
    void (persistence ? persistence.clearData() : Promise.resolve()).then(() => this.onStale?.(reason));
  }

  /** Publishes what this person is dragging; throttled so a room of fifty stays quiet. */
  setDrag = throttle((drag: Presence['drag']) => this.provider.awareness.setLocalStateField('drag', drag ?? null), 100);

  destroy() {
    window.removeEventListener('offline', this.goOffline);
    window.removeEventListener('online', this.goOnline);
    this.askForConfirmation.cancel();
    this.setDrag.cancel();
    this.undo.destroy();
    this.provider.destroy();
    void this.persistence?.destroy();
    this.doc.destroy();
    this.listeners.clear();
  }
}

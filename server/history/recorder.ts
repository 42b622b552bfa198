import type * as Y from 'yjs';
import { readBoardDoc } from '@/lib/board-doc';
import { historyChanges, MAX_HISTORY_ACTORS, newHistoryEntrySchema, type HistoryActor, type HistoryState } from '@/lib/history';
import { canEdit } from '@/lib/roles';
import type { FeedPublisher } from '../feed/board-feed';
import type { Logger } from '../log';
import type { HistoryStore } from '../storage/history-store';
import { Connection, type Identity } from '../sync/connection';
import { ActorOrigin } from '../sync/origin';

/** How long the board must be still before a burst of edits is recorded, and the longest a burst waits. */
export type HistoryTiming = { quietMs: number; maxWaitMs: number };

/**
 * A move is usually a drag and a drop plus a respacing, arriving as a few updates within
 * 100 ms; 400 ms of quiet ends such a burst. Under continuous edits an entry still lands
 * every 2 s, so a timeline never hides minutes of work in one step.
 */
export const HISTORY_TIMING: HistoryTiming = { quietMs: 400, maxWaitMs: 2000 };

/**
 * `shared`: other instances append to the same history, so the last entry is never taken from memory.
 * `feed`: where each entry written is announced, so open history tabs read it.
 */
export type RecorderOptions = { history: HistoryStore; log: Logger; timing?: HistoryTiming; shared?: boolean; feed?: FeedPublisher };

/** Who made a change, when the origin says: a peer's token identity, or the person an HTTP change was made for. */
function identityOf(origin: unknown): Identity | null {
  if (origin instanceof Connection || origin instanceof ActorOrigin) return origin.identity;
  return null;
}

// Link tokens carry no participant id; their holders are told apart by what the token names.
const actorKey = (a: Identity) => a.participantId ?? `${a.role}\u0000${a.name}\u0000${a.organisation}`;

const project = (doc: Y.Doc): HistoryState => {
  const { allocation, custom } = readBoardDoc(doc);
  return { allocation, custom };
};

/**
 * Records one room's history. Per update it only notes the origin and arms a timer, so the
 * sync path pays next to nothing; the projection, the diff and the write happen when a burst
 * ends. A failed write is logged and retried with the next burst; it never reaches the room.
 */
export class HistoryRecorder {
  /** Who changed the document since the last record, keyed by origin so a burst costs one map write per update. */
  private actors = new Map<object, Identity>();
  private dirty = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private firstAt = 0;
  private lastAt = 0;
  /** What the last entry recorded; null until known, when the next record reads it from the store. */
  private last: HistoryState | null = null;
  private chain: Promise<void> = Promise.resolve();
  private readonly timing: HistoryTiming;

  constructor(
    private readonly boardId: string,
    private readonly doc: Y.Doc,
    private readonly opts: RecorderOptions,
  ) {
    this.timing = opts.timing ?? HISTORY_TIMING;
  }

  /**
   * Called once the room has loaded: records the board as it stands when it has no history
   * yet, and whatever changed while no one recorded (a crash before a flush) as an entry
   * naming no one.
   */
  start(): Promise<void> {
    const current = project(this.doc);
    this.chain = this.chain.then(() => this.record(current, new Map(), Date.now()));
    return this.chain;
  }

  /** Notes one document update; changes from roles that may not edit never count. */
  note(origin: unknown): void {
    if (this.stopped) return;
    const identity = identityOf(origin);
    if (identity) {
      if (!canEdit(identity.role)) return;
      this.actors.set(origin as object, identity);
    }
    this.dirty = true;
    this.lastAt = Date.now();
    if (this.timer) return;
    this.firstAt = this.lastAt;
    this.arm(this.timing.quietMs);
  }

  /** Records what changed since the last entry now; resolves once written (or the failure logged). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.dirty) {
      // The state is read together with the actors taken: edits arriving while an earlier write
      // is still pending belong to the next entry, with their own authors.
      let current: HistoryState;
      try {
        current = project(this.doc);
      } catch (error) {
        // Called from a timer, where a throw would end the process. The burst stays noted, so the
        // next one records these changes with it.
        this.opts.log('history-failed', { board: this.boardId, error: String(error) }, 'error');
        return this.chain;
      }
      const actors = this.actors;
      const at = this.lastAt;
      this.actors = new Map();
      this.dirty = false;
      // Queued behind earlier writes so entries land in the order their bursts ended.
      this.chain = this.chain.then(() => this.record(current, actors, at));
    }
    return this.chain;
  }

  /** Flushes what is pending and stops noting; for a room about to unload. */
  async close(): Promise<void> {
    this.stopped = true;
    await this.flush();
  }

  /** Stops noting and forgets the pending burst without writing it (the board is being deleted); resolves once a write already under way has settled. */
  discard(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.dirty = false;
    this.actors = new Map();
    return this.chain;
  }

  private arm(ms: number): void {
    this.timer = setTimeout(this.tick, Math.max(0, ms));
    // A pending entry must not keep a process alive; close() flushes it on an orderly stop.
    this.timer.unref();
  }

  private tick = (): void => {
    this.timer = null;
    const due = Math.min(this.lastAt + this.timing.quietMs, this.firstAt + this.timing.maxWaitMs);
    const wait = due - Date.now();
    // Re-arming here rather than on every update keeps setTimeout off the sync path.
    if (wait > 1) return this.arm(wait);
    // A throw out of a timer would end the process, so whatever escapes is logged here.
    this.flush().catch((error: unknown) => this.opts.log('history-failed', { board: this.boardId, error: String(error) }, 'error'));
  };

  private async record(current: HistoryState, actors: Map<object, Identity>, at: number): Promise<void> {
    try {
      const previous = this.last ?? (await this.opts.history.lastHistory(this.boardId));
      const changes = previous ? historyChanges(previous, current) : [];
      if (previous && changes.length === 0) {
        this.last = this.opts.shared ? null : current;
        return;
      }
      // Checked before writing: a malformed row would break every later read of this history.
      const entry = newHistoryEntrySchema.parse({ at: new Date(at).toISOString(), actors: previous ? actorsOf(actors) : [], changes, ...current });
      const seq = await this.opts.history.appendHistory(this.boardId, entry);
      this.opts.feed?.publish(this.boardId, { type: 'changed', change: { part: 'history', action: 'appended', seq } });
      this.last = this.opts.shared ? null : current;
    } catch (error) {
      // The next burst diffs against the last entry written, so these changes are not lost;
      // their authors are kept to be named with it.
      for (const [origin, identity] of actors) if (!this.actors.has(origin)) this.actors.set(origin, identity);
      this.dirty = true;
      this.opts.log('history-failed', { board: this.boardId, error: String(error) }, 'error');
    }
  }
}

function actorsOf(byOrigin: Map<object, Identity>): HistoryActor[] {
  const actors = new Map<string, HistoryActor>();
  for (const i of byOrigin.values()) {
    const key = actorKey(i);
    if (!actors.has(key)) actors.set(key, { participantId: i.participantId, name: i.name, organisation: i.organisation, role: i.role });
  }
  return [...actors.values()].slice(0, MAX_HISTORY_ACTORS);
}

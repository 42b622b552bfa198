import { Room, type RoomOptions } from './room';

export type RoomsOptions = RoomOptions & { unloadAfterMs: number };

// Long past any request that was authorised before its board was deleted.
const DISCARDED_MEMORY_MS = 10 * 60_000;

/**
 * The rooms resident in memory. A room loads on first join and unloads (compacted) a short
 * grace period after its last peer leaves, so a quick reconnect does not reload the board.
 */
export class Rooms {
  private readonly loaded = new Map<string, Promise<Room>>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** Unloads still writing their last history entry and compaction, per board. */
  private readonly unloading = new Map<string, Promise<void>>();
  /**
   * Boards discarded lately (deleted): a request that checked its token just before the deletion
   * must not load the board again, since a loaded room writes its history and compaction back.
   */
  private readonly discarded = new Set<string>();

  constructor(private readonly opts: RoomsOptions) {}

  get size(): number {
    return this.loaded.size;
  }

  /** The board's room, loading it when needed; cancels a pending unload. Rejects for a board discarded lately (deleted). */
  acquire(boardId: string): Promise<Room> {
    if (this.discarded.has(boardId)) return Promise.reject(new Error(`board ${boardId} was deleted`));
    clearTimeout(this.timers.get(boardId));
    this.timers.delete(boardId);
    let room = this.loaded.get(boardId);
    if (!room) {
      // A board reloaded while its previous room still unloads waits for it: otherwise the new
      // room would read a history without the old room's last entry and record its changes again.
      const previous = this.unloading.get(boardId) ?? Promise.resolve();
      room = previous.then(() => Room.load(boardId, this.opts));
      this.loaded.set(boardId, room);
      room.catch(() => this.loaded.delete(boardId));
      this.opts.metrics.rooms.set(this.loaded.size);
    }
    return room;
  }

  /** The board's room if it is loaded or loading, without loading it or holding it in memory. */
  resident(boardId: string): Promise<Room> | undefined {
    return this.loaded.get(boardId);
  }

  /** Call after removing a peer: schedules the unload when the room is empty. */
  release(room: Room): void {
    if (room.peers.size > 0) return;
    clearTimeout(this.timers.get(room.boardId));
    const timer = setTimeout(() => {
      // A throw out of a timer would end the process; this one's is logged instead.
      this.unload(room).catch((error: unknown) => this.opts.log('unload-failed', { board: room.boardId, error: String(error) }, 'error'));
    }, this.opts.unloadAfterMs);
    timer.unref();
    this.timers.set(room.boardId, timer);
  }

  private async unload(room: Room): Promise<void> {
    this.timers.delete(room.boardId);
    if (room.peers.size > 0 || (await this.loaded.get(room.boardId)) !== room) return;
    this.loaded.delete(room.boardId);
    this.opts.metrics.rooms.set(this.loaded.size);
    const done = room.unload().catch((error: unknown) => this.opts.log('unload-failed', { board: room.boardId, error: String(error) }, 'error'));
    this.unloading.set(room.boardId, done);
    await done;
    if (this.unloading.get(room.boardId) === done) this.unloading.delete(room.boardId);
  }

  /**
   * Drops the board's room at once, writing nothing more (see Room.discard): the board is being
   * deleted. Resolves once an unload or load under way has settled, so nothing of it is written
   * after the caller's purge. Peers still attached should have been closed first.
   */
  async discard(boardId: string): Promise<void> {
    this.discarded.add(boardId);
    setTimeout(() => this.discarded.delete(boardId), DISCARDED_MEMORY_MS).unref();
    clearTimeout(this.timers.get(boardId));
    this.timers.delete(boardId);
    const room = this.loaded.get(boardId);
    this.loaded.delete(boardId);
    this.opts.metrics.rooms.set(this.loaded.size);
    await this.unloading.get(boardId);
    await (await room?.catch(() => null))?.discard();
  }

  /** Unloads every room now (shutdown): records pending history, flushes and compacts each. */
  async closeAll(): Promise<void> {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
    const rooms = await Promise.allSettled([...this.loaded.values()]);
    this.loaded.clear();
    this.opts.metrics.rooms.set(0);
    for (const r of rooms) if (r.status === 'fulfilled') await r.value.unload();
    // Rooms that began unloading before the shutdown finish before the store closes.
    await Promise.all(this.unloading.values());
  }
}

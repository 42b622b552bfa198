import type { KeyScope } from '@/lib/roles';
import type { BoardFeed } from '../feed/board-feed';
import type { Logger } from '../log';
import type { Room } from '../sync/room';
import type { BoardMessage, Fanout } from './fanout';

/** Where what arrives from other instances goes on this one. */
export type ChannelTargets = {
  /** The board's room if resident here (rooms.resident), without loading it. */
  room(boardId: string): Promise<Room> | undefined;
  feed: BoardFeed;
  /** Closes this instance's sockets of a key scope (a role, or presenter grants) another instance rotated. */
  closeRole(boardId: string, role: KeyScope, keyVersion: number): number;
  /** Ends everything of a board another instance deleted: its sockets, feeds and room here. */
  deleted(boardId: string): void;
};

type Held = { count: number; release: Promise<() => void> };

/**
 * One fan-out subscription per board for as long as anything on this instance needs the board
 * (a loaded room, an open live feed), and the delivery of what arrives to those things. Also the
 * one place that sends: rooms and feeds publish through it.
 */
export class BoardChannels {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly fanout: Fanout,
    private readonly targets: ChannelTargets,
    private readonly log: Logger,
  ) {
    fanout.onResume(() => {
      // Messages were missed while the link was away: storage holds every update and the
      // controls, so each room reloads from it and says hello so the others send their presence
      // again, and live feeds start afresh from a new snapshot.
      for (const boardId of this.held.keys()) {
        void this.withRoom(boardId, (room) => room.resume());
        this.targets.feed.renew(boardId);
      }
    });
  }

  get instanceId(): string {
    return this.fanout.instanceId;
  }

  /** Subscribes to a board (once, however many hold it); resolves once subscribed, with the release. */
  async hold(boardId: string): Promise<() => void> {
    let held = this.held.get(boardId);
    if (!held) {
      held = { count: 0, release: this.fanout.subscribe(boardId, (m) => this.receive(boardId, m)) };
      this.held.set(boardId, held);
    }
    held.count++;
    const own = held;
    await own.release;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--own.count > 0 || this.held.get(boardId) !== own) return;
      this.held.delete(boardId);
      void own.release.then((unsubscribe) => unsubscribe());
    };
  }

  publish(boardId: string, message: BoardMessage): void {
    this.fanout.publish(boardId, message);
  }

  /** Tells the other instances the board was deleted, then lets the link forget it (see Fanout.drop). */
  publishDeleted(boardId: string): void {
    this.fanout.publish(boardId, { kind: 'deleted' });
    this.fanout.drop(boardId);
  }

  private receive(boardId: string, message: BoardMessage): void {
    switch (message.kind) {
      case 'update':
        return void this.withRoom(boardId, (room) => room.receiveUpdate(message.data));
      case 'awareness':
        return void this.withRoom(boardId, (room) => room.receiveAwareness(message.data));
      case 'hello':
        return void this.withRoom(boardId, (room) => room.announcePresence());
      case 'catch-up':
        this.targets.feed.renew(boardId);
        return void this.withRoom(boardId, (room) => room.catchUp());
      case 'event':
        if (message.event.type === 'control') {
          const locked = message.event.control.locked;
          void this.withRoom(boardId, (room) => (room.locked = locked));
        }
        return this.targets.feed.deliver(boardId, message.event);
      case 'rotated':
        this.targets.closeRole(boardId, message.role, message.keyVersion);
        this.targets.feed.closeRole(boardId, message.role);
        return;
      case 'deleted':
        return this.targets.deleted(boardId);
    }
  }

  private async withRoom(boardId: string, act: (room: Room) => unknown): Promise<void> {
    try {
      const room = await this.targets.room(boardId);
      if (room) await act(room);
    } catch (error) {
      this.log('fanout-apply-failed', { board: boardId, error: String(error) }, 'error');
    }
  }
}

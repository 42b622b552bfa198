import { applyTimer, controlAt, INITIAL_CONTROL, type ControlRecord, type ControlState, type Follow, type TimerAction } from '@/lib/control';
import { err, ok, type Result } from '@/lib/result';
import type { Role } from '@/lib/roles';
import type { Secret } from '../auth/tokens';
import { boardLinks, type BoardLinks } from '../boards';
import { keyedSerial } from '../comments/serial';
import type { BoardFeed } from '../feed/board-feed';
import type { Logger } from '../log';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';

/** Why a control change was turned down: a timer action that does not fit the timer's state. */
export type ControlRefusal = { status: 404 | 409; message: string };

/**
 * What createControl needs: storage, the feed every change is pushed on, the rooms (a loaded
 * room enforces the lock itself), a way to close a role's sockets, and the server clock.
 */
export type ControlDeps = {
  stores: Pick<Stores, 'control' | 'boards'>;
  feed: BoardFeed;
  rooms: Rooms;
  secret: Secret;
  log: Logger;
  /** Closes the board's sockets of `role` (see the sync endpoint's closeRole); answers how many. */
  closeSockets: (boardId: string, role: Role, keyVersion: number) => number;
  now?: () => number;
};

type Answer = Promise<Result<ControlState, ControlRefusal>>;

/**
 * The facilitation controls of every board: lock, timer and follow, and each role's links.
 * The server's clock is the only clock: a running timer is stored with its end time, so it
 * goes on across restarts and reads the same on every screen. Callers check the role first.
 */
export function createControl(deps: ControlDeps) {
  const now = deps.now ?? Date.now;
  // Changes to one board run one at a time, so each reads the record the previous one stored
  // and the feed sends them in the order they were made.
  const serial = keyedSerial();
  const read = async (boardId: string): Promise<ControlRecord> => (await deps.stores.control.getControl(boardId)) ?? INITIAL_CONTROL;

  function change(boardId: string, next: (record: ControlRecord, at: number) => Result<ControlRecord, string>): Answer {
    return serial(boardId, async () => {
      const changed = next(await read(boardId), now());
      if (!changed.ok) return err([{ status: 409 as const, message: changed.errors[0]! }]);
      await deps.stores.control.setControl(boardId, changed.value);
      // A room loading now may have read the record before this write; waiting for it covers that.
      const room = await deps.rooms.resident(boardId)?.catch(() => null);
      if (room) room.locked = changed.value.locked;
      const control = controlAt(changed.value, now());
      deps.feed.publish(boardId, { type: 'control', control });
      return ok(control);
    });
  }

  return {
    /** The board's controls as they read now. */
    get: async (boardId: string): Promise<ControlState> => controlAt(await read(boardId), now()),

    /** Locks or unlocks the board; `by` is the locking facilitator's name, if their token has one. */
    lock: (boardId: string, locked: boolean, by: string | null): Answer =>
      change(boardId, (record) => ok({ ...record, locked, lockedBy: locked ? by : null })),

    /** Starts, pauses, resumes or resets the timer; 409 when the action does not fit its state. */
    timer: (boardId: string, action: TimerAction): Answer => change(boardId, (record, at) => applyTimer(record, action, at)),

    /** Asks everyone to follow `follow`, or (null) stops asking. */
    follow: (boardId: string, follow: Follow | null): Answer => change(boardId, (record) => ok({ ...record, follow })),

    /** Makes joining the board need a sign-in, or not; joins already made keep their tokens. */
    requireSignIn: (boardId: string, required: boolean): Answer => change(boardId, (record) => ok({ ...record, signInRequired: required })),

    /**
     * Replaces one role's links: the role's key moves on, so its old link and every participant
     * token issued from it stop working; its open sockets close with 4401 'link rotated' and its
     * live feeds end. Answers the board's links, the new one included, or 404 for no board.
     */
    async rotate(boardId: string, role: Role): Promise<Result<BoardLinks, ControlRefusal>> {
      const board = await deps.stores.boards.rotateRoleKey(boardId, role);
      if (!board) return err([{ status: 404, message: 'no board with that id' }]);
      const sockets = deps.closeSockets(boardId, role, board.roleKeys[role]);
      const feeds = deps.feed.closeRole(boardId, role);
      deps.log('links-rotated', { board: boardId, role, sockets, feeds });
      return ok(boardLinks(board, deps.secret));
    },
  };
}

/** The facilitation controls of a server: see createControl. */
export type Control = ReturnType<typeof createControl>;

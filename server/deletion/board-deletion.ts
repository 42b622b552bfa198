import type { BoardChannels } from '../fanout/board-channels';
import type { Logger } from '../log';
import type { Stores } from '../storage/stores';
import type { Rooms } from '../sync/rooms';

/** Why a board was deleted, for the log. */
export type DeletionCause = 'facilitator' | 'retention';

export type BoardDeletionDeps = {
  stores: Pick<Stores, 'boards' | 'breakouts' | 'purgeBoard'>;
  rooms: Pick<Rooms, 'discard'>;
  /** Closes the board's sockets (4410) and ends its live feeds on this instance. */
  closeHere: (boardId: string) => void;
  /** The other instances, when there are any. */
  channels?: Pick<BoardChannels, 'publishDeleted'>;
  log: Logger;
  /** How long after a deletion its purge runs once more (see below). */
  sweepAfterMs?: number;
};

// Well past the moment the other instances hear of a deletion, which takes milliseconds.
const SWEEP_AFTER_MS = 5_000;

/**
 * Deleting boards, on this instance and (through the fan-out) on the others. A deletion:
 * 1. closes the board's sockets and feeds here and drops its room without writing, so nothing
 *    on this instance writes the board back (a socket authorised a moment ago is refused too);
 * 2. purges the board and its breakout boards from storage in one transaction;
 * 3. tells the other instances, which do step 1 for themselves, and lets the fan-out forget the
 *    board's stream;
 * 4. purges once more a few seconds later: an instance that had the board open may have stored
 *    an update or a history entry in the moment before it heard, and that must not outlive it.
 * Nothing records that the board existed: see authorise for how its links then answer 410.
 */
export function createBoardDeletion(deps: BoardDeletionDeps) {
  const sweeps = new Set<NodeJS.Timeout>();

  const endHere = async (boardId: string): Promise<void> => {
    deps.closeHere(boardId);
    await deps.rooms.discard(boardId);
  };

  /** The board and the boards split from it, however deep, as stored now. */
  const familyOf = async (boardId: string): Promise<string[]> => {
    const ids = [boardId];
    for (let i = 0; i < ids.length; i++) for (const g of await deps.stores.breakouts.listBreakouts(ids[i]!)) if (!ids.includes(g.childId)) ids.push(g.childId);
    return ids;
  };

  const sweepLater = (ids: readonly string[]): void => {
    const timer = setTimeout(() => {
      sweeps.delete(timer);
      for (const id of ids) deps.stores.purgeBoard(id).catch((error: unknown) => deps.log('board-delete-sweep-failed', { board: id, error: String(error) }, 'error'));
    }, deps.sweepAfterMs ?? SWEEP_AFTER_MS);
    timer.unref();
    sweeps.add(timer);
  };

  return {
    /** Deletes the board and its breakout boards everywhere; answers the ids deleted, the board's first, or null when there is no such board. */
    async deleteBoard(boardId: string, cause: DeletionCause): Promise<string[] | null> {
      if (!(await deps.stores.boards.getBoard(boardId))) return null;
      const family = await familyOf(boardId);
      for (const id of family) await endHere(id);
      const purged = await deps.stores.purgeBoard(boardId);
      // A group split off between the look-up and the purge is purged too; it is ended here now.
      for (const id of purged) if (!family.includes(id)) await endHere(id);
      const all = [...new Set([...family, ...purged])];
      for (const id of all) deps.channels?.publishDeleted(id);
      sweepLater(all);
      deps.log('board-deleted', { board: boardId, boards: all.length, cause });
      return all;
    },

    /** Ends what this instance has open of a board another instance deleted. */
    deletedElsewhere(boardId: string): void {
      endHere(boardId).catch((error: unknown) => deps.log('board-delete-end-failed', { board: boardId, error: String(error) }, 'error'));
    },

    /** Cancels the sweeps still waiting (shutdown; the stores are about to close). */
    close(): void {
      for (const t of sweeps) clearTimeout(t);
      sweeps.clear();
    },
  };
}

/** A server's board deletion: see createBoardDeletion. */
export type BoardDeletion = ReturnType<typeof createBoardDeletion>;

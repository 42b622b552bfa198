import type { Logger } from '../log';
import type { BoardStore } from '../storage/board-store';

/**
 * How often at most one instance writes a board's last-change time. A retention period counts in
 * days, so an hour's precision loses nothing, and a busy board then costs one small UPDATE an hour
 * instead of one per edit, comment or proposal.
 */
export const TOUCH_EVERY_MS = 60 * 60_000;

// Past this many remembered boards, those not touched within the hour are forgotten.
const PRUNE_ABOVE = 512;

/**
 * Notes that a board changed (a stored document update, a comment, a proposal, any event its feed
 * carries) and records the time through BoardStore.touchBoard, at most once per TOUCH_EVERY_MS per
 * board. Costs a map look-up per call; a failed write is logged and tried again on the next change.
 */
export function boardToucher(boards: Pick<BoardStore, 'touchBoard'>, log: Logger, now: () => number = Date.now): (boardId: string) => void {
  const last = new Map<string, number>();
  return (boardId) => {
    const t = now();
    const previous = last.get(boardId);
    if (previous !== undefined && t - previous < TOUCH_EVERY_MS) return;
    last.set(boardId, t);
    if (last.size > PRUNE_ABOVE) for (const [id, at] of last) if (t - at >= TOUCH_EVERY_MS) last.delete(id);
    // After the current turn: a room calls this on its relay path, and SQLite would write at once.
    setImmediate(() => {
      boards.touchBoard(boardId, new Date(t).toISOString()).catch((error: unknown) => {
        last.delete(boardId);
        log('board-touch-failed', { board: boardId, error: String(error) }, 'warn');
      });
    });
  };
}

import type { Logger } from '../log';
import type { Stores } from '../storage/stores';
import type { BoardDeletion } from './board-deletion';

const DAY_MS = 24 * 60 * 60_000;
/** How often the sweep runs after the first one, at start. */
export const SWEEP_EVERY_MS = 60 * 60_000;

export type RetentionDeps = { days: number; stores: Pick<Stores, 'boards'>; deletion: Pick<BoardDeletion, 'deleteBoard'>; log: Logger };

/**
 * Deletes every board unchanged for `days` days (its last change as touch.ts records it, or its
 * creation), with its breakout boards. Answers the boards it deleted; one that fails is logged
 * and left for the next sweep.
 */
export async function sweepIdleBoards(deps: RetentionDeps, now = Date.now()): Promise<string[]> {
  const before = new Date(now - deps.days * DAY_MS).toISOString();
  const deleted: string[] = [];
  for (const id of await deps.stores.boards.idleBoards(before)) {
    try {
      // A group deleted with its main board earlier in this sweep answers null.
      if (await deps.deletion.deleteBoard(id, 'retention')) deleted.push(id);
    } catch (error) {
      deps.log('retention-delete-failed', { board: id, error: String(error) }, 'error');
    }
  }
  deps.log('retention-swept', { days: deps.days, before, deleted: deleted.length });
  return deleted;
}

/**
 * Runs sweepIdleBoards at start and then every SWEEP_EVERY_MS, when `days` is above 0; answers
 * the function that stops it. The timer does not keep the process alive, and a sweep still
 * running when the next is due is not joined by a second. Several instances sweeping at once
 * is harmless: deleting a board twice does nothing the second time.
 */
export function startRetention(deps: RetentionDeps, everyMs = SWEEP_EVERY_MS): () => void {
  if (deps.days <= 0) return () => {};
  let running = false;
  const run = () => {
    if (running) return;
    running = true;
    sweepIdleBoards(deps)
      .catch((error: unknown) => deps.log('retention-failed', { error: String(error) }, 'error'))
      .finally(() => (running = false));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * The moment the board first became usable on this page (live socket, nothing unsaved, the
 * board on screen) and the work that waits for it: what the page can do without, it does once
 * the board is usable and the browser is idle, so it never competes with the board's own code,
 * data and first sync.
 */

type Task = () => unknown;

let usable = false;
// A Set, so the same loader handed in by every card on the board runs once.
const waiting = new Set<Task>();

function atIdle(task: Task): void {
  const run = () => {
    const result = task();
    // A part's code that cannot be fetched now (offline) is fetched when the part is opened.
    if (result instanceof Promise) result.catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(run, { timeout: 2000 });
  else window.setTimeout(run, 50);
}

/** Marks the board usable (once per page) and starts, at idle, what was waiting for it. */
export function markBoardUsable(): void {
  if (usable) return;
  usable = true;
  performance.mark('board:usable');
  const queued = [...waiting];
  waiting.clear();
  for (const task of queued) atIdle(task);
}

/**
 * Runs `task` at idle once the board is usable, or at the next idle moment when it already is.
 * The same function handed in again before then runs once. A promise it answers may fail
 * quietly: this is for work ahead of need, such as fetching the code of a menu not opened yet.
 */
export function afterBoardUsable(task: Task): void {
  if (usable) atIdle(task);
  else waiting.add(task);
}

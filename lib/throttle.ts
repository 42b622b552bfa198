/**
 * Calls `fn` at most once per `ms`, always with the latest arguments, and always delivers the
 * last call (trailing edge), so a stream of presence updates ends in the final position.
 * `cancel()` drops a pending call; `flush()` delivers it now.
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, ms: number, now: () => number = () => Date.now()) {
  let last = -Infinity;
  let pending: A | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const fire = () => {
    timer = null;
    if (!pending) return;
    const args = pending;
    pending = null;
    last = now();
    fn(...args);
  };
  const call = (...args: A) => {
    pending = args;
    const wait = last + ms - now();
    if (wait <= 0 && !timer) fire();
    else timer ??= setTimeout(fire, Math.max(0, wait));
  };
  call.cancel = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    pending = null;
  };
  call.flush = () => {
    if (timer) clearTimeout(timer);
    fire();
  };
  return call;
}

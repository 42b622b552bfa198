/**
 * Runs tasks one after another per key, in call order, and answers each task's own result.
 * A failed task does not stop the ones queued behind it. Keys with nothing queued are dropped.
 */
export function keyedSerial() {
  const tails = new Map<string, Promise<void>>();
  return function run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const result = (tails.get(key) ?? Promise.resolve()).then(task);
    const tail = result.then(
      () => undefined,
      // The caller gets the rejection through `result`; the queue only needs to move on.
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return result;
  };
}

import { performance } from 'node:perf_hooks';

/**
 * Now, in milliseconds on one clock for every thread of the process: each thread's
 * performance.now() counts from its own origin, so a send timed in the draggers' thread and a
 * receipt timed in the watchers' only compare once both are absolute.
 */
export const clock = () => performance.timeOrigin + performance.now();

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Settles when every promise has, or when `ms` passed; answers how many never fulfilled. */
export async function settleWithin(promises: Promise<void>[], ms: number): Promise<number> {
  let done = 0;
  const counted = promises.map((p) => p.then(() => void done++, () => undefined));
  await Promise.race([Promise.all(counted), sleep(ms)]);
  return promises.length - done;
}

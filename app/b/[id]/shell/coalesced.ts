/**
 * Wraps an async read so that calls arriving while one runs share a single follow-up: a burst of
 * signals costs at most the read in flight plus one after it, and that one starts after the last
 * signal, so it sees every change they announced. Each call resolves once a read that began at or
 * after the call has finished. `read` must not reject.
 */
export function coalesced(read: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;
  const request = (): Promise<void> => {
    if (!running) {
      running = read().finally(() => {
        running = null;
      });
      return running;
    }
    queued ??= running.then(() => {
      queued = null;
      return request();
    });
    return queued;
  };
  return request;
}

/**
 * Loads a lazily split part of the page (for next/dynamic) so that going offline cannot blank
 * the page: a chunk that cannot be fetched while the browser is offline is fetched again once
 * it is back online, and the part shows meanwhile as not loaded yet. Other failures still throw.
 */
export function loadWhenOnline<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    (error: unknown) =>
      new Promise<T>((resolve, reject) => {
        if (navigator.onLine) return reject(error);
        window.addEventListener('online', () => resolve(loadWhenOnline(load)), { once: true });
      }),
  );
}

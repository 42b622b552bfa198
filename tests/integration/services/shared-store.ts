import type { DocStore } from '@/server/storage/doc-store';

/**
 * One store for several instances in one test process: each instance's close() leaves it open
 * for the others, and the test closes it once at the end.
 */
export const shared = (store: DocStore): DocStore =>
  new Proxy(store, {
    get(target, key) {
      if (key === 'close') return async () => {};
      const value = Reflect.get(target, key) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });

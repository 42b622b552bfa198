import type { Stores } from '@/server/storage/stores';

/**
 * One backend for several instances in one test process: each instance's close() leaves it open
 * for the others, and the test closes it once at the end.
 */
export const shared = (stores: Stores): Stores => ({ ...stores, close: async () => {} });

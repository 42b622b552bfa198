import { defineConfig } from 'vitest/config';
import path from 'node:path';

export default defineConfig({
  resolve: { alias: { '@': path.resolve(import.meta.dirname) } },
  test: {
    include: ['lib/**/*.test.ts', 'server/**/*.test.ts', 'app/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    // English is registered up front, as on the pages that import it eagerly; only the board page
    // loads it on demand (lib/i18n/load-lang.ts). lib/i18n/english.test.ts checks the import itself.
    setupFiles: ['lib/i18n/english.ts'],
    testTimeout: 20_000,
  },
});

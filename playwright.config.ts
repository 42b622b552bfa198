import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the system Chromium (Debian's /usr/bin/chromium) against the real
 * server on its own port and data directory. The flags keep Chromium off the network.
 */
const port = 3457;
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    command: `npx tsx server/main.ts`,
    env: { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: './data/e2e', BOARDS_PER_HOUR_PER_ADDRESS: '1000' },
    url: `http://127.0.0.1:${port}/`,
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});

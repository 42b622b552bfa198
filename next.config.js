import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PHASE_PRODUCTION_SERVER } from 'next/constants.js';
import { BROWSER_ZOD, writeBrowserZod } from './server/browser-zod.mjs';

/**
 * The app is served by server/main.ts (one process for pages, API and sync), so Next only
 * builds and renders. The catalog is read at build time from lib/, never from ../shared.
 * @param {string} phase
 * @returns {import('next').NextConfig}
 */
export default function nextConfig(phase) {
  // Whatever bundles for the browser (a build, the dev server) needs zod's cut first; a
  // production server only serves what was built.
  if (phase !== PHASE_PRODUCTION_SERVER) writeBrowserZod(path.dirname(fileURLToPath(import.meta.url)));
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    // Rendered pages use the server process's own Yjs rather than a bundled second copy: two copies
    // in one process break Yjs's constructor checks (and it warns "Yjs was already imported").
    serverExternalPackages: ['yjs', 'y-protocols', 'y-websocket', 'y-indexeddb', 'lib0'],
    turbopack: {
      resolveAlias: {
        // lib0 (under Yjs) names Node's Buffer on code paths a browser never runs, and Next answers
        // a free `Buffer` with its compiled polyfill; without this the board page would load that
        // polyfill (7 kB gzip) before it is usable.
        'next/dist/compiled/buffer': { browser: './lib/browser-buffer.ts' },
        // Yjs's console warnings, without lib0's console styling (lib/browser-logging.ts says why).
        'lib0/logging': { browser: './lib/browser-logging.ts' },
        // zod's mini API cut to what the app uses (server/browser-zod.mjs says why).
        'zod/mini': { browser: BROWSER_ZOD },
      },
    },
  };
}

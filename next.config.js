/**
 * The app is served by server/main.ts (one process for pages, API and sync), so Next only
 * builds and renders. The catalog is read at build time from lib/, never from ../shared.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Rendered pages use the server process's own Yjs rather than a bundled second copy: two copies
  // in one process break Yjs's constructor checks (and it warns "Yjs was already imported").
  serverExternalPackages: ['yjs', 'y-protocols', 'y-websocket', 'y-indexeddb', 'lib0'],
  turbopack: {
    // lib0 (under Yjs) names Node's Buffer on code paths a browser never runs, and Next answers
    // a free `Buffer` with its compiled polyfill; without this the board page would load that
    // polyfill (7 kB gzip) before it is usable.
    resolveAlias: { 'next/dist/compiled/buffer': { browser: './lib/browser-buffer.ts' } },
  },
};

export default nextConfig;

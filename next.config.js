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
};

export default nextConfig;

/**
 * The app is served by server/main.ts (one process for pages, API and sync), so Next only
 * builds and renders. The catalog is read at build time from lib/, never from ../shared.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;

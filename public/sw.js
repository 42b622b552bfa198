/* global self, caches, fetch, Response */
/**
 * The board page's offline shell. Editors keep a copy of the board on their device (IndexedDB,
 * see app/b/[id]/live-client.ts), but without this worker a reload while offline ends on the
 * browser's error page before the page can read that copy. So the worker keeps:
 *  - the page of each board opened on this device: network first, so online the page is always
 *    the server's; the kept copy only when the network fails;
 *  - the build's static files (/_next/static/*): cache first, since a file there never changes
 *    under its name (Next serves them as immutable).
 * It never answers for /api/* or /sync, nor for any other page: board content, tokens and live
 * edits reach the server or nothing, and the only copy of board content is the page's own.
 * Registered by app/b/[id]/offline-shell.tsx, which also hands it the files its first visit
 * loaded before the worker was there to see them.
 */

// Bump when what is kept or how changes: activating the new worker deletes every older cache.
const VERSION = 1;
const PREFIX = 'ansvarstavla-offline-';
const CACHE = `${PREFIX}v${VERSION}`;

// A board page as app/b/[id]/page.tsx serves it (BOARD_ID_PATTERN in lib/protocol.ts). Its
// sub-pages (presenter, comparison, packet) are read online and are not part of the shell.
const BOARD_PAGE = /^\/b\/[a-z0-9][a-z0-9-]{5,63}$/;
const STATIC = /^\/_next\/static\//;
// A page's list of files is bounded, like everything a message brings.
const MAX_ASSETS = 500;

const sameOrigin = (url) => url.origin === self.location.origin;
// One entry per board page, whatever query it was opened with (the token is in the fragment,
// which never reaches the worker).
const pageKey = (url) => url.origin + url.pathname;
// Only the build's own immutable files are kept: a dev server's /_next/static changes under the same names.
const keepable = (response) => response.ok && response.type === 'basic' && /\bimmutable\b/.test(response.headers.get('cache-control') || '');

self.addEventListener('install', (event) => {
  // Nothing to fetch ahead: the shell is the page of a board, known once someone opens one.
  event.waitUntil(self.skipWaiting());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name.startsWith(PREFIX) && name !== CACHE).map((name) => caches.delete(name)));
      // Take over the page that registered the worker, so what it loads from now on is kept.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url)) return;
  if (request.mode === 'navigate' && BOARD_PAGE.test(url.pathname)) event.respondWith(networkFirst(event, url));
  else if (STATIC.test(url.pathname)) event.respondWith(cacheFirst(event));
  // Anything else, the API and /sync included, is not answered here: the browser fetches it as if there were no worker.
});

/** The board page from the network, kept for later; the kept one when the network fails. */
async function networkFirst(event, url) {
  try {
    const response = await fetch(event.request);
    // A refusal or a redirect is not a shell; only a page that rendered is kept.
    if (response.ok && response.type === 'basic') {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(pageKey(url), copy)));
    }
    return response;
  } catch {
    const cache = await caches.open(CACHE);
    // Next varies its pages on router headers a reload never sends; the page is the same.
    const kept = await cache.match(pageKey(url), { ignoreVary: true });
    return kept || Response.error();
  }
}

/** A static file from the cache, or from the network and then kept. */
async function cacheFirst(event) {
  const cache = await caches.open(CACHE);
  const hit = await cache.match(event.request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(event.request);
  if (keepable(response)) {
    const copy = response.clone();
    event.waitUntil(cache.put(event.request, copy));
  }
  return response;
}

/**
 * { type: 'keep-shell', page, assets } from a board page: keep the static files it loaded and
 * then its page, so a kept page always finds its files. Answers 'kept' or 'failed' on the
 * message's port. Only same-origin board pages and static files are taken from the message.
 */
self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'keep-shell' || typeof data.page !== 'string' || !Array.isArray(data.assets)) return;
  const reply = (answer) => event.ports[0] && event.ports[0].postMessage(answer);
  event.waitUntil(keepShell(data.page, data.assets).then(() => reply('kept'), () => reply('failed')));
});

async function keepShell(page, assets) {
  const cache = await caches.open(CACHE);
  const files = assets
    .filter((asset) => typeof asset === 'string')
    .slice(0, MAX_ASSETS)
    .map((asset) => new URL(asset, self.location.origin))
    .filter((url) => sameOrigin(url) && STATIC.test(url.pathname));
  await Promise.all(
    files.map(async (url) => {
      if (await cache.match(url.href, { ignoreVary: true })) return;
      const response = await fetch(url.href);
      if (keepable(response)) await cache.put(url.href, response);
    }),
  );
  const pageUrl = new URL(page, self.location.origin);
  if (!sameOrigin(pageUrl) || !BOARD_PAGE.test(pageUrl.pathname)) return;
  const response = await fetch(pageKey(pageUrl));
  if (response.ok && response.type === 'basic') await cache.put(pageKey(pageUrl), response);
}

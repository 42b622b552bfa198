'use client';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { DEFAULT_LANG, langSchema, translator, type Lang } from '@/lib/i18n';
import { offlineText } from '@/lib/i18n/offline';
import { afterBoardUsable } from './board-usable';
import { deviceCopyName } from './device-copy';

// A page whose board never becomes usable (a join form left open, a server that does not answer)
// still registers the worker, this long after it opened.
const KEEP_ANYWAY_MS = 10_000;

/**
 * The board page's offline shell: registers the service worker (public/sw.js) that lets the
 * page open without a network, once the board is usable, and while the browser is offline marks
 * the page so, saying whether the board shown is this device's own copy. Renders nothing while online.
 */
export function OfflineShell({ boardId }: { boardId: string }) {
  const online = useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
  const lang = useSyncExternalStore(subscribeLang, documentLang, () => DEFAULT_LANG);
  const copy = useDeviceCopy(boardId, !online);

  // The worker and the files it fetches wait until the board is usable and the browser idle, so
  // they never compete with the board's own code, data and first sync.
  useEffect(() => {
    let started = false;
    const start = () => {
      if (started) return;
      started = true;
      void keepShell();
    };
    afterBoardUsable(start);
    const anyway = window.setTimeout(start, KEEP_ANYWAY_MS);
    return () => {
      started = true;
      window.clearTimeout(anyway);
    };
  }, []);

  if (online) return null;
  const t = translator(offlineText, lang);
  return (
    // Fixed at the bottom, clear of the toolbar and of the board's own layout; it takes no clicks,
    // so the cards under it stay usable.
    <p
      role="status"
      data-testid="offline-banner"
      data-copy={copy === null ? 'unknown' : String(copy)}
      className="pointer-events-none fixed inset-x-0 bottom-3 z-50 mx-auto w-fit max-w-[min(48rem,calc(100vw-1.5rem))] rounded-lg bg-slate-900 px-4 py-2 text-sm text-white shadow-lg"
    >
      {t(copy === true ? 'offline.copy' : copy === false ? 'offline.noCopy' : 'offline.plain')}
    </p>
  );
}

function subscribeOnline(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

// The board's language lives in the board's own state; useLang keeps it on <html lang>, so the
// mark follows that attribute rather than a second copy of the choice.
function subscribeLang(onChange: () => void) {
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  return () => observer.disconnect();
}

function documentLang(): Lang {
  const lang = langSchema.safeParse(document.documentElement.lang);
  return lang.success ? lang.data : DEFAULT_LANG;
}

/** Whether this device holds a copy of the board, looked up when `look` turns true; null when the browser cannot tell. */
function useDeviceCopy(boardId: string, look: boolean): boolean | null {
  const [copy, setCopy] = useState<boolean | null>(null);
  useEffect(() => {
    if (!look || typeof indexedDB === 'undefined' || !indexedDB.databases) return;
    let current = true;
    indexedDB.databases().then(
      (list) => current && setCopy(list.some((d) => d.name === deviceCopyName(boardId))),
      // The list can be refused (private mode, policy); the mark then says less, nothing breaks.
      () => current && setCopy(null),
    );
    return () => {
      current = false;
    };
  }, [boardId, look]);
  return copy;
}

/**
 * Registers the worker in a production build and hands it this page and the static files it
 * has loaded: on the first visit they came before the worker, which would otherwise never see
 * them. After the worker takes the page over it keeps what the page loads itself, and the list
 * goes again then for what loaded in between. A dev server gets no worker (its files change
 * under the same names), and one left from a production build is removed.
 */
async function keepShell(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  try {
    if (process.env.NODE_ENV !== 'production') {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      return;
    }
    await navigator.serviceWorker.register('/sw.js', { scope: '/' });
    const { active } = await navigator.serviceWorker.ready;
    const send = (worker: ServiceWorker | null | undefined) => worker?.postMessage({ type: 'keep-shell', page: location.pathname, assets: staticFiles() });
    send(active);
    navigator.serviceWorker.addEventListener('controllerchange', () => send(navigator.serviceWorker.controller), { once: true });
  } catch (error) {
    // No worker (a private window, a browser policy): the page works as before, only not offline after a reload.
    console.warn('board: offline shell not available', error);
  }
}

/** The build's static files this page has loaded so far. */
const staticFiles = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => new URL(name).pathname.startsWith('/_next/static/'));

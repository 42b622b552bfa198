'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Presence } from '@/lib/presence';
import { LiveClient, RELOADED } from './live-client';

/** Why the page threw its copy of the board away: the server's reason, and a count so a repeat is announced again. */
export type Dropped = { reason: string; count: number };

// A fresh copy is shown once the server's board has arrived, so the screen goes straight from the
// refused edit to the board without it; a server that does not answer within this gets it shown anyway.
const SWAP_WAIT_MS = 4000;

/**
 * The page's live client for one board and token. When the server refuses an edit (a locked
 * board) the client discards itself and its device copy; this starts a fresh one that loads the
 * board from the server and swaps it in, and reports the drop until `dismiss` is called.
 * `reload` does the same on request, for edits the server closed the socket over.
 */
export function useLiveClient(boardId: string, token: string, user: Presence['user'], keepOnDevice: boolean) {
  const [client, setClient] = useState<LiveClient | null>(null);
  const [dropped, setDropped] = useState<Dropped | null>(null);
  const current = useRef<LiveClient | null>(null);
  // The user object is rebuilt on every render; only what it says matters.
  const userKey = JSON.stringify(user);

  useEffect(() => {
    const who = JSON.parse(userKey) as Presence['user'];
    let disposed = false;
    let shown: LiveClient;
    let next: LiveClient | null = null;
    const show = (c: LiveClient) => {
      shown = c;
      current.current = c;
      setClient(c);
      window.ansvarstavla = { doc: c.doc };
    };
    const open = (wasDropped: boolean): LiveClient => new LiveClient(boardId, token, who, { keepOnDevice, dropped: wasDropped, onStale });
    function onStale(reason: string) {
      if (disposed) return;
      setDropped((d) => ({ reason, count: (d?.count ?? 0) + 1 }));
      next?.destroy();
      const fresh = open(true);
      next = fresh;
      const swap = () => {
        if (disposed || next !== fresh) return;
        stop();
        clearTimeout(timer);
        next = null;
        const old = shown;
        show(fresh);
        old.destroy();
      };
      const stop = fresh.subscribe(() => fresh.snapshot().ready && swap());
      const timer = setTimeout(swap, SWAP_WAIT_MS);
    }
    show(open(false));
    return () => {
      disposed = true;
      current.current = null;
      delete window.ansvarstavla;
      next?.destroy();
      shown.destroy();
    };
  }, [boardId, token, userKey, keepOnDevice]);

  const dismiss = useCallback(() => setDropped(null), []);
  const reload = useCallback(() => current.current?.discard(RELOADED), []);
  return { client, dropped, dismiss, reload };
}

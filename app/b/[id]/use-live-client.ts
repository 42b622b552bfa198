'use client';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Presence } from '@/lib/presence';
import { BOARD_ID_PATTERN } from '@/lib/protocol';
import { canEdit } from '@/lib/roles';
import { LiveClient, RELOADED } from './live-client';
import { linkTokenFromHash, loadJoined, presenceUser } from './session';

/** Why the page threw its copy of the board away: the server's reason, and a count so a repeat is announced again. */
export type Dropped = { reason: string; count: number };

// A fresh copy is shown once the server's board has arrived, so the screen goes straight from the
// refused edit to the board without it; a server that does not answer within this gets it shown anyway.
const SWAP_WAIT_MS = 4000;

const clientKey = (boardId: string, token: string, user: Presence['user'], keepOnDevice: boolean) => JSON.stringify([boardId, token, user, keepOnDevice]);

type EarlyClient = { key: string; client: LiveClient; owner: { onStale?: (reason: string) => void }; timer: ReturnType<typeof setTimeout> };

// A client opened before the page's components asked for one, until useLiveClient takes it.
let early: EarlyClient | null = null;

// One nobody took by then is closed, so a page that went another way keeps no socket or presence open.
const EARLY_CLAIM_MS = 10_000;

/**
 * Opens the live client for a returning participant as soon as this module loads, while the
 * page is still starting up, so the socket's handshake and first sync overlap the page's own
 * start instead of following it (on a slow phone that is a good part of a second). The page
 * finds the same participant in the same storage and connects at once, so useLiveClient takes
 * this client over rather than opening a second one.
 */
function openEarly(): void {
  const board = new RegExp(`^/b/(${BOARD_ID_PATTERN})$`).exec(location.pathname)?.[1];
  const linkToken = board ? linkTokenFromHash(location.hash) : null;
  const joined = board && linkToken ? loadJoined(board, linkToken) : null;
  if (!board || !joined) return;
  const user = presenceUser(joined);
  const keepOnDevice = canEdit(joined.role);
  // Whoever takes the client over hears of it going stale; before that nothing on it can go stale (no edits yet).
  const owner: EarlyClient['owner'] = {};
  const client = new LiveClient(board, joined.token, user, { keepOnDevice, onStale: (reason) => owner.onStale?.(reason) });
  const opened: EarlyClient = { key: clientKey(board, joined.token, user, keepOnDevice), client, owner, timer: setTimeout(() => unclaimed(opened), EARLY_CLAIM_MS) };
  early = opened;
}

function unclaimed(opened: EarlyClient) {
  if (early !== opened) return;
  early = null;
  opened.client.destroy();
}

/** The early client when it was opened for exactly this board, token, user and device copy; it is handed out once. */
function claimEarly(key: string, onStale: (reason: string) => void): LiveClient | null {
  const opened = early;
  if (!opened) return null;
  early = null;
  clearTimeout(opened.timer);
  if (opened.key !== key) {
    opened.client.destroy();
    return null;
  }
  opened.owner.onStale = onStale;
  return opened.client;
}

if (typeof window !== 'undefined') openEarly();

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
    show(claimEarly(clientKey(boardId, token, who, keepOnDevice), onStale) ?? open(false));
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

'use client';
import { useContext, useEffect, type RefObject } from 'react';
import type { BoardPart } from '@/lib/board-feed';
import { FeedSignalsContext } from './feed-signals-context';

/**
 * Calls `read` when `shown` is first on screen, then whenever the board feed says `part` changed
 * or the feed has reconnected (what changed meanwhile was never announced). A signal that comes
 * while `shown` is hidden (another tab of the panel, a hidden browser tab) is kept until it is
 * shown again, so hidden parts cost nothing. `read` must be stable and should coalesce (see
 * coalesced), since signals come in bursts.
 */
export function usePartSignals(part: BoardPart, shown: RefObject<HTMLElement | null>, read: () => void): void {
  const signals = useContext(FeedSignalsContext);
  useEffect(() => {
    let stale = true;
    // A hidden panel has no layout box, so offsetParent tells whether the section is on screen.
    const visible = () => document.visibilityState === 'visible' && Boolean(shown.current?.offsetParent);
    const readIfShown = () => {
      if (!visible()) return;
      stale = false;
      read();
    };
    const onSignal = () => {
      stale = true;
      readIfShown();
    };
    const onShown = () => stale && readIfShown();
    readIfShown();
    const off = signals?.on(part, onSignal);
    // Showing a hidden panel changes its box from nothing to something, which this notices.
    const resized = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onShown);
    if (shown.current) resized?.observe(shown.current);
    document.addEventListener('visibilitychange', onShown);
    return () => {
      off?.();
      resized?.disconnect();
      document.removeEventListener('visibilitychange', onShown);
    };
  }, [part, shown, read, signals]);
}

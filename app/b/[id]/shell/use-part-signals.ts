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
    // Whether the section has a box, as the resize observer last reported it: a hidden tab panel
    // has none. Kept here rather than read from the layout (offsetParent) when a signal comes,
    // since in a busy workshop signals come often and each read would force a layout of the board.
    let onScreen = typeof ResizeObserver === 'undefined';
    const visible = () => document.visibilityState === 'visible' && onScreen;
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
    const off = signals?.on(part, onSignal);
    // The observer reports a box on its first observation when the section is on screen (which
    // makes the first read), and again whenever a hidden panel is shown or a shown one hidden.
    const resized =
      typeof ResizeObserver === 'undefined'
        ? null
        : new ResizeObserver((entries) => {
            const box = entries[entries.length - 1]!.contentRect;
            onScreen = box.width > 0 || box.height > 0;
            onShown();
          });
    if (resized && shown.current) resized.observe(shown.current);
    else readIfShown();
    document.addEventListener('visibilitychange', onShown);
    return () => {
      off?.();
      resized?.disconnect();
      document.removeEventListener('visibilitychange', onShown);
    };
  }, [part, shown, read, signals]);
}

'use client';

import { useEffect, useState } from 'react';
import { loadWhenOnline } from './load-when-online';

type Engine = typeof import('@/lib/consequences/engine');

// Kept once loaded, so a board opened again in the same tab computes at once.
let loaded: Engine | null = null;

/**
 * The consequence engine, loaded after the board has rendered: its rules and texts are the
 * heaviest code on the page, and the columns can be moved before any figure is computed.
 * Null until it has arrived; a page offline when it is first needed loads it on reconnect.
 */
export function useEngine(): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (engine) return;
    let live = true;
    // Asked for once the browser is idle after the first paint, so the board's own code and data
    // arrive first and the columns can be used while the figures load.
    const load = () =>
      void loadWhenOnline(() => import('@/lib/consequences/engine')).then((m) => {
        loaded = m;
        if (live) setEngine(m);
      });
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(load, { timeout: 500 }) : window.setTimeout(load, 50);
    return () => {
      live = false;
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [engine]);
  return engine;
}

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
    void loadWhenOnline(() => import('@/lib/consequences/engine')).then((m) => {
      loaded = m;
      if (live) setEngine(m);
    });
    return () => {
      live = false;
    };
  }, [engine]);
  return engine;
}

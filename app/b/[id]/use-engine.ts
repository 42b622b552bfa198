'use client';

import { useEffect, useState } from 'react';
import type { Catalog } from '@/lib/catalog/schema';
import { loadWhenOnline } from './load-when-online';

/**
 * The consequence engine with the whole catalog it computes from (figures, sources, positions,
 * pathways' steps); the board's first render needs neither, only the catalog's board part.
 */
export type Engine = typeof import('@/lib/consequences/engine') & { catalog: Catalog };

// Kept once loaded, so a board opened again in the same tab computes at once.
let loaded: Engine | null = null;

const loadEngine = () =>
  loadWhenOnline(() => Promise.all([import('@/lib/consequences/engine'), import('@/lib/catalog')])).then(([engine, { catalog }]): Engine => ({ ...engine, catalog }));

/**
 * The consequence engine and the whole catalog, loaded once `boardShown` (the board has content
 * on screen) and the browser is idle after that: its rules and data are the heaviest code on the
 * page, and the columns can be moved before any figure is computed. Loading only then keeps them
 * from competing with the board's own code, data and first sync. Null until they have arrived;
 * a page offline when they are first needed loads them on reconnect.
 */
export function useEngine(boardShown: boolean): Engine | null {
  const [engine, setEngine] = useState<Engine | null>(loaded);
  useEffect(() => {
    if (engine || !boardShown) return;
    let live = true;
    const load = () =>
      void loadEngine().then((m) => {
        loaded = m;
        if (live) setEngine(m);
      });
    const idle = typeof window.requestIdleCallback === 'function' ? window.requestIdleCallback(load, { timeout: 500 }) : window.setTimeout(load, 50);
    return () => {
      live = false;
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, [engine, boardShown]);
  return engine;
}

'use client';
import { useCallback, useState, useSyncExternalStore } from 'react';
import { clampPanelWidth, defaultPanelOpen, layoutFor, parseLayoutPrefs, serializeLayoutPrefs, DEFAULT_PREFS, type BoardLayout, type LayoutPrefs } from '@/lib/board-layout';

const KEY = 'ansvarstavla:board-layout';

function loadPrefs(): LayoutPrefs {
  try {
    return parseLayoutPrefs(localStorage.getItem(KEY));
  } catch {
    // Storage can be disabled or full; the defaults then serve, and nothing is remembered.
    return DEFAULT_PREFS;
  }
}

function savePrefs(prefs: LayoutPrefs): void {
  try {
    localStorage.setItem(KEY, serializeLayoutPrefs(prefs));
  } catch {
    // As above: the choice then lasts until the page reloads.
  }
}

const onResize = (notify: () => void) => {
  window.addEventListener('resize', notify);
  return () => window.removeEventListener('resize', notify);
};

/** The viewport's width in CSS px, following resizes and rotations; the layout breakpoints use the same measure as media queries. */
export function useViewportWidth(): number {
  return useSyncExternalStore(
    onResize,
    () => window.innerWidth,
    () => 1280,
  );
}

/** The board page's layout on this device and the side panel's state, with the ways to change it. */
export type BoardLayoutState = {
  layout: BoardLayout;
  viewport: number;
  /** The side panel beside the board (wide) or the bottom sheet (phone) is open. */
  open: boolean;
  setOpen: (open: boolean) => void;
  /** The side panel's width beside the board, within the bounds for this viewport. */
  width: number;
  /** Sets the width; `remember` stores it (at the end of a drag, on each key), otherwise it only shows. */
  setWidth: (width: number, remember: boolean) => void;
  /** Cards show their secondary controls only on hover, focus or selection (wide layout only). */
  compact: boolean;
  setCompact: (compact: boolean) => void;
};

/**
 * The layout for the viewport and the panel's state. Beside the board the panel's open state,
 * width and the compact choice are remembered per device; the phone's sheet always starts closed.
 */
export function useBoardLayout(): BoardLayoutState {
  const viewport = useViewportWidth();
  const layout = layoutFor(viewport);
  const [prefs, setPrefs] = useState(loadPrefs);
  const [sheetOpen, setSheetOpen] = useState(false);

  const update = useCallback((change: Partial<LayoutPrefs>, remember = true) => {
    setPrefs((p) => {
      const next = { ...p, ...change };
      if (remember) savePrefs(next);
      return next;
    });
  }, []);

  const setOpen = useCallback((open: boolean) => (layout === 'phone' ? setSheetOpen(open) : update({ open })), [layout, update]);
  const setWidth = useCallback((width: number, remember: boolean) => update({ width: clampPanelWidth(width, window.innerWidth) }, remember), [update]);
  const setCompact = useCallback((compact: boolean) => update({ compact }), [update]);

  return {
    layout,
    viewport,
    open: layout === 'phone' ? sheetOpen : (prefs.open ?? defaultPanelOpen(viewport)),
    setOpen,
    width: clampPanelWidth(prefs.width, viewport),
    setWidth,
    compact: layout === 'wide' && prefs.compact,
    setCompact,
  };
}

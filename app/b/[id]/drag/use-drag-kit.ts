'use client';
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { afterBoardUsable } from '../board-usable';
import { loadWhenOnline } from '../load-when-online';
import { HANDLE_SELECTOR, staticKit, type DragKit } from './drag-kit';

// A hover, a press, a touch or focus inside the board: someone may drag soon, so the kit loads
// then rather than waiting for an idle moment.
const INTENT = ['pointerover', 'pointerdown', 'touchstart', 'focusin'] as const;

/**
 * The drag kit the board renders with: the static one at first, the drag library's once it has
 * loaded, at an idle moment after the board is usable (its cards on screen), or sooner on the
 * first sign of intent inside `board`; never while the board is first drawn. The switch waits
 * while focus is on anything in the board but a card handle (an open menu or form would close),
 * and a focused handle has focus again after it.
 */
export function useDragKitLoader(board: RefObject<HTMLElement | null>): DragKit {
  const [kit, setKit] = useState<DragKit>(staticKit);
  const refocus = useRef<string | null>(null);

  useEffect(() => {
    const node = board.current;
    if (!node) return;
    const current = kitLoader(node, (next, focusedCard) => {
      refocus.current = focusedCard;
      setKit(next);
    });
    // A disposed loader ignores the call, so a task queued by an earlier mount is harmless.
    afterBoardUsable(current.start);
    return current.dispose;
  }, [board]);

  // Before paint, so a keyboard user sees no moment without focus on the handle they were on.
  useLayoutEffect(() => {
    const card = refocus.current;
    refocus.current = null;
    if (card === null) return;
    board.current?.querySelector(`[data-card="${CSS.escape(card)}"]`)?.querySelector<HTMLElement>(HANDLE_SELECTOR)?.focus({ preventScroll: true });
  }, [kit, board]);

  return kit;
}

type KitLoader = { start: () => void; dispose: () => void };

/** Fetches the drag library's kit once, on `start` or on intent inside `board`, and hands it over when switching loses nothing. */
function kitLoader(board: HTMLElement, onKit: (kit: DragKit, focusedCard: string | null) => void): KitLoader {
  let requested = false;
  let disposed = false;
  let stopWaiting = () => {};

  const listen = (on: boolean) => {
    for (const type of INTENT) {
      if (on) board.addEventListener(type, start, { capture: true, passive: true });
      else board.removeEventListener(type, start, { capture: true });
    }
  };
  const focusedInBoard = () => {
    const focused = document.activeElement;
    return focused instanceof HTMLElement && board.contains(focused) ? focused : null;
  };
  const busy = () => {
    const focused = focusedInBoard();
    return focused !== null && !focused.matches(HANDLE_SELECTOR);
  };
  let handed = false;
  const swap = (kit: DragKit) => {
    if (handed) return;
    handed = true;
    onKit(kit, focusedInBoard()?.closest<HTMLElement>('[data-card]')?.dataset.card ?? null);
  };

  function swapWhenFree(kit: DragKit) {
    if (disposed) return;
    if (!busy()) return swap(kit);
    // Where focus lands is known only after focusout has passed, hence the next task.
    const check = () =>
      setTimeout(() => {
        if (disposed || busy()) return;
        stopWaiting();
        swap(kit);
      });
    document.addEventListener('focusin', check);
    document.addEventListener('focusout', check);
    stopWaiting = () => {
      document.removeEventListener('focusin', check);
      document.removeEventListener('focusout', check);
    };
  }

  function start() {
    if (requested || disposed) return;
    requested = true;
    listen(false);
    loadWhenOnline(() => import('./dnd-kit')).then(
      (m) => swapWhenFree(m.dndKit),
      (error: unknown) => {
        // The board stays usable without drag (the move menus work); the next intent tries again.
        console.error('drag and drop could not be loaded', error);
        requested = false;
        if (!disposed) listen(true);
      },
    );
  }

  listen(true);
  return {
    start,
    dispose: () => {
      disposed = true;
      listen(false);
      stopWaiting();
    },
  };
}

'use client';
import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';

/** How far a pressed mouse must travel before it counts as an attempt to drag rather than a click. */
const DRAG_DISTANCE = 6;
/** How long a finger must rest on a card before it counts as an attempt to drag rather than a scroll. */
const TOUCH_HOLD_MS = 400;
const SHOWN_MS = 5000;

// The drag handles carry this even while dragging is disabled, and before the drag kit has loaded.
const handleOf = (target: EventTarget) => (target instanceof Element ? target.closest('[aria-roledescription="sortable"]') : null);

/**
 * Tells a person who tries to move a card they may not move why nothing happens (read-only role
 * or a locked board): disabled handles give no feedback of their own. Wrap the columns in the
 * returned handlers and render the notice; it is a polite live region, so it is also heard.
 */
export function useRefusedDrag(editable: boolean, reason: string) {
  const [shown, setShown] = useState(false);
  const press = useRef<{ x: number; y: number; told: boolean; timer?: ReturnType<typeof setTimeout> } | null>(null);

  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => setShown(false), SHOWN_MS);
    return () => clearTimeout(timer);
  }, [shown]);
  useEffect(() => {
    if (editable) setShown(false);
  }, [editable]);

  const tell = () => {
    // Hidden and shown again, so a screen reader hears the same message on a second attempt.
    setShown(false);
    requestAnimationFrame(() => setShown(true));
  };
  const release = () => {
    if (press.current?.timer) clearTimeout(press.current.timer);
    press.current = null;
  };

  const handlers = editable
    ? {}
    : {
        onPointerDown: (e: PointerEvent) => {
          release();
          if (!handleOf(e.target)) return;
          press.current = { x: e.clientX, y: e.clientY, told: false };
          if (e.pointerType === 'touch') press.current.timer = setTimeout(() => press.current && !press.current.told && ((press.current.told = true), tell()), TOUCH_HOLD_MS);
        },
        onPointerMove: (e: PointerEvent) => {
          const p = press.current;
          if (!p || p.told || Math.hypot(e.clientX - p.x, e.clientY - p.y) < DRAG_DISTANCE) return;
          // A finger that moves is scrolling the page, not trying to drag.
          if (e.pointerType === 'touch') return release();
          p.told = true;
          tell();
        },
        onPointerUp: release,
        onPointerCancel: release,
        onKeyDown: (e: KeyboardEvent) => {
          if ((e.key === ' ' || e.key === 'Enter') && handleOf(e.target)) tell();
        },
      };

  const notice = (
    <div role="status" aria-live="polite" data-testid="drag-refused" className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      {shown ? <p className="pointer-events-auto rounded-md bg-slate-800 px-4 py-2 text-sm text-white shadow-lg">{reason}</p> : null}
    </div>
  );
  return { handlers, notice };
}

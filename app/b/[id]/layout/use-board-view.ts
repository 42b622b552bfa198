'use client';
import { useCallback, useEffect, useRef, useState, type TouchEvent } from 'react';
import { swipeDirection, type TouchPoint } from '@/lib/column-scroll';

/**
 * The one column a phone shows: the level picked (the first while none is, or when the picked
 * one is removed), a sideways flick to the next or previous one, and `dragged` to tell a flick
 * from the end of a card drag.
 */
export function useShownLevel(levels: readonly { id: string }[]) {
  const [picked, setPicked] = useState<string | null>(null);
  const level = levels.some((l) => l.id === picked) ? picked! : (levels[0]?.id ?? '');
  const start = useRef<TouchPoint | null>(null);

  const swipeHandlers = {
    onTouchStart: (e: TouchEvent) => {
      const t = e.touches[0];
      start.current = e.touches.length === 1 && t ? { x: t.clientX, y: t.clientY, t: e.timeStamp } : null;
    },
    onTouchEnd: (e: TouchEvent) => {
      const t = e.changedTouches[0];
      const from = start.current;
      start.current = null;
      if (!from || !t) return;
      const dir = swipeDirection(from, { x: t.clientX, y: t.clientY, t: e.timeStamp });
      const at = levels.findIndex((l) => l.id === level);
      const next = levels[at + dir];
      if (dir !== 0 && next) setPicked(next.id);
    },
  };

  return { level, show: setPicked, swipeHandlers, dragged: () => void (start.current = null) };
}

/**
 * The selected card, whose controls stay shown in compact mode: chosen by a click or tap on it,
 * cleared by a press anywhere outside a card.
 */
export function useCardSelection() {
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    if (!selected) return;
    const away = (e: PointerEvent) => {
      if (!(e.target instanceof Element && e.target.closest('[data-card]'))) setSelected(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [selected]);
  const select = useCallback((card: string) => setSelected(card), []);
  return { selected, select };
}

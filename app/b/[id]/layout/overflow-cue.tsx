'use client';
import { useEffect, useState, type RefObject } from 'react';
import { overflowEdges, scrollToNextColumn, type Span } from '@/lib/column-scroll';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';

type Props = { scroller: RefObject<HTMLElement | null>; lang: Lang };

const COLUMN = '[data-testid="level"]';

/** The columns' spans in the scroller's content coordinates. */
function spansIn(el: HTMLElement): Span[] {
  const origin = el.getBoundingClientRect().left - el.scrollLeft;
  return [...el.querySelectorAll<HTMLElement>(COLUMN)].flatMap((c) => {
    const r = c.getBoundingClientRect();
    return r.width > 0 ? [{ left: r.left - origin, right: r.right - origin }] : [];
  });
}

/**
 * When the columns are wider than the board's scroller: a fade on each edge that hides columns
 * and a button there that scrolls the next hidden column into view. Place it in a positioned
 * box around the scroller; it follows scrolling, resizing and columns coming and going.
 */
export function OverflowCue({ scroller, lang }: Props) {
  const t = translator(boardText, lang);
  const [edges, setEdges] = useState({ before: false, after: false });

  useEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      const next = overflowEdges(el);
      setEdges((e) => (e.before === next.before && e.after === next.after ? e : next));
    };
    // Geometry is read only where the browser has just laid the page out: in the resize
    // observer's callback and after a scroll. Reading it on every change to the board (a card
    // moved, a ghost drawn) forced a layout of the whole board each time, which with a room
    // full of people dragging kept a receiving page busy.
    const resized = new ResizeObserver(measure);
    const watch = () => {
      resized.disconnect();
      resized.observe(el);
      for (const column of el.querySelectorAll(COLUMN)) resized.observe(column);
    };
    // A column added or removed changes the width to scroll; cards coming and going do not.
    const columnsChanged = (records: MutationRecord[]) =>
      records.some((r) => [...r.addedNodes, ...r.removedNodes].some((n) => n instanceof Element && (n.matches(COLUMN) || n.querySelector(COLUMN) !== null)));
    const changed = new MutationObserver((records) => columnsChanged(records) && watch());
    changed.observe(el, { childList: true, subtree: true });
    watch();
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      el.removeEventListener('scroll', measure);
      resized.disconnect();
      changed.disconnect();
    };
  }, [scroller]);

  const step = (dir: 1 | -1) => {
    const el = scroller.current;
    if (!el) return;
    const left = scrollToNextColumn(spansIn(el), el, dir);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollTo({ left, behavior: smooth ? 'smooth' : 'auto' });
  };

  const button = 'pointer-events-auto absolute bottom-4 z-20 flex items-center gap-1.5 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 shadow-md hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600';
  return (
    <>
      {edges.before ? (
        <>
          <div aria-hidden="true" data-testid="overflow-fade-before" className="pointer-events-none absolute inset-y-0 left-0 z-10 w-10 bg-gradient-to-r from-slate-400/40 to-transparent" />
          <button type="button" onClick={() => step(-1)} className={`${button} left-4`}>
            <Arrow towards="left" />
            {t('layout.earlierColumns')}
          </button>
        </>
      ) : null}
      {edges.after ? (
        <>
          <div aria-hidden="true" data-testid="overflow-fade-after" className="pointer-events-none absolute inset-y-0 right-0 z-10 w-12 bg-gradient-to-l from-slate-400/40 to-transparent" />
          <button type="button" onClick={() => step(1)} className={`${button} right-4`}>
            {t('layout.moreColumns')}
            <Arrow towards="right" />
          </button>
        </>
      ) : null}
    </>
  );
}

// An icon rather than a text arrow, so the button's name is its words alone.
function Arrow({ towards }: { towards: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-4 ${towards === 'left' ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      <path d="M2.5 8h11M9 3.5 13.5 8 9 12.5" />
    </svg>
  );
}

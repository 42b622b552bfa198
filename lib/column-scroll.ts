/**
 * Geometry for a row of columns wider than its scroller: which edges hide columns, where a
 * "more columns" step scrolls to, and whether a finger's flick means "next column".
 */

/** A column's left and right edge, in the scroller's content coordinates (CSS px). */
export type Span = { left: number; right: number };

/** The scroller's horizontal state. */
export type ScrollView = { scrollLeft: number; clientWidth: number; scrollWidth: number };

// Subpixel layout leaves fractions; less than this is not a hidden column.
const SLACK = 2;

/** Whether content is hidden before (left of) and after (right of) what the scroller shows. */
export function overflowEdges({ scrollLeft, clientWidth, scrollWidth }: ScrollView): { before: boolean; after: boolean } {
  return { before: scrollLeft > SLACK, after: scrollLeft + clientWidth < scrollWidth - SLACK };
}

/**
 * Where to scroll to show the next column that is hidden, wholly or partly, in direction `dir`:
 * that column then stands fully in view at the edge it came from (or starts at the left edge
 * when it is wider than the view). `gap` keeps a little of the neighbour in sight. Answers the
 * current position when nothing is hidden that way.
 */
export function scrollToNextColumn(columns: readonly Span[], view: ScrollView, dir: 1 | -1, gap = 12): number {
  const { scrollLeft, clientWidth, scrollWidth } = view;
  const max = Math.max(0, scrollWidth - clientWidth);
  const clamp = (x: number) => Math.round(Math.min(max, Math.max(0, x)));
  const sorted = [...columns].sort((a, b) => a.left - b.left);
  if (dir === 1) {
    const next = sorted.find((c) => c.right > scrollLeft + clientWidth + SLACK);
    if (!next) return clamp(scrollLeft);
    const width = next.right - next.left;
    return clamp(width + gap > clientWidth ? next.left - gap : next.right - clientWidth + gap);
  }
  const previous = [...sorted].reverse().find((c) => c.left < scrollLeft - SLACK);
  if (!previous) return clamp(scrollLeft);
  return clamp(previous.left - gap);
}

/** A touch's start or end: where (CSS px) and when (ms). */
export type TouchPoint = { x: number; y: number; t: number };

// A flick: far enough sideways, mostly sideways, and quick; a slow pan or a scroll is not one.
const SWIPE_MIN_PX = 60;
const SWIPE_MAX_MS = 600;

/** 1 for a flick to the left (show the next column), -1 to the right (the previous), 0 for anything else. */
export function swipeDirection(start: TouchPoint, end: TouchPoint): 1 | -1 | 0 {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (end.t - start.t > SWIPE_MAX_MS || Math.abs(dx) < SWIPE_MIN_PX || Math.abs(dx) < 2 * Math.abs(dy)) return 0;
  return dx < 0 ? 1 : -1;
}

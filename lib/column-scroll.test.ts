import { describe, expect, it } from 'vitest';
import { overflowEdges, scrollToNextColumn, swipeDirection } from './column-scroll';

// Four 300 px columns with 12 px gaps in a 700 px wide view.
const columns = [0, 1, 2, 3].map((i) => ({ left: i * 312, right: i * 312 + 300 }));
const view = (scrollLeft: number) => ({ scrollLeft, clientWidth: 700, scrollWidth: 1236 });

describe('overflowEdges', () => {
  it('says which side hides content', () => {
    expect(overflowEdges(view(0))).toEqual({ before: false, after: true });
    expect(overflowEdges(view(200))).toEqual({ before: true, after: true });
    expect(overflowEdges(view(536))).toEqual({ before: true, after: false });
  });
  it('ignores a subpixel remainder', () => {
    expect(overflowEdges({ scrollLeft: 0.5, clientWidth: 700, scrollWidth: 701 })).toEqual({ before: false, after: false });
  });
});

describe('scrollToNextColumn', () => {
  it('brings the first partly hidden column fully into view on the right', () => {
    // The third column (624–924) is cut at 700; it then ends 12 px inside the view.
    expect(scrollToNextColumn(columns, view(0), 1)).toBe(924 - 700 + 12);
  });
  it('goes back to the last column hidden on the left', () => {
    expect(scrollToNextColumn(columns, view(400), -1)).toBe(312 - 12);
    expect(scrollToNextColumn(columns, view(100), -1)).toBe(0);
  });
  it('stays within the scroll range and stays put with nothing hidden that way', () => {
    expect(scrollToNextColumn(columns, view(500), 1)).toBe(536);
    expect(scrollToNextColumn(columns, view(536), 1)).toBe(536);
    expect(scrollToNextColumn(columns, view(0), -1)).toBe(0);
  });
  it('starts a column wider than the view at its left edge', () => {
    const wide = [
      { left: 0, right: 300 },
      { left: 312, right: 1112 },
    ];
    expect(scrollToNextColumn(wide, { scrollLeft: 0, clientWidth: 700, scrollWidth: 1112 }, 1)).toBe(300);
  });
});

describe('swipeDirection', () => {
  const at = (x: number, y: number, t: number) => ({ x, y, t });
  it('reads a quick sideways flick as next or previous', () => {
    expect(swipeDirection(at(300, 400, 0), at(150, 410, 200))).toBe(1);
    expect(swipeDirection(at(100, 400, 0), at(250, 380, 200))).toBe(-1);
  });
  it('ignores short, slow or mostly vertical moves', () => {
    expect(swipeDirection(at(300, 400, 0), at(260, 400, 100))).toBe(0);
    expect(swipeDirection(at(300, 400, 0), at(100, 400, 900))).toBe(0);
    expect(swipeDirection(at(300, 400, 0), at(200, 200, 150))).toBe(0);
  });
});

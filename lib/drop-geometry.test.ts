import { describe, expect, it } from 'vitest';
import { boxAt, centreOf, neighbourColumn, placeInColumn } from './drop-geometry';

const box = (left: number, width = 100, top = 0, height = 300) => ({ left, top, width, height });
const columns = [
  { id: 'b', box: box(110) },
  { id: 'a', box: box(0) },
  { id: 'c', box: box(220) },
];

describe('boxAt', () => {
  it('finds the column a point is in, and none in the gap between columns', () => {
    expect(boxAt({ x: 150, y: 10 }, columns)).toBe('b');
    expect(boxAt({ x: 105, y: 10 }, columns)).toBeNull();
    expect(boxAt({ x: 150, y: 400 }, columns)).toBeNull();
  });
});

describe('neighbourColumn', () => {
  it('follows the columns left to right as they stand on screen', () => {
    expect(neighbourColumn(columns, 'a', 1)).toBe('b');
    expect(neighbourColumn(columns, 'b', 1)).toBe('c');
    expect(neighbourColumn(columns, 'b', -1)).toBe('a');
  });
  it('stops at either end and for an unknown column', () => {
    expect(neighbourColumn(columns, 'a', -1)).toBeNull();
    expect(neighbourColumn(columns, 'c', 1)).toBeNull();
    expect(neighbourColumn(columns, 'x', 1)).toBeNull();
  });
});

describe('placeInColumn', () => {
  it('puts a dragged box so its centre lies inside the column', () => {
    const col = box(220, 240, 50, 200);
    const at = placeInColumn(col, { width: 200, height: 90 });
    expect(boxAt(centreOf({ left: at.x, top: at.y, width: 200, height: 90 }), [{ id: 'c', box: col }])).toBe('c');
    expect(at.x).toBe(240);
  });
  it('stays at the top of a column no taller than the box', () => {
    expect(placeInColumn(box(0, 100, 10, 80), { width: 100, height: 90 })).toEqual({ x: 0, y: 10 });
  });
});

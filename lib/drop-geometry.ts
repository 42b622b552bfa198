/** A point and a box in page (client) coordinates, as the drag library measures them. */
export type Point = { x: number; y: number };
export type Box = { left: number; top: number; width: number; height: number };

const contains = (b: Box, p: Point) => p.x >= b.left && p.x <= b.left + b.width && p.y >= b.top && p.y <= b.top + b.height;

/** The id of the box a point lies in, the first one when boxes overlap; null when none. */
export function boxAt<T>(point: Point, boxes: ReadonlyArray<{ id: T; box: Box }>): T | null {
  return boxes.find((b) => contains(b.box, point))?.id ?? null;
}

/** The centre of a box. */
export const centreOf = (b: Box): Point => ({ x: b.left + b.width / 2, y: b.top + b.height / 2 });

/**
 * The column beside `current` in the direction given, by where the columns stand on screen
 * (left to right), so the answer follows the layout and not the order the ids were listed in.
 * Null at either end, or when `current` is not among the columns.
 */
export function neighbourColumn<T>(columns: ReadonlyArray<{ id: T; box: Box }>, current: T, direction: -1 | 1): T | null {
  const ordered = [...columns].sort((a, b) => a.box.left - b.box.left);
  const at = ordered.findIndex((c) => c.id === current);
  if (at < 0) return null;
  return ordered[at + direction]?.id ?? null;
}

/**
 * Where the top-left of a dragged box of `size` goes to sit over an empty column: centred
 * across it and a little below its top, so the box's centre is well inside the column.
 */
export function placeInColumn(column: Box, size: { width: number; height: number }): Point {
  return { x: column.left + (column.width - size.width) / 2, y: column.top + Math.min(48, Math.max(0, column.height - size.height) / 2) };
}

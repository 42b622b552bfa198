import type { Allocation } from './allocation';
import { compareOrdered } from './order';

/** Card ids per level id, each column in its board order. */
export type Columns = Map<string, string[]>;

/** Where a card being dragged would land: a column and its index among that column's other cards. */
export type DropPreview = { card: string; level: string; index: number };

/** The board's columns from an allocation, with a drag preview applied when one is given. */
export function columnsOf(allocation: Allocation, preview: DropPreview | null = null): Columns {
  const columns: Columns = new Map(allocation.levels.map((l) => [l.id, []]));
  const sorted = allocation.placements.map((p) => ({ id: p.responsibility, order: p.order, level: p.level })).sort(compareOrdered);
  for (const p of sorted) if (!preview || p.id !== preview.card) columns.get(p.level)?.push(p.id);
  const target = preview && columns.get(preview.level);
  if (target) target.splice(Math.max(0, Math.min(preview.index, target.length)), 0, preview.card);
  return columns;
}

/** Each column is a drop target of its own under this prefix, so an empty column is a target too. */
export const COLUMN_PREFIX = 'column:';
export const columnDroppableId = (level: string) => `${COLUMN_PREFIX}${level}`;
/** The level of a column's drop-target id; null for any other id (a card's). */
export const levelOfColumnId = (id: string): string | null => (id.startsWith(COLUMN_PREFIX) ? id.slice(COLUMN_PREFIX.length) : null);

/** The column a card is in, or null. */
export function columnOf(columns: Columns, card: string): string | null {
  for (const [level, cards] of columns) if (cards.includes(card)) return level;
  return null;
}

/**
 * Where a drop lands when `card` is released over `over` (a card id, or a column id given as
 * `column:<id>`): over a card, that card's place; over a column, its end. Within one column
 * this matches moving the card to the index of the card it is over.
 */
export function dropTarget(columns: Columns, card: string, over: string): DropPreview | null {
  const column = levelOfColumnId(over);
  if (column !== null) {
    const cards = columns.get(column);
    if (!cards) return null;
    const others = cards.filter((c) => c !== card);
    const at = cards.indexOf(card);
    return { card, level: column, index: at >= 0 ? at : others.length };
  }
  const level = columnOf(columns, over);
  if (!level) return null;
  return { card, level, index: columns.get(level)!.indexOf(over) };
}

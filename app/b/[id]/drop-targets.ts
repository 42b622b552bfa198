import { closestCenter, rectIntersection, type CollisionDetection, type DroppableContainer, type KeyboardCoordinateGetter, type UniqueIdentifier } from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { columnDroppableId, levelOfColumnId } from '@/lib/columns';
import { boxAt, centreOf, neighbourColumn, placeInColumn, type Box } from '@/lib/drop-geometry';

const isColumn = (id: UniqueIdentifier) => levelOfColumnId(String(id)) !== null;

/** The level a card droppable belongs to: the id of the sortable list it was rendered in. */
export const levelOfCard = (c: Pick<DroppableContainer, 'data'>): string | null => {
  const sortable = (c.data.current as { sortable?: { containerId?: UniqueIdentifier } } | undefined)?.sortable;
  return sortable?.containerId != null ? String(sortable.containerId) : null;
};

/** The level a droppable stands for: a column's own, or the column a card is in. */
function levelOf(containers: Iterable<DroppableContainer>, id: UniqueIdentifier | null | undefined): string | null {
  if (id == null) return null;
  if (isColumn(id)) return levelOfColumnId(String(id));
  for (const c of containers) if (c.id === id) return levelOfCard(c);
  return null;
}

type Boxed = { id: UniqueIdentifier; box: Box };
const boxesOf = (containers: DroppableContainer[], rects: Map<UniqueIdentifier, Box>): Boxed[] =>
  containers.flatMap((c) => {
    const box = rects.get(c.id);
    return box ? [{ id: c.id, box }] : [];
  });

/**
 * Cards first, the column as the fallback. The column is the one under the pointer (for the
 * keyboard, under the dragged card's centre), else the one the dragged card overlaps most;
 * within it the nearest card wins, and a column with no cards is itself the target. Choosing
 * the column first keeps a card of a full neighbouring column from winning over an empty one.
 */
export const cardsThenColumn: CollisionDetection = (args) => {
  const columns = args.droppableContainers.filter((c) => isColumn(c.id));
  const point = args.pointerCoordinates ?? centreOf(args.collisionRect);
  const under = boxAt(point, boxesOf(columns, args.droppableRects));
  const columnId = under ?? rectIntersection({ ...args, droppableContainers: columns })[0]?.id ?? null;
  if (columnId == null) return [];
  const level = levelOfColumnId(String(columnId))!;
  const cards = args.droppableContainers.filter((c) => !isColumn(c.id) && levelOfCard(c) === level);
  if (cards.length === 0) return [{ id: columnId, data: { droppableContainer: columns.find((c) => c.id === columnId), value: 0 } }];
  return closestCenter({ ...args, droppableContainers: cards });
};

/**
 * Arrow keys while a card is held. Left and right go to the neighbouring column, empty or not
 * (the stock sortable getter only reaches columns that already hold cards); up and down move
 * among the cards of the column the card is over now.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, args) => {
  const { active, collisionRect, droppableRects, droppableContainers, over } = args.context;
  const enabled = droppableContainers.getEnabled();
  const current = levelOf(enabled, over?.id) ?? levelOf(enabled, active?.id);
  if (event.code === 'ArrowLeft' || event.code === 'ArrowRight') {
    event.preventDefault();
    if (!collisionRect || current == null) return undefined;
    const columns = boxesOf(enabled.filter((c) => isColumn(c.id)), droppableRects);
    const next = neighbourColumn(columns, columnDroppableId(current), event.code === 'ArrowLeft' ? -1 : 1);
    if (next == null) return undefined;
    const level = levelOfColumnId(String(next))!;
    const first = boxesOf(enabled.filter((c) => c.id !== active?.id && levelOfCard(c) === level), droppableRects).sort((a, b) => a.box.top - b.box.top)[0];
    if (first) return { x: first.box.left, y: first.box.top };
    return placeInColumn(columns.find((c) => c.id === next)!.box, collisionRect);
  }
  if (event.code === 'ArrowUp' || event.code === 'ArrowDown') {
    // The stock getter, shown only the cards of this column: the columns themselves would pull the card up and out.
    const cards = enabled.filter((c) => !isColumn(c.id) && levelOfCard(c) === current);
    const only = { getEnabled: () => cards, get: (id: UniqueIdentifier) => droppableContainers.get(id) } as unknown as typeof droppableContainers;
    return sortableKeyboardCoordinates(event, { ...args, context: { ...args.context, droppableContainers: only } });
  }
  return undefined;
};

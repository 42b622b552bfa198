'use client';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { HTMLAttributes } from 'react';
import { columnDroppableId } from '@/lib/columns';
import { levelOfCard } from '../drop-targets';
import { DndLayer } from './dnd-layer';
import type { DragKit } from './drag-kit';

/** A level as a drop zone and a sortable list. The whole column is the droppable, header included, so an empty column is as easy a target as a full one. */
const SortableColumn: DragKit['Column'] = ({ level, cards, editable, children }) => {
  const { setNodeRef, isOver, over, active } = useDroppable({ id: columnDroppableId(level), disabled: !editable });
  // Over one of this column's cards counts as over the column: the highlight says where the card lands.
  const overHere = isOver || (active != null && over != null && levelOfCard(over) === level);
  return (
    <SortableContext id={level} items={cards} strategy={verticalListSortingStrategy}>
      {children({ ref: setNodeRef, over: overHere })}
    </SortableContext>
  );
};

/** A card that can be picked up by its handle and moves aside while another passes. */
const SortableCard: DragKit['Card'] = ({ id, editable, children }) => {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id, disabled: !editable });
  // The sensors' listeners are plain React handlers (onMouseDown, onTouchStart, onKeyDown).
  const handle = { ...attributes, ...listeners } as HTMLAttributes<HTMLElement>;
  return children({ ref: setNodeRef, handle, style: { transform: CSS.Translate.toString(transform), transition }, dragging: isDragging });
};

/** The drag library's kit: loaded apart from the board, which draws without it until it is here. */
export const dndKit: DragKit = { ready: true, Layer: DndLayer, Column: SortableColumn, Card: SortableCard };

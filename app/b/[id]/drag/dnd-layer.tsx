'use client';
import { useState } from 'react';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { columnOf, dropTarget, levelOfColumnId } from '@/lib/columns';
import { translator } from '@/lib/i18n';
import { dragText } from '@/lib/i18n/drag';
import { CardFace } from '../card-face';
import { boardKeyboardCoordinates, cardsThenColumn } from '../drop-targets';
import type { LayerProps } from './drag-kit';

// Scrolling starts only close to the edge and stays slow, so a drag toward a column near the
// edge does not carry the board past it.
const AUTO_SCROLL = { threshold: { x: 0.08, y: 0.1 }, acceleration: 4 };
// A finger covers the edge zone as it nears a column at the screen's edge, and rests there to
// aim: narrower zones and a gentler pace keep the board from running past the column.
const AUTO_SCROLL_TOUCH = { threshold: { x: 0.04, y: 0.06 }, acceleration: 1.5 };
// A phone shows one column, so there is nothing sideways to scroll to; only up and down.
const AUTO_SCROLL_PHONE = { threshold: { x: 0, y: 0.06 }, acceleration: 1.5 };
const isTouch = (e: Event) => typeof TouchEvent !== 'undefined' && e instanceof TouchEvent;

/**
 * Drag and drop over the columns (pointer, touch and keyboard). While a card is dragged across
 * columns the board shows where it would land; the move is made once, on drop, and the drag is
 * published (throttled) so others see a ghost of it.
 */
export function DndLayer({ client, columns, facts, labels, lang, phone, onPreview, onDrop, onPickUp, children }: LayerProps) {
  const t = translator(dragText, lang);
  const [active, setActive] = useState<string | null>(null);
  // Keyboard drags move the card itself: swapping in an overlay mid-drag made the first arrow key a no-op.
  const [byKeyboard, setByKeyboard] = useState(false);
  const [byTouch, setByTouch] = useState(false);
  // Mouse and touch apart: a pointer sensor would also claim a finger, before the touch delay
  // that lets a finger still scroll the board, and the two would fight over one drag.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );

  const name = (id: string) => facts.get(id)?.name ?? id;
  const levelOfTarget = (over: string | null | undefined) => {
    if (!over) return null;
    const id = String(over);
    return levelOfColumnId(id) ?? columnOf(columns, id);
  };
  const announcements: Announcements = {
    onDragStart: ({ active: a }) => t('announce.pickedUp', { card: name(String(a.id)) }),
    onDragOver: ({ active: a, over }) => {
      const level = levelOfTarget(over?.id as string | undefined);
      return level ? t('announce.over', { card: name(String(a.id)), level: labels.get(level) ?? level }) : undefined;
    },
    onDragEnd: ({ active: a, over }) => {
      const level = levelOfTarget(over?.id as string | undefined);
      return level ? t('announce.dropped', { card: name(String(a.id)), level: labels.get(level) ?? level }) : t('announce.cancelled', { card: name(String(a.id)) });
    },
    onDragCancel: ({ active: a }) => t('announce.cancelled', { card: name(String(a.id)) }),
  };

  const publish = (card: string | null, level: string | null) => client.setDrag(card ? { card, level } : null);
  const finish = () => {
    setActive(null);
    onPreview(null);
    publish(null, null);
    client.setDrag.flush();
  };

  function onDragStart({ active: a, activatorEvent }: DragStartEvent) {
    const card = String(a.id);
    setActive(card);
    setByKeyboard(activatorEvent instanceof KeyboardEvent);
    setByTouch(isTouch(activatorEvent));
    onPickUp();
    publish(card, columnOf(columns, card));
  }

  function onDragOver({ active: a, over }: DragOverEvent) {
    if (!over) return;
    const card = String(a.id);
    const target = dropTarget(columns, card, String(over.id));
    // Within its own column the sortable list animates by itself; only a column change needs a preview.
    if (!target || target.level === columnOf(columns, card)) return;
    onPreview(target);
    publish(card, target.level);
  }

  function onDragEnd({ active: a, over }: DragEndEvent) {
    const target = over ? dropTarget(columns, String(a.id), String(over.id)) : null;
    finish();
    if (target) onDrop(target);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={cardsThenColumn}
      autoScroll={byTouch ? (phone ? AUTO_SCROLL_PHONE : AUTO_SCROLL_TOUCH) : AUTO_SCROLL}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('announce.instructions') } }}
    >
      {children}
      <DragOverlay dropAnimation={null}>{active && !byKeyboard && facts.get(active) ? <CardFace facts={facts.get(active)!} lang={lang} lifted /> : null}</DragOverlay>
    </DndContext>
  );
}

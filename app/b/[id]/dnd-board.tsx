'use client';
import { useMemo, useRef, useState } from 'react';
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
import type { BoardProjection } from '@/lib/board-doc';
import type { BoardLayout } from '@/lib/board-layout';
import { moveCard } from '@/lib/board-ops';
import type { BoardCatalog } from '@/lib/catalog/board';
import { columnOf, columnsOf, dropTarget, type DropPreview, levelOfColumnId } from '@/lib/columns';
import type { Consequences } from '@/lib/consequences/engine';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { latestDrags, noteDrags, type DragsSeen, type Peer } from '@/lib/presence';
import { BoardExtras } from './board-extras';
import { cardFacts } from './card-facts';
import { CardFace } from './card-face';
import type { BoardComments } from './comments/use-board-comments';
import { boardKeyboardCoordinates, cardsThenColumn } from './drop-targets';
import type { LiveClient } from './live-client';
import { LevelPicker } from './layout/level-picker';
import { useCardSelection, useShownLevel } from './layout/use-board-view';
import { LiveColumn } from './live-column';
import { useRefusedDrag } from './refused-drag';

// Ghosts beyond a handful say nothing more and cost a card render each; the newest drags win.
const MAX_GHOSTS = 5;
// Scrolling starts only close to the edge and stays slow, so a drag toward a column near the
// edge does not carry the board past it.
const AUTO_SCROLL = { threshold: { x: 0.08, y: 0.1 }, acceleration: 4 };
// A finger covers the edge zone as it nears a column at the screen's edge, and rests there to
// aim: narrower zones and a gentler pace keep the board from running past the column.
const AUTO_SCROLL_TOUCH = { threshold: { x: 0.04, y: 0.06 }, acceleration: 1.5 };
// A phone shows one column, so there is nothing sideways to scroll to; only up and down.
const AUTO_SCROLL_PHONE = { threshold: { x: 0, y: 0.06 }, acceleration: 1.5 };
const isTouch = (e: Event) => typeof TouchEvent !== 'undefined' && e instanceof TouchEvent;

type Props = {
  client: LiveClient;
  projection: BoardProjection;
  consequences: Consequences | null;
  /** The board's part of the catalog, or the whole one once the engine has brought it (the badges' tooltips come with it). */
  catalog: BoardCatalog;
  labels: Map<string, string>;
  peers: Peer[];
  editable: boolean;
  /** Why cards cannot be moved, for the tooltips, when `editable` is false. */
  readOnlyHint: string;
  /** Opens a card's details. */
  onDetails: (card: string) => void;
  arrived: ReadonlySet<string>;
  author: string;
  lang: Lang;
  origin: symbol;
  comments: BoardComments;
  layout: BoardLayout;
  /** Cards and column headers show their secondary controls only on hover, focus or selection. */
  compact: boolean;
};

/**
 * The columns with drag and drop (pointer, touch and keyboard). While a card is dragged across
 * columns a local preview shows where it would land; the document changes once, on drop, and
 * the drag is published (throttled) so others see a ghost of it; of others' drags the few
 * newest show as ghosts.
 */
export function DndBoard({ client, projection, consequences, catalog, labels, peers, editable, readOnlyHint, onDetails, arrived, author, lang, origin, comments, layout, compact }: Props) {
  const t = translator(boardText, lang);
  const [active, setActive] = useState<string | null>(null);
  // Keyboard drags move the card itself: swapping in an overlay mid-drag made the first arrow key a no-op.
  const [byKeyboard, setByKeyboard] = useState(false);
  const [byTouch, setByTouch] = useState(false);
  const [preview, setPreview] = useState<DropPreview | null>(null);
  const columns = useMemo(() => columnsOf(projection.allocation, preview), [projection, preview]);
  const facts = useMemo(() => cardFacts(projection, consequences, catalog, lang, comments.summaries), [projection, consequences, catalog, lang, comments.summaries]);
  // Mouse and touch apart: a pointer sensor would also claim a finger, before the touch delay
  // that lets a finger still scroll the board, and the two would fight over one drag.
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 180, tolerance: 8 } }),
    useSensor(KeyboardSensor, { coordinateGetter: boardKeyboardCoordinates }),
  );
  const refused = useRefusedDrag(editable, readOnlyHint);

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
    setPreview(null);
    publish(null, null);
    client.setDrag.flush();
  };

  function onDragStart({ active: a, activatorEvent }: DragStartEvent) {
    const card = String(a.id);
    setActive(card);
    setByKeyboard(activatorEvent instanceof KeyboardEvent);
    setByTouch(isTouch(activatorEvent));
    shown.dragged();
    publish(card, columnOf(columns, card));
  }

  function onDragOver({ active: a, over }: DragOverEvent) {
    if (!over) return;
    const card = String(a.id);
    const target = dropTarget(columns, card, String(over.id));
    // Within its own column the sortable list animates by itself; only a column change needs a preview.
    if (!target || target.level === columnOf(columns, card)) return;
    setPreview(target);
    publish(card, target.level);
  }

  function onDragEnd({ active: a, over }: DragEndEvent) {
    const card = String(a.id);
    const target = over ? dropTarget(columns, card, String(over.id)) : null;
    finish();
    if (target && editable) moveCard(client.doc, { card: target.card, toLevel: target.level, index: target.index }, origin);
  }

  const moveTo = (card: string, level: string) => {
    if (!editable) return;
    moveCard(client.doc, { card, toLevel: level, index: columns.get(level)?.filter((c) => c !== card).length ?? 0 }, origin);
  };

  // When this page saw each drag start or change; kept across renders, so only a change is new.
  const dragsSeen = useRef<DragsSeen>(new Map());
  const seen = useMemo(() => (dragsSeen.current = noteDrags(dragsSeen.current, peers, performance.now())), [peers]);
  // Only drags that would show a ghost compete for the places: one over its own column shows none.
  const ghosts = useMemo(() => {
    const shown = peers.filter((p) => p.drag?.level && facts.has(p.drag.card) && !columns.get(p.drag.level)?.includes(p.drag.card));
    return latestDrags(shown, seen, MAX_GHOSTS);
  }, [peers, seen, facts, columns]);
  const draggers = useMemo(() => peers.filter((p) => p.drag), [peers]);
  const levelList = projection.allocation.levels.map((l) => ({ ...l, label: labels.get(l.id) ?? l.id }));
  const phone = layout === 'phone';
  const shown = useShownLevel(levelList);
  const selection = useCardSelection();

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
      {phone ? <LevelPicker levels={levelList.map((l) => ({ id: l.id, label: l.label, count: columns.get(l.id)?.length ?? 0 }))} shown={shown.level} onShow={shown.show} lang={lang} /> : null}
      <div
        data-compact={compact || undefined}
        // Columns shrink to a readable minimum before the row starts to scroll sideways.
        className={phone ? 'grid grid-cols-1' : 'grid auto-cols-[minmax(13rem,1fr)] grid-flow-col gap-3'}
        {...refused.handlers}
        {...(phone ? shown.swipeHandlers : {})}
      >
        {levelList.map((level, i) => (
          <LiveColumn
            key={level.id}
            hidden={phone && level.id !== shown.level}
            compact={compact}
            selected={selection.selected}
            onSelect={selection.select}
            client={client}
            level={level}
            position={{ index: i, count: levelList.length }}
            cards={columns.get(level.id) ?? []}
            facts={facts}
            levels={levelList}
            ghosts={ghosts.filter((g) => g.drag!.level === level.id)}
            draggers={draggers}
            editable={editable}
            readOnlyHint={readOnlyHint}
            onDetails={onDetails}
            arrived={arrived}
            lang={lang}
            origin={origin}
            onMoveTo={moveTo}
            comments={comments}
          />
        ))}
      </div>
      {refused.notice}
      <DragOverlay dropAnimation={null}>{active && !byKeyboard && facts.get(active) ? <CardFace facts={facts.get(active)!} lang={lang} lifted /> : null}</DragOverlay>
      {editable ? <BoardExtras client={client} levels={levelList} author={author} lang={lang} origin={origin} /> : null}
    </DndContext>
  );
}

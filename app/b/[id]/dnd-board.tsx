'use client';
import { useMemo, useRef, useState } from 'react';
import dynamic from 'next/dynamic';
import type { BoardProjection } from '@/lib/board-doc';
import type { BoardLayout } from '@/lib/board-layout';
import { moveCard } from '@/lib/board-ops';
import type { BoardCatalog } from '@/lib/catalog/board';
import { columnsOf, type DropPreview } from '@/lib/columns';
import type { Consequences } from '@/lib/consequences/engine';
import type { Lang } from '@/lib/i18n';
import { latestDrags, noteDrags, type DragsSeen, type Peer } from '@/lib/presence';
import { BoardExtras } from './board-extras';
import { cardFacts } from './card-facts';
import type { BoardComments } from './comments/use-board-comments';
import { DragKitContext } from './drag/drag-kit';
import { useDragKitLoader } from './drag/use-drag-kit';
import type { LiveClient } from './live-client';
import { useCardSelection, useShownLevel } from './layout/use-board-view';
import { LiveColumn } from './live-column';
import { loadWhenOnline } from './load-when-online';
import { useRefusedDrag } from './refused-drag';

// Only a phone shows one column at a time and a picker between them; a wider screen never
// needs its code. Its place is held meanwhile so the column does not jump when it arrives.
const LevelPicker = dynamic(() => loadWhenOnline(() => import('./layout/level-picker').then((m) => m.LevelPicker)), {
  ssr: false,
  loading: () => <div aria-hidden className="-mx-2 mb-2 h-10 border-b border-slate-200 bg-slate-50/95" />,
});

// Ghosts beyond a handful say nothing more and cost a card render each; the newest drags win.
const MAX_GHOSTS = 5;

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
 * newest show as ghosts. The drag library loads after the board is usable (see useDragKitLoader);
 * until then the board looks the same and cards move by their "Flytt til …" menus.
 */
export function DndBoard({ client, projection, consequences, catalog, labels, peers, editable, readOnlyHint, onDetails, arrived, author, lang, origin, comments, layout, compact }: Props) {
  const [preview, setPreview] = useState<DropPreview | null>(null);
  const columns = useMemo(() => columnsOf(projection.allocation, preview), [projection, preview]);
  const facts = useMemo(() => cardFacts(projection, consequences, catalog, lang, comments.summaries), [projection, consequences, catalog, lang, comments.summaries]);
  const refused = useRefusedDrag(editable, readOnlyHint);
  const grid = useRef<HTMLDivElement>(null);
  const kit = useDragKitLoader(grid);

  const onDrop = (target: DropPreview) => {
    if (editable) moveCard(client.doc, { card: target.card, toLevel: target.level, index: target.index }, origin);
  };
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
    <>
      {phone ? <LevelPicker levels={levelList.map((l) => ({ id: l.id, label: l.label, count: columns.get(l.id)?.length ?? 0 }))} shown={shown.level} onShow={shown.show} lang={lang} /> : null}
      <div
        ref={grid}
        data-compact={compact || undefined}
        // Tests and tools wait for this before dragging: until then a press on a card drags nothing.
        data-drag={kit.ready ? 'ready' : 'loading'}
        // Columns shrink to a readable minimum before the row starts to scroll sideways.
        className={phone ? 'grid grid-cols-1' : 'grid auto-cols-[minmax(13rem,1fr)] grid-flow-col gap-3'}
        {...refused.handlers}
        {...(phone ? shown.swipeHandlers : {})}
      >
        <DragKitContext value={kit}>
          <kit.Layer client={client} columns={columns} facts={facts} labels={labels} lang={lang} phone={phone} onPreview={setPreview} onDrop={onDrop} onPickUp={shown.dragged}>
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
          </kit.Layer>
        </DragKitContext>
      </div>
      {refused.notice}
      {editable ? <BoardExtras client={client} levels={levelList} author={author} lang={lang} origin={origin} /> : null}
    </>
  );
}

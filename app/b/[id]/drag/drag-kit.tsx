'use client';
import { createContext, useContext, type ComponentType, type CSSProperties, type HTMLAttributes, type ReactNode } from 'react';
import type { DropPreview, Columns } from '@/lib/columns';
import type { Lang } from '@/lib/i18n';
import type { CardFacts } from '../card-facts';
import type { LiveClient } from '../live-client';

/** A card handle, whichever kit rendered it: focus goes back to it by this after the kit changes. */
export const HANDLE_SELECTOR = '[aria-roledescription="sortable"]';

/** What a card needs from the drag layer: its node, its handle's attributes and listeners, its motion. */
export type CardDrag = {
  ref?: (node: HTMLElement | null) => void;
  handle: HTMLAttributes<HTMLElement>;
  style: CSSProperties;
  dragging: boolean;
};

/** What a column needs from the drag layer: its node, and whether a held card would land in it. */
export type ColumnDrop = { ref?: (node: HTMLElement | null) => void; over: boolean };

/** What the drag layer needs from the board: where cards are, their faces, and where a move goes. */
export type LayerProps = {
  client: LiveClient;
  columns: Columns;
  facts: Map<string, CardFacts>;
  labels: Map<string, string>;
  lang: Lang;
  phone: boolean;
  /** Where the held card would land, shown before the drop; null when it is let go. */
  onPreview: (preview: DropPreview | null) => void;
  onDrop: (target: DropPreview) => void;
  onPickUp: () => void;
  children: ReactNode;
};

/**
 * The drag layer the columns render with. The static kit draws the board the same, with
 * handles that only take focus; the drag library's kit replaces it once loaded. Each part is a
 * component, so switching kits remounts what uses it and no hook runs in the other kit's place.
 */
export type DragKit = {
  ready: boolean;
  Layer: ComponentType<LayerProps>;
  Column: ComponentType<{ level: string; cards: string[]; editable: boolean; children: (drop: ColumnDrop) => ReactNode }>;
  Card: ComponentType<{ id: string; editable: boolean; children: (drag: CardDrag) => ReactNode }>;
};

// The same attributes the drag library gives a sortable handle, so the board reads the same to
// assistive technology, to the refused-drag notice and to tests before and after it arrives.
const staticHandle = (editable: boolean): HTMLAttributes<HTMLElement> => ({ role: 'button', tabIndex: 0, 'aria-roledescription': 'sortable', 'aria-disabled': !editable });
const STILL: CSSProperties = {};

export const staticKit: DragKit = {
  ready: false,
  Layer: ({ children }) => children,
  Column: ({ children }) => children({ over: false }),
  Card: ({ editable, children }) => children({ handle: staticHandle(editable), style: STILL, dragging: false }),
};

export const DragKitContext = createContext<DragKit>(staticKit);

/** The kit the board renders with now. */
export const useDragKit = () => useContext(DragKitContext);

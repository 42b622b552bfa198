'use client';
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { PANEL_WIDTH, clampPanelWidth, maxPanelWidth, panelWidthAfterKey } from '@/lib/board-layout';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';

type Props = {
  width: number;
  viewport: number;
  /** The side panel's element id. */
  controls: string;
  lang: Lang;
  onWidth: (width: number, remember: boolean) => void;
  onCollapse: () => void;
};

/**
 * The handle on the side panel's left edge, as a window splitter: drag it (mouse, pen or finger),
 * or focus it and use ArrowLeft and ArrowRight (Shift for bigger steps), Home and End; Enter
 * collapses the panel. The width is remembered when a drag ends and on each key.
 */
export function PanelResizer({ width, viewport, controls, lang, onWidth, onCollapse }: Props) {
  const t = translator(boardText, lang);
  const drag = useRef<{ x: number; width: number; last: number } | null>(null);

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      return onCollapse();
    }
    const next = panelWidthAfterKey(width, e.key, e.shiftKey, viewport);
    if (next === null) return;
    e.preventDefault();
    onWidth(next, true);
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { x: e.clientX, width, last: width };
  };
  const onPointerMove = (e: PointerEvent) => {
    const d = drag.current;
    if (!d) return;
    // The panel is on the right: moving the handle left makes it wider.
    d.last = clampPanelWidth(d.width + d.x - e.clientX, viewport);
    onWidth(d.last, false);
  };
  const onPointerEnd = () => {
    const d = drag.current;
    if (!d) return;
    drag.current = null;
    onWidth(d.last, true);
  };

  return (
    <div
      role="separator"
      tabIndex={0}
      aria-orientation="vertical"
      aria-label={t('layout.resize')}
      aria-controls={controls}
      aria-valuenow={width}
      aria-valuemin={PANEL_WIDTH.min}
      aria-valuemax={maxPanelWidth(viewport)}
      aria-valuetext={t('layout.resizeValue', { width })}
      title={t('layout.resize')}
      data-testid="panel-resizer"
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      className="group relative w-2 shrink-0 cursor-col-resize touch-none border-l border-slate-200 bg-slate-100 hover:bg-blue-100 focus:outline-none focus-visible:bg-blue-200 focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-inset"
    >
      <span aria-hidden="true" className="absolute top-1/2 left-1/2 h-10 w-1 -translate-x-1/2 -translate-y-1/2 rounded-full bg-slate-400 group-hover:bg-blue-600" />
    </div>
  );
}

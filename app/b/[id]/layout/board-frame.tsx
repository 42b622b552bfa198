'use client';
import type { ReactNode, RefObject } from 'react';
import type { Lang } from '@/lib/i18n';
import { OverflowCue } from './overflow-cue';
import type { BoardLayoutState } from './use-board-layout';

type Props = { layout: BoardLayoutState; scroller: RefObject<HTMLElement | null>; label: string; lang: Lang; aside: ReactNode; children: ReactNode };

/**
 * The board's main area beside the side panel. Wide: the columns scroll in their own box (with
 * cues when some are out of sight) and the panel sits on the right. Phone: the page scrolls,
 * and room is left at the bottom for the panel's sheet.
 */
export function BoardFrame({ layout, scroller, label, lang, aside, children }: Props) {
  if (layout.layout === 'phone') {
    return (
      <div className="flex flex-1 flex-col">
        <main ref={scroller} className="min-w-0 flex-1 px-2 pb-20" aria-label={label}>
          {children}
        </main>
        {aside}
      </div>
    );
  }
  return (
    <div className="flex min-h-0 flex-1">
      <div className="relative flex min-w-0 flex-1">
        {/* Positioned, so what is absolutely placed inside (screen-reader text) scrolls with it instead of stretching the page. */}
        <main ref={scroller} className="relative min-w-0 flex-1 overflow-auto p-3" aria-label={label}>
          {children}
        </main>
        <OverflowCue scroller={scroller} lang={lang} />
      </div>
      {aside}
    </div>
  );
}

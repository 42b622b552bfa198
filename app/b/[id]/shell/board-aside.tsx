'use client';
import { useId, useRef, type ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { commentsText } from '@/lib/i18n/comments';
import { PanelResizer } from '../layout/panel-resizer';
import { PanelToggle } from '../layout/panel-toggle';
import type { BoardLayoutState } from '../layout/use-board-layout';
import { loadWhenOnline } from '../load-when-online';
import type { Joined } from '../session';
import type { AnchorNames } from '../comments/anchor-names';
import { CommentsTabLabel } from '../comments/comments-tab-label';
import { FeedSignalsContext } from './feed-signals-context';
import { SideTabs } from './side-tabs';
import type { BoardCommentsState } from '../comments/use-board-comments';
import type { SideTabId } from './side-tab-ids';

// The comments panel (composer, threads, mentions) loads on first use, not with the board.
const CommentsPanel = dynamic(() => loadWhenOnline(() => import('../comments/comments-panel').then((m) => m.CommentsPanel)), { ssr: false });

type Props = {
  state: BoardCommentsState;
  joined: Joined;
  names: AnchorNames;
  lang: Lang;
  layout: BoardLayoutState;
  consequences: ReactNode;
  proposals: ReactNode;
  history: ReactNode;
  workshop: ReactNode;
};

const SHEET = 'fixed inset-x-0 bottom-0 z-30 overflow-y-auto overscroll-contain rounded-t-xl border-t border-slate-300 bg-white shadow-[0_-6px_20px_rgb(15_23_42/0.18)]';

/**
 * The board's side column: "Konsekvenser" (the default), "Kommentarer", "Forslag", "Historikk"
 * and "Verksted" as tabs. Beside the board it can be collapsed to a narrow strip and resized by
 * its left edge; on a phone it is a bottom sheet over the board, only its tabs showing until
 * one is chosen. The panels stay mounted either way, so drafts survive.
 */
export function BoardAside({ state, joined, names, lang, layout, consequences, proposals, history, workshop }: Props) {
  const t = translator(commentsText, lang);
  const b = translator(boardText, lang);
  const id = useId();
  const aside = useRef<HTMLElement>(null);
  const { open, setOpen } = layout;
  const phone = layout.layout === 'phone';

  const select = (tab: SideTabId) => {
    state.setTab(tab);
    if (!open) setOpen(true);
  };
  // Closing moves focus to the selected tab, which stays on screen, instead of losing it.
  const close = () => {
    setOpen(false);
    aside.current?.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus();
  };

  // The parts in the tabs (proposals, rounds, groups, history) read again on the feed's signals.
  const tabs = (
    <FeedSignalsContext value={state.comments.signals}>
      <SideTabs
        label={t('tabs.label')}
        selected={state.tab}
        onSelect={select}
        collapsed={phone && !open}
        oneRow={phone}
        end={
          !phone ? (
            <PanelToggle open controls={id} lang={lang} onToggle={() => setOpen(false)} />
          ) : open ? (
            <button type="button" onClick={close} className="mx-2 mb-1 shrink-0 rounded border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
              {b('layout.sheetClose')}
            </button>
          ) : null
        }
        tabs={[
          { id: 'consequences', label: t('tabs.consequences'), panel: consequences },
          {
            id: 'comments',
            label: <CommentsTabLabel unread={state.unread.total} mentionsMe={state.unread.mentionsMe} lang={lang} />,
            panel: (
              <CommentsPanel
                comments={state.comments}
                unread={state.unread}
                joined={joined}
                names={names}
                lang={lang}
                visible={open && state.tab === 'comments'}
                focus={state.focus}
              />
            ),
          },
          { id: 'proposals', label: t('tabs.proposals'), panel: proposals },
          { id: 'history', label: t('tabs.history'), panel: history },
          { id: 'workshop', label: t('tabs.workshop'), panel: workshop },
        ]}
      />
    </FeedSignalsContext>
  );

  // The same landmark on every screen, so tests, skip links and screen readers find it alike.
  const landmark = { ref: aside, id, 'aria-label': t('tabs.label'), 'data-testid': 'side-panel', 'data-open': open };
  if (phone) {
    return (
      <aside
        {...landmark}
        className={`${SHEET} ${open ? 'h-[85dvh]' : ''}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open && !e.defaultPrevented) close();
        }}
      >
        {tabs}
      </aside>
    );
  }

  return (
    <>
      {open ? <PanelResizer width={layout.width} viewport={layout.viewport} controls={id} lang={lang} onWidth={layout.setWidth} onCollapse={() => setOpen(false)} /> : null}
      <aside
        {...landmark}
        style={open ? { width: layout.width } : undefined}
        className={`relative shrink-0 bg-white ${open ? 'overflow-y-auto' : 'w-11 border-l border-slate-200'}`}
      >
        {open ? null : <PanelToggle open={false} controls={id} lang={lang} unread={state.unread.total} onToggle={() => setOpen(true)} />}
        <div hidden={!open}>{tabs}</div>
      </aside>
    </>
  );
}

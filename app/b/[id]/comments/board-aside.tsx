'use client';
import type { ReactNode } from 'react';
import dynamic from 'next/dynamic';
import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';
import { loadWhenOnline } from '../load-when-online';
import type { Joined } from '../session';
import type { AnchorNames } from './anchor-names';
import { CommentsTabLabel } from './comments-tab-label';
import { SideTabs } from './side-tabs';
import type { BoardCommentsState } from './use-board-comments';

// The comments panel (composer, threads, mentions) loads on first use, not with the board.
const CommentsPanel = dynamic(() => loadWhenOnline(() => import('./comments-panel').then((m) => m.CommentsPanel)), { ssr: false });

type Props = {
  state: BoardCommentsState;
  joined: Joined;
  names: AnchorNames;
  lang: Lang;
  consequences: ReactNode;
  proposals: ReactNode;
  history: ReactNode;
  workshop: ReactNode;
};

/** The board's side column: "Konsekvenser" (the default), "Kommentarer", "Forslag", "Historikk" and "Verksted" as tabs. */
export function BoardAside({ state, joined, names, lang, consequences, proposals, history, workshop }: Props) {
  const t = translator(commentsText, lang);
  return (
    <aside aria-label={t('tabs.label')} className="border-t border-slate-200 bg-white lg:w-[32rem] lg:shrink-0 lg:overflow-y-auto lg:border-t-0 lg:border-l">
      <SideTabs
        label={t('tabs.label')}
        selected={state.tab}
        onSelect={state.setTab}
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
                visible={state.tab === 'comments'}
                focus={state.focus}
              />
            ),
          },
          { id: 'proposals', label: t('tabs.proposals'), panel: proposals },
          { id: 'history', label: t('tabs.history'), panel: history },
          { id: 'workshop', label: t('tabs.workshop'), panel: workshop },
        ]}
      />
    </aside>
  );
}

'use client';
import { useCallback, useMemo, useState } from 'react';
import { canComment } from '@/lib/roles';
import type { Joined } from '../session';
import type { SideTabId } from '../shell/side-tab-ids';
import type { CommentsFocus } from './comments-panel';
import type { AnchorSummary } from './summaries';
import { useComments, type CommentsState } from './use-comments';
import { useUnread, type UnreadState } from './use-unread';

/** What the board's cards and level headers need for their comment badges. */
export type BoardComments = {
  summaries: ReadonlyMap<string, AnchorSummary>;
  canComment: boolean;
  /** Opens the comments tab filtered to an anchor key (`card:legevakt`, `level:kommune`). */
  open: (anchor: string) => void;
};

/** Comments, unread marks, the selected side tab and the badges' way into the comments tab, for one board page. */
export type BoardCommentsState = {
  comments: CommentsState;
  unread: UnreadState;
  tab: SideTabId;
  setTab: (tab: SideTabId) => void;
  focus: CommentsFocus | null;
  badges: BoardComments;
};

/** Wires the comment threads into the board page: one feed, one set of read marks, one selected tab. */
export function useBoardComments(boardId: string, joined: Joined): BoardCommentsState {
  const comments = useComments(boardId, joined);
  const unread = useUnread(boardId, joined.participantId, comments.threads);
  const [tab, setTab] = useState<SideTabId>('consequences');
  const [focus, setFocus] = useState<CommentsFocus | null>(null);
  const open = useCallback((anchor: string) => {
    setTab('comments');
    setFocus((f) => ({ anchor, n: (f?.n ?? 0) + 1 }));
  }, []);
  const writer = canComment(joined.role);
  const badges = useMemo(() => ({ summaries: comments.summaries, canComment: writer, open }), [comments.summaries, writer, open]);
  return { comments, unread, tab, setTab, focus, badges };
}

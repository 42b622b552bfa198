'use client';
import { useCallback, useEffect, useMemo, useState } from 'react';
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
  /** Opens the comments tab on one thread (from a notification, or a `#thread=<id>` link). */
  openThread: (threadId: string) => void;
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
  const openThread = useCallback((thread: string) => {
    setTab('comments');
    setFocus((f) => ({ anchor: '', thread, n: (f?.n ?? 0) + 1 }));
  }, []);
  // A link from an email names the thread in the fragment (`#thread=<id>`); it opens once the
  // threads are in, and leaves the fragment so a reload does not open it again.
  const { loaded, threads } = comments;
  useEffect(() => {
    const params = new URLSearchParams(location.hash.replace(/^#/, ''));
    const thread = params.get('thread');
    if (!thread || !loaded || !threads.has(thread)) return;
    params.delete('thread');
    history.replaceState(null, '', `${location.pathname}${location.search}#${params}`);
    openThread(thread);
  }, [loaded, threads, openThread]);
  const writer = canComment(joined.role);
  const badges = useMemo(() => ({ summaries: comments.summaries, canComment: writer, open }), [comments.summaries, writer, open]);
  return { comments, unread, tab, setTab, focus, badges, openThread };
}

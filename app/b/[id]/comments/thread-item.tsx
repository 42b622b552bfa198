'use client';
import { useEffect, useId } from 'react';
import { anchorKey, stanceTally, type Participant, type Thread } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { erasedText } from '@/lib/i18n/erased';
import { isErasedName, shownName } from '@/lib/own-data';
import type { Joined } from '../session';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { formatCommentTime } from './comment-time';
import { StanceTally } from './stance';
import { ThreadView } from './thread-view';
import type { ThreadUnread } from './unread';
import type { CommentActions } from './use-comments';

type Props = {
  thread: Thread;
  label: string;
  unread: ThreadUnread;
  expanded: boolean;
  /** Whether the comments tab is on screen; a thread counts as read only when it is seen. */
  visible: boolean;
  onToggle: () => void;
  markSeen: (thread: Thread) => void;
  me: Joined;
  participants: readonly Participant[];
  mentionable: readonly Participant[];
  canComment: boolean;
  actions: CommentActions;
  lang: Lang;
  lastActivity: string;
};

/**
 * A thread in the list: what it is about, its opening comment, replies, status, stances and
 * unread marker; opening it shows the whole thread in place and marks it read.
 */
export function ThreadItem(props: Props) {
  const { thread, label, unread, expanded, visible, onToggle, markSeen, lang } = props;
  const t = translator(commentThreadsText, lang);
  const viewId = useId();
  const first = thread.comments[0];
  const replies = Math.max(0, thread.comments.filter((c) => !c.removedAt).length - (first && !first.removedAt ? 1 : 0));
  const open = thread.status === 'open';

  // Replies that arrive while the thread is open and on screen are read as they come.
  useEffect(() => {
    if (expanded && visible) markSeen(thread);
  }, [expanded, visible, thread, markSeen]);

  return (
    <li
      data-testid="thread"
      data-status={thread.status}
      data-thread-id={thread.id}
      data-anchor={anchorKey(thread.anchor)}
      data-unread={unread.count}
      className={`rounded border bg-white ${expanded ? 'border-blue-300 shadow-sm' : 'border-slate-200'} ${open ? '' : 'opacity-90'}`}
    >
      <button type="button" aria-expanded={expanded} aria-controls={expanded ? viewId : undefined} onClick={onToggle} className="block w-full rounded p-2 text-left hover:bg-slate-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
        <span className="flex items-center gap-2 text-xs">
          <span className="min-w-0 truncate font-semibold text-slate-700">{label}</span>
          <span className={`shrink-0 rounded px-1.5 ${open ? 'bg-green-100 text-green-900' : 'bg-slate-200 text-slate-700'}`}>{open ? t('thread.open') : `✓ ${t('thread.resolved')}`}</span>
          <span className="flex-1" />
          {unread.mentionsMe ? (
            <span className="shrink-0 rounded bg-amber-300 px-1 font-bold text-amber-950" title={t('thread.mentionsYou')}>
              @<span className="sr-only"> {t('thread.mentionsYou')}</span>
            </span>
          ) : null}
          {unread.count > 0 ? (
            <span className="inline-flex shrink-0 items-center gap-1 font-medium text-blue-800" data-testid="thread-unread">
              <span aria-hidden="true" className="size-2 rounded-full bg-blue-600" />
              {unread.count === 1 ? t('thread.unread1') : t('thread.unread', { count: unread.count })}
            </span>
          ) : null}
        </span>
        {/* Opened, the thread shows the opening comment in full just below. */}
        {first && !expanded ? (
          <span className="mt-1 line-clamp-2 text-sm">
            <span className="font-medium">
              {shownName(first.author, translator(erasedText, lang)('erased.name'))}
              {first.author.verified && !isErasedName(first.author.name) ? <VerifiedBadge lang={lang} /> : null}:{' '}
            </span>
            {first.removedAt ? <span className="text-slate-500 italic">{isErasedName(first.author.name) ? translator(erasedText, lang)('erased.comment') : t('comment.removed')}</span> : first.body}
          </span>
        ) : null}
        <span className="mt-1 flex flex-wrap items-center gap-2 text-xs text-slate-600">
          <span>{replies === 1 ? t('thread.reply1') : t('thread.replies', { count: replies })}</span>
          <StanceTally tally={stanceTally([thread])} lang={lang} />
          <span className="flex-1" />
          <time dateTime={props.lastActivity}>{formatCommentTime(props.lastActivity, lang)}</time>
        </span>
      </button>
      {expanded ? <ThreadView id={viewId} {...props} /> : null}
    </li>
  );
}

'use client';
import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';
import type { AnchorSummary } from './summaries';
import { tallyText } from './stance-words';

type Props = { name: string; summary: AnchorSummary | null | undefined; canComment: boolean; lang: Lang; onOpen: () => void };

/**
 * The comment count on a card or level; opens the comments tab filtered to it. With no
 * threads yet it is a faint "comment" button for those who may write, and absent for viewers.
 * It sits outside any drag handle and keeps pointer presses to itself, so it never starts a drag.
 */
export function CommentBadge({ name, summary, canComment, lang, onOpen }: Props) {
  const t = translator(commentsText, lang);
  const count = summary?.comments ?? 0;
  const some = summary !== null && summary !== undefined && summary.threads > 0;
  if (!some && !canComment) return null;
  const title = some ? t('badge.title', { comments: count, open: summary.open, tally: Object.values(summary.tally).some((n) => n > 0) ? tallyText(summary.tally, lang) : '' }).trim() : t('badge.start', { name });
  return (
    <button
      type="button"
      data-testid={some ? 'comment-badge' : 'comment-start'}
      data-count={count}
      aria-label={some ? t('badge.label', { name, count }) : t('badge.start', { name })}
      title={title}
      onPointerDown={(e) => e.stopPropagation()}
      onKeyDown={(e) => e.stopPropagation()}
      onClick={onOpen}
      className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${
        some ? (summary.open > 0 ? 'bg-sky-100 text-sky-900 hover:bg-sky-200' : 'bg-slate-100 text-slate-700 hover:bg-slate-200') : 'text-slate-400 hover:bg-slate-100 hover:text-slate-700'
      }`}
    >
      <BubbleIcon />
      {some ? <span className="tabular-nums">{count}</span> : <span aria-hidden="true">+</span>}
    </button>
  );
}

function BubbleIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3.5" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M2.5 3.5h11v7h-6l-3 2.5v-2.5h-2z" strokeLinejoin="round" />
    </svg>
  );
}

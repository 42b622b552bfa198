'use client';
import { useState } from 'react';
import type { Participant, Thread } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { erasedText } from '@/lib/i18n/erased';
import { shownName } from '@/lib/own-data';
import { useComposerLock } from '../consultation/use-composer-lock';
import type { Joined } from '../session';
import { CommentItem } from './comment-item';
import { formatCommentTime } from './comment-time';
import { Composer } from './composer';
import { problemText } from '../shell/problem-text';
import type { CommentActions } from './use-comments';

type Props = {
  id: string;
  thread: Thread;
  me: Joined;
  participants: readonly Participant[];
  mentionable: readonly Participant[];
  canComment: boolean;
  actions: CommentActions;
  lang: Lang;
};

/** An opened thread: every comment in order, resolve or reopen, and the reply form. */
export function ThreadView({ id, thread, me, participants, mentionable, canComment, actions, lang }: Props) {
  const t = translator(commentThreadsText, lang);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; detail: string | null } | null>(null);
  const open = thread.status === 'open';
  const lock = useComposerLock({ thread }, lang);

  async function toggleStatus() {
    setBusy(true);
    const r = await (open ? actions.resolve(thread.id) : actions.reopen(thread.id));
    setBusy(false);
    setProblem(r.ok ? null : problemText(r.problem, lang));
  }

  return (
    <div id={id} className="space-y-2 border-t border-slate-200 px-2 pt-1 pb-2">
      {!open && thread.resolvedBy ? (
        <p className="text-xs text-slate-600">
          {t('thread.resolvedBy', { name: shownName(thread.resolvedBy, translator(erasedText, lang)('erased.name')), time: thread.resolvedAt ? formatCommentTime(thread.resolvedAt, lang) : '' })}
        </p>
      ) : null}
      <ol aria-label={t('thread.comments')} className="space-y-1">
        {thread.comments.map((c) => (
          <CommentItem
            key={c.id}
            comment={c}
            me={me}
            participants={participants}
            mentionable={mentionable}
            canComment={canComment}
            lang={lang}
            onEdit={actions.edit}
            onRemove={actions.remove}
          />
        ))}
      </ol>
      {canComment ? (
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            disabled={busy}
            onClick={() => void toggleStatus()}
            className="rounded border border-slate-300 bg-white px-2 py-0.5 text-sm hover:bg-slate-50 disabled:cursor-wait disabled:opacity-60"
          >
            {open ? `✓ ${t('thread.resolve')}` : t('thread.reopen')}
          </button>
          {problem ? (
            <p role="alert" className="text-sm text-red-800">
              {problem.message}
              {problem.detail ? <span className="block text-xs">{problem.detail}</span> : null}
            </p>
          ) : null}
        </div>
      ) : null}
      {canComment ? (
        // The server takes replies on resolved threads too: a late objection should not need a reopen.
        <Composer
          label={t('composer.replyLabel')}
          submitLabel={t('composer.reply')}
          participants={mentionable}
          lang={lang}
          onSubmit={(body, stance) => actions.reply(thread.id, body, stance)}
          lock={lock}
        />
      ) : null}
    </div>
  );
}

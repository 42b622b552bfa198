'use client';
import { useState } from 'react';
import type { Comment, Participant } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import { erasedText } from '@/lib/i18n/erased';
import { isErasedName } from '@/lib/own-data';
import type { Joined } from '../session';
import type { ApiResult } from '../shell/api';
import { VerifiedBadge } from '@/app/components/verified-badge';
import { formatCommentTime } from './comment-time';
import { CommentText } from './comment-text';
import { Composer } from './composer';
import { problemText } from '../shell/problem-text';
import { StanceChip } from './stance';

type Props = {
  comment: Comment;
  me: Joined;
  /** Everyone known on the board, for highlighting @mentions. */
  participants: readonly Participant[];
  /** Who may be @mentioned when editing. */
  mentionable: readonly Participant[];
  canComment: boolean;
  lang: Lang;
  onEdit: (commentId: string, body: string) => Promise<ApiResult<unknown>>;
  onRemove: (commentId: string) => Promise<ApiResult<unknown>>;
};

/**
 * One comment: who (name, organisation, role), when, stance, edited and removed markers, and
 * the body as plain text. Authors may edit and remove their own; facilitators may remove any.
 * A removed comment keeps its place so replies still make sense.
 */
export function CommentItem({ comment: c, me, participants, mentionable, canComment, lang, onEdit, onRemove }: Props) {
  const t = translator(commentThreadsText, lang);
  const tb = translator(boardText, lang);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<{ message: string; detail: string | null } | null>(null);
  const removed = c.removedAt !== null;
  const own = c.author.participantId === me.participantId;
  const mayEdit = canComment && own && !removed;
  const mayRemove = canComment && !removed && (own || me.role === 'facilitator');
  const mentionsMe = !removed && c.mentions.includes(me.participantId);
  // An author who erased what they wrote: their comment says so, and their name is gone.
  const erased = isErasedName(c.author.name);
  const te = translator(erasedText, lang);

  async function remove() {
    setConfirming(false);
    const r = await onRemove(c.id);
    setProblem(r.ok ? null : problemText(r.problem, lang));
  }

  return (
    <li
      data-testid="comment"
      data-comment-id={c.id}
      data-removed={removed}
      data-mentions-me={mentionsMe}
      className={`rounded px-2 py-1.5 ${mentionsMe ? 'border-l-4 border-amber-400 bg-amber-50' : 'border-l-4 border-transparent'}`}
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold">
          {erased ? <em className="font-normal text-slate-600">{te('erased.name')}</em> : c.author.name}
          {c.author.verified && !erased ? <VerifiedBadge lang={lang} /> : null}
          {own ? <span className="font-normal text-slate-600"> ({t('comment.you')})</span> : null}
        </span>
        <span className="text-slate-600">{[c.author.organisation, tb(`role.${c.author.role}`)].filter(Boolean).join(' · ')}</span>
        <time dateTime={c.createdAt} title={new Date(c.createdAt).toLocaleString(lang === 'nb' ? 'nb-NO' : 'en-GB')} className="text-slate-500">
          {formatCommentTime(c.createdAt, lang)}
        </time>
        {c.stance && !removed ? <StanceChip stance={c.stance} lang={lang} /> : null}
        {c.editedAt && !removed ? (
          <span className="text-xs text-slate-500 italic" title={t('comment.editedAt', { time: formatCommentTime(c.editedAt, lang) })}>
            {t('comment.edited')}
          </span>
        ) : null}
        {mentionsMe ? <span className="rounded bg-amber-200 px-1 text-xs text-amber-950">{t('thread.mentionsYou')}</span> : null}
      </p>
      {editing ? (
        <div className="mt-1">
          <Composer
            label={t('comment.editLabel')}
            submitLabel={t('comment.save')}
            participants={mentionable}
            lang={lang}
            edit={{ initial: c.body, onCancel: () => setEditing(false) }}
            onSubmit={async (body) => {
              const r = await onEdit(c.id, body);
              if (r.ok) setEditing(false);
              return r;
            }}
          />
        </div>
      ) : removed ? (
        <p className="text-slate-500 italic">{erased ? te('erased.comment') : t('comment.removed')}</p>
      ) : (
        <CommentText body={c.body} participants={participants} me={me.participantId} />
      )}
      {!editing && (mayEdit || mayRemove) ? (
        <div className="mt-1 flex flex-wrap items-center gap-2 text-xs">
          {confirming ? (
            <>
              <span className="text-slate-700">{t('comment.confirmRemove')}</span>
              <button type="button" className={`${SMALL} border-red-300 text-red-800`} onClick={() => void remove()}>
                {t('comment.confirmYes')}
              </button>
              <button type="button" className={SMALL} onClick={() => setConfirming(false)}>
                {t('comment.cancel')}
              </button>
            </>
          ) : (
            <>
              {mayEdit ? (
                <button type="button" className={SMALL} onClick={() => (setProblem(null), setEditing(true))}>
                  {t('comment.edit')}
                </button>
              ) : null}
              {mayRemove ? (
                <button type="button" className={SMALL} onClick={() => setConfirming(true)}>
                  {t('comment.remove')}
                </button>
              ) : null}
            </>
          )}
        </div>
      ) : null}
      {problem ? (
        <p role="alert" className="mt-1 text-sm text-red-800">
          {problem.message}
          {problem.detail ? <span className="block text-xs">{problem.detail}</span> : null}
        </p>
      ) : null}
    </li>
  );
}

const SMALL = 'rounded border border-slate-300 bg-white px-1.5 py-0.5 hover:bg-slate-50';

'use client';
import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { MAX_COMMENT_LENGTH, stanceSchema, type Participant, type Stance } from '@/lib/comments';
import { formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { commentThreadsText } from '@/lib/i18n/comment-threads';
import type { ApiResult } from '../shell/api';
import { MentionList } from './mention-list';
import { problemText } from '../shell/problem-text';
import { STANCES } from './stance-words';
import { useMention } from './use-mention';

type Props = {
  label: string;
  submitLabel: string;
  /** Who may be @mentioned: everyone who joined except me. */
  participants: readonly Participant[];
  lang: Lang;
  onSubmit: (body: string, stance: Stance | undefined) => Promise<ApiResult<unknown>>;
  /** Editing an existing comment: its text, no stance, and a cancel button. */
  edit?: { initial: string; onCancel: () => void };
  textareaRef?: RefObject<HTMLTextAreaElement | null>;
  /**
   * A consultation round's word on this form: closed (nothing can be sent, and the note says
   * since when), or open for replies without a stance; undefined while it allows everything.
   */
  lock?: { closed: boolean; note: string };
};

type Problem = { message: string; detail: string | null };

/**
 * A comment form: textarea with a live count against the limit, a stance, @mention
 * autocomplete, and every failure (empty, too long, rate limit, full board, the server's field
 * errors) shown under it as an alert. Ctrl+Enter sends.
 */
export function Composer({ label, submitLabel, participants, lang, onSubmit, edit, textareaRef, lock }: Props) {
  const t = translator(commentThreadsText, lang);
  const id = useId();
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const ref = textareaRef ?? ownRef;
  const [body, setBody] = useState(edit?.initial ?? '');
  const [stance, setStance] = useState<Stance | ''>('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const mention = useMention(ref, body, setBody, participants);
  const over = body.length - MAX_COMMENT_LENGTH;

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (busy || lock?.closed) return;
    if (body.trim().length === 0) return setProblem({ message: t('error.empty'), detail: null });
    if (over > 0) return setProblem({ message: t('error.tooLong', { max: formatNumber(MAX_COMMENT_LENGTH, 0, lang) }), detail: null });
    setBusy(true);
    // A reply allowed only without a stance sends none, whatever was picked before the deadline.
    const result = await onSubmit(body, lock ? undefined : stance || undefined);
    setBusy(false);
    if (!result.ok) return setProblem(problemText(result.problem, lang));
    setProblem(null);
    if (!edit) {
      setBody('');
      setStance('');
    }
  }

  const listId = `${id}-mentions`;
  const open = mention.matches.length > 0;
  return (
    <form onSubmit={submit} className="space-y-1" aria-busy={busy}>
      <label htmlFor={`${id}-body`} className="block text-sm font-medium">
        {label}
      </label>
      <div className="relative">
        <textarea
          ref={ref}
          id={`${id}-body`}
          rows={edit ? 4 : 3}
          value={body}
          disabled={lock?.closed === true}
          aria-invalid={over > 0 || problem !== null}
          aria-describedby={`${id}-count ${id}-hint${problem ? ` ${id}-problem` : ''}${lock ? ` ${id}-lock` : ''}`}
          aria-autocomplete="list"
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? `${listId}-${mention.active}` : undefined}
          onChange={(e) => {
            setBody(e.target.value);
            setProblem(null);
            mention.track(e.target);
          }}
          onClick={(e) => mention.track(e.currentTarget)}
          onKeyUp={(e) => {
            if (!['ArrowDown', 'ArrowUp', 'Enter', 'Tab', 'Escape'].includes(e.key)) mention.track(e.currentTarget);
          }}
          onKeyDown={(e) => {
            if (mention.onKey(e)) return;
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault();
              void submit();
            } else if (e.key === 'Escape' && edit) edit.onCancel();
          }}
          className="block w-full resize-y rounded border border-slate-300 px-2 py-1 text-slate-900 disabled:bg-slate-100 disabled:text-slate-500 focus:border-blue-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-invalid:border-red-600"
        />
        {open ? <MentionList id={listId} matches={mention.matches} active={mention.active} lang={lang} onChoose={mention.choose} /> : null}
      </div>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <span id={`${id}-count`} data-testid="char-count" className={`tabular-nums ${over > 0 ? 'font-semibold text-red-700' : 'text-slate-600'}`}>
          {over > 0
            ? t('composer.tooLong', { count: formatNumber(over, 0, lang) })
            : t('composer.count', { count: formatNumber(body.length, 0, lang), max: formatNumber(MAX_COMMENT_LENGTH, 0, lang) })}
        </span>
        <span className="flex-1" />
        {edit || lock ? null : (
          <label className="flex items-center gap-1">
            {t('stance.label')}
            <select
              value={stance}
              onChange={(e) => {
                const parsed = stanceSchema.safeParse(e.target.value);
                setStance(parsed.success ? parsed.data : '');
              }}
              className="rounded border border-slate-300 bg-white px-1 py-0.5"
            >
              <option value="">{t('stance.none')}</option>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {t(`stance.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {edit ? (
          <button type="button" onClick={edit.onCancel} className={SECONDARY}>
            {t('comment.cancel')}
          </button>
        ) : null}
        <button type="submit" disabled={busy || lock?.closed === true} className={PRIMARY}>
          {busy ? t('composer.sending') : submitLabel}
        </button>
      </div>
      {lock ? (
        <p id={`${id}-lock`} data-testid={lock.closed ? 'composer-closed' : 'composer-question-only'} className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">
          {lock.note}
        </p>
      ) : null}
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {t('composer.hint')}
      </p>
      {problem ? (
        <p id={`${id}-problem`} role="alert" data-testid="composer-error" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-sm text-red-800">
          {problem.message}
          {problem.detail ? <span className="block text-xs text-red-700">{problem.detail}</span> : null}
        </p>
      ) : null}
    </form>
  );
}

const PRIMARY = 'rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800 disabled:cursor-wait disabled:opacity-60';
const SECONDARY = 'rounded border border-slate-300 px-2 py-1 hover:bg-slate-50';

'use client';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { MAX_QUESTION_LENGTH, MAX_TITLE_LENGTH, parseDeadline, type WallTime } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';
import { instantToOslo } from '@/lib/oslo-time';
import type { ProposalSummary } from '@/lib/proposals';
import { proposalsApi } from '../proposals/proposals-api';
import { ERROR_BOX, PRIMARY } from '../proposals/styles';
import { problemText } from '../shell/problem-text';
import type { ConsultationState } from './use-consultation';
import { DeadlineFields, deadlineProblem } from './deadline-fields';

type Props = { boardId: string; token: string; state: ConsultationState; now: number; lang: Lang };

const FIELD = 'block w-full rounded border border-slate-300 bg-white px-2 py-1 focus:border-blue-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600';
const WEEK = 7 * 24 * 60 * 60 * 1000;

/** The facilitator's form for a new round: title, question, what it covers, the deadline in Norwegian time, and whether questions stay open. */
export function OpenConsultationForm({ boardId, token, state, now, lang }: Props) {
  const t = translator(consultationText, lang);
  const id = useId();
  const proposals = useMemo(() => proposalsApi(boardId, token), [boardId, token]);
  const [saved, setSaved] = useState<readonly ProposalSummary[]>([]);
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [scope, setScope] = useState('');
  // A week ahead at noon, Norwegian time: a usual span between two workshops.
  const [deadline, setDeadline] = useState<WallTime>(() => ({ date: instantToOslo(now + WEEK).date, time: '12:00' }));
  const [questionsStayOpen, setQuestionsStayOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ text: string; deadline: boolean } | null>(null);

  useEffect(() => {
    let current = true;
    // Without the list the round can still be about the whole board; a failed read only hides the choice.
    void proposals.list().then((r) => current && r.ok && setSaved(r.value));
    return () => {
      current = false;
    };
  }, [proposals]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (title.trim() === '' || question.trim() === '') return setProblem({ text: t('error.required'), deadline: false });
    const due = parseDeadline(deadline, Date.now() + state.offset);
    if (!due.ok) return setProblem({ text: deadlineProblem(due.reason, lang), deadline: true });
    setBusy(true);
    setProblem(null);
    const r = await state.api.open({ title, question, deadline, questionsStayOpen, ...(scope ? { proposal: scope } : {}) });
    setBusy(false);
    if (r.ok) return state.apply(r.value);
    const deadlineRefused = r.problem.fields?.deadline !== undefined;
    setProblem({ text: r.problem.status === 409 ? t('form.busy') : t('error.failed', { reason: problemText(r.problem, lang).message + (r.problem.fields ? '' : ` ${r.problem.message}`) }), deadline: deadlineRefused });
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`} aria-busy={busy} data-testid="consultation-open-form" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h4 id={`${id}-h`} className="font-semibold">
        {t('form.heading')}
      </h4>
      <label className="block text-sm font-medium">
        {t('form.title')}
        <input value={title} maxLength={MAX_TITLE_LENGTH} onChange={(e) => setTitle(e.target.value)} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t('form.question')}
        <textarea value={question} rows={3} maxLength={MAX_QUESTION_LENGTH} onChange={(e) => setQuestion(e.target.value)} className={FIELD} />
      </label>
      <label className="block text-sm font-medium">
        {t('form.scope')}
        <select value={scope} onChange={(e) => setScope(e.target.value)} className={FIELD}>
          <option value="">{t('form.scopeBoard')}</option>
          {saved.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <DeadlineFields id={id} value={deadline} onChange={(v) => (setDeadline(v), setProblem(null))} invalid={problem?.deadline === true} problemId={`${id}-problem`} lang={lang} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" checked={questionsStayOpen} onChange={(e) => setQuestionsStayOpen(e.target.checked)} aria-describedby={`${id}-qhint`} className="mt-1" />
        <span>
          {t('form.questionsOpen')}
          <span id={`${id}-qhint`} className="block text-xs text-slate-600">
            {t('form.questionsHint')}
          </span>
        </span>
      </label>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className={ERROR_BOX}>
          {problem.text}
        </p>
      ) : null}
      <button type="submit" disabled={busy} className={PRIMARY}>
        {busy ? t('form.opening') : t('form.open')}
      </button>
    </form>
  );
}

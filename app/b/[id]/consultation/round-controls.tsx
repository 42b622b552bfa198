'use client';
import { useId, useState, type FormEvent } from 'react';
import { parseDeadline, type Consultation, type WallTime } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';
import { instantToOslo } from '@/lib/oslo-time';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { problemText } from '../shell/problem-text';
import type { ConsultationState } from './use-consultation';
import { DeadlineFields, deadlineProblem } from './deadline-fields';

type Props = { round: Consultation; open: boolean; state: ConsultationState; lang: Lang };

const DAY = 24 * 60 * 60 * 1000;

/**
 * The facilitator's controls on the current round: a new, later deadline (which also reopens a
 * round past its deadline), and closing it now while it is open. A round closed early stays closed.
 */
export function RoundControls({ round, open, state, lang }: Props) {
  const t = translator(consultationText, lang);
  const id = useId();
  const current = Date.parse(round.deadline);
  const [deadline, setDeadline] = useState<WallTime>(() => instantToOslo(Math.max(current, Date.now() + state.offset) + DAY));
  const [busy, setBusy] = useState<'extend' | 'close' | null>(null);
  const [problem, setProblem] = useState<{ text: string; deadline: boolean } | null>(null);

  const failed = (r: { problem: Parameters<typeof problemText>[0] }) =>
    setProblem({ text: t('error.failed', { reason: `${problemText(r.problem, lang).message} ${r.problem.message}` }), deadline: r.problem.fields?.deadline !== undefined });

  const extend = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const due = parseDeadline(deadline, Date.now() + state.offset);
    if (!due.ok) return setProblem({ text: deadlineProblem(due.reason, lang), deadline: true });
    if (Date.parse(due.at) <= current) return setProblem({ text: t('extend.later'), deadline: true });
    setBusy('extend');
    const r = await state.api.extend(round.id, deadline);
    setBusy(null);
    if (r.ok) {
      setProblem(null);
      state.apply(r.value);
    } else failed(r);
  };

  const close = async () => {
    if (busy) return;
    setBusy('close');
    const r = await state.api.close(round.id);
    setBusy(null);
    if (r.ok) {
      setProblem(null);
      state.apply(r.value);
    } else failed(r);
  };

  if (round.closedAt !== null) return null;
  return (
    <div className="space-y-2" data-testid="consultation-controls">
      <form onSubmit={extend} noValidate aria-labelledby={`${id}-h`} aria-busy={busy === 'extend'} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
        <h4 id={`${id}-h`} className="font-semibold">
          {t('extend.heading')}
        </h4>
        <DeadlineFields id={id} value={deadline} onChange={(v) => (setDeadline(v), setProblem(null))} invalid={problem?.deadline === true} problemId={`${id}-problem`} lang={lang} />
        <button type="submit" disabled={busy !== null} className={PRIMARY}>
          {t('extend.submit')}
        </button>
      </form>
      {open ? (
        <button type="button" onClick={() => void close()} disabled={busy !== null} className={SECONDARY}>
          {busy === 'close' ? t('close.closing') : t('close.button')}
        </button>
      ) : null}
      {problem ? (
        <p id={`${id}-problem`} role="alert" className={ERROR_BOX}>
          {problem.text}
        </p>
      ) : null}
    </div>
  );
}

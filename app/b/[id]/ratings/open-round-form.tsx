'use client';
import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { ProposalSummary } from '@/lib/proposals';
import { MAX_ROUND_PROPOSALS } from '@/lib/ratings';
import { proposalProblem } from '../proposals/problem';
import { proposalsApi } from '../proposals/proposals-api';
import { ERROR_BOX, PRIMARY } from '../proposals/styles';
import { ratingProblem } from './problem';
import type { RatingsApi } from './ratings-api';

type Props = { boardId: string; token: string; api: RatingsApi; lang: Lang; onOpened: () => Promise<void> };

type Listed = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'done'; proposals: readonly ProposalSummary[] };

/** The facilitator's form for a new round: tick the saved proposals to rate, anonymous unless unticked. */
export function OpenRoundForm({ boardId, token, api, lang, onOpened }: Props) {
  const t = translator(ratingsText, lang);
  const id = useId();
  const proposals = useMemo(() => proposalsApi(boardId, token), [boardId, token]);
  const [listed, setListed] = useState<Listed>({ kind: 'loading' });
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [anonymous, setAnonymous] = useState(true);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void proposals.list().then((r) => {
      if (current) setListed(r.ok ? { kind: 'done', proposals: r.value } : { kind: 'failed', message: proposalProblem(r.problem, lang) });
    });
    return () => {
      current = false;
    };
  }, [proposals, lang]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (picked.size === 0) return setProblem(t('open.pickOne'));
    if (picked.size > MAX_ROUND_PROPOSALS) return setProblem(t('open.tooMany', { max: MAX_ROUND_PROPOSALS }));
    setBusy(true);
    setProblem(null);
    // Sent in the list's order, so the round shows the proposals as the form did.
    const ids = listed.kind === 'done' ? listed.proposals.map((p) => p.id).filter((p) => picked.has(p)) : [...picked];
    const r = await api.open(ids, anonymous);
    if (r.ok) await onOpened();
    setBusy(false);
    if (!r.ok) setProblem(r.problem.status === 409 ? t('open.busy') : t('open.failed', { reason: ratingProblem(r.problem, lang) }));
  };

  const toggle = (pid: string, on: boolean) => {
    setPicked((s) => {
      const next = new Set(s);
      if (on) next.add(pid);
      else next.delete(pid);
      return next;
    });
    setProblem(null);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`} aria-busy={busy} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h4 id={`${id}-h`} className="font-semibold">
        {t('open.heading')}
      </h4>
      {listed.kind === 'loading' ? (
        <p role="status" className="text-sm text-slate-600">
          {t('open.loading')}
        </p>
      ) : listed.kind === 'failed' ? (
        <p role="alert" className={ERROR_BOX}>
          {t('open.loadFailed', { reason: listed.message })}
        </p>
      ) : listed.proposals.length === 0 ? (
        <p className="text-sm text-slate-600">{t('open.none')}</p>
      ) : (
        <fieldset className="space-y-1">
          <legend className="font-medium">{t('open.proposals')}</legend>
          {listed.proposals.map((p) => (
            <label key={p.id} className="flex items-center gap-2">
              <input type="checkbox" checked={picked.has(p.id)} onChange={(e) => toggle(p.id, e.target.checked)} disabled={busy} />
              <span className="break-words">{p.name}</span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={anonymous} onChange={(e) => setAnonymous(e.target.checked)} disabled={busy} />
        {t('open.anonymous')}
      </label>
      <button type="submit" disabled={busy || listed.kind !== 'done' || listed.proposals.length === 0} className={PRIMARY}>
        {busy ? t('open.opening') : t('open.submit')}
      </button>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}

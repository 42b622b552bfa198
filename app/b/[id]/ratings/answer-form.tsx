'use client';
import { useId, useState, type FormEvent } from 'react';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { GivenAnswer, NewAnswer } from '@/lib/ratings';
import { ERROR_BOX, PRIMARY } from '../proposals/styles';
import { CriterionField, type Draft } from './criterion-field';
import { ratingProblem } from './problem';
import type { RatingsApi } from './ratings-api';

type Props = {
  api: RatingsApi;
  roundId: string;
  proposal: { id: string; name: string };
  /** The caller's answers on this proposal, as the server last listed them. */
  mine: readonly GivenAnswer[];
  lang: Lang;
  onAnswered: () => Promise<void>;
};

const EMPTY: Draft = { value: undefined, reason: '' };

/**
 * One proposal's rating form: every criterion, and one button that sends each picked and not
 * yet given answer. An answer the server already holds (a second tab, a double click) comes
 * back 409; the refresh after sending then shows the answer it holds.
 */
export function AnswerForm({ api, roundId, proposal, mine, lang, onAnswered }: Props) {
  const t = translator(ratingsText, lang);
  const id = useId();
  const [drafts, setDrafts] = useState<ReadonlyMap<string, Draft>>(new Map());
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const given = new Map(mine.map((a) => [a.criterion, a]));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    const picked = catalog.criteria.flatMap((c): NewAnswer[] => {
      const d = drafts.get(c.id);
      return d && d.value !== undefined && !given.has(c.id) ? [{ proposal: proposal.id, criterion: c.id, value: d.value, reason: d.reason.trim() }] : [];
    });
    setSent('');
    if (picked.length === 0) return setProblems([t('answer.nothing')]);
    setBusy(true);
    setProblems([]);
    const failed: string[] = [];
    const unsent = new Set<string>();
    let count = 0;
    // One at a time, so the answers land in the order of the form and a failure names its criterion.
    for (const answer of picked) {
      const r = await api.answer(roundId, answer);
      if (r.ok) count++;
      else {
        // Kept as picked, so a network failure can be sent again without picking anew.
        unsent.add(answer.criterion);
        failed.push(t('answer.failed', { criterion: catalog.criteria.find((c) => c.id === answer.criterion)!.name[lang], reason: ratingProblem(r.problem, lang) }));
      }
    }
    await onAnswered();
    setBusy(false);
    setDrafts((m) => new Map([...m].filter(([criterion]) => unsent.has(criterion))));
    setProblems(failed);
    if (count > 0) setSent(t('answer.sent', { count }));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`} aria-busy={busy} data-proposal={proposal.id} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h5 id={`${id}-h`} className="font-semibold">
        {t('answer.heading', { name: proposal.name })}
      </h5>
      <p className="text-sm text-slate-600">{t('answer.scale')}</p>
      <p className="text-sm text-slate-600" data-testid="answer-progress">
        {t('answer.progress', { given: given.size, total: catalog.criteria.length })}
      </p>
      {catalog.criteria.map((c) => (
        <CriterionField
          key={c.id}
          criterion={c}
          given={given.get(c.id)}
          draft={drafts.get(c.id) ?? EMPTY}
          onDraft={(d) => {
            setDrafts((m) => new Map(m).set(c.id, d));
            setSent('');
          }}
          disabled={busy}
          lang={lang}
        />
      ))}
      {given.size < catalog.criteria.length ? (
        <button type="submit" disabled={busy} className={PRIMARY}>
          {busy ? t('answer.sending') : t('answer.submit')}
        </button>
      ) : null}
      <p role="status" className="text-sm text-green-800">
        {sent}
      </p>
      {problems.length > 0 ? (
        <ul role="alert" className={ERROR_BOX}>
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

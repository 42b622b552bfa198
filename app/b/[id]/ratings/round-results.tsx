'use client';
import { useEffect, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { RoundResults as Results } from '@/lib/ratings';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { DistributionTable } from './distribution-table';
import { ratingProblem } from './problem';
import type { RatingsApi } from './ratings-api';

type Props = { api: RatingsApi; roundId: string; lang: Lang };

type Shown = { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'done'; results: Results };

/** A revealed round's results, fetched once: after the reveal no answer is added, so they never change. */
export function RoundResults({ api, roundId, lang }: Props) {
  const t = translator(ratingsText, lang);
  const [shown, setShown] = useState<Shown>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void api.results(roundId).then((r) => {
      if (!current) return;
      setShown(r.ok ? { kind: 'done', results: r.value } : { kind: 'failed', message: ratingProblem(r.problem, lang) });
    });
    return () => {
      current = false;
    };
  }, [api, roundId, attempt, lang]);

  if (shown.kind === 'loading') {
    return (
      <p role="status" className="text-sm text-slate-600">
        {t('results.loading')}
      </p>
    );
  }
  if (shown.kind === 'failed') {
    return (
      <div role="alert" className={`${ERROR_BOX} flex items-center justify-between gap-2`}>
        <span>{t('results.failed', { reason: shown.message })}</span>
        <button
          type="button"
          className={SECONDARY}
          onClick={() => {
            setShown({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {t('section.retry')}
        </button>
      </div>
    );
  }
  return (
    <div className="space-y-3" data-testid="round-results">
      {shown.results.proposals.map((p) => (
        <section key={p.id} aria-label={t('results.heading', { name: p.name })} className="space-y-1">
          <h5 className="font-semibold">{t('results.heading', { name: p.name })}</h5>
          <DistributionTable name={p.name} criteria={p.criteria} lang={lang} />
        </section>
      ))}
    </div>
  );
}

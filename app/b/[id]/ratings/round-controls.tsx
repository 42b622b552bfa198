'use client';
import { useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { RoundView } from '@/lib/ratings';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { ratingProblem } from './problem';
import type { RatingsApi } from './ratings-api';

type Props = { api: RatingsApi; round: RoundView; lang: Lang; onChanged: () => Promise<void> };

/** The facilitator's buttons for a round under way: reveal the answers while it is open, close it until it is closed. */
export function RoundControls({ api, round, lang, onChanged }: Props) {
  const t = translator(ratingsText, lang);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const act = async (action: 'reveal' | 'close') => {
    setBusy(true);
    setProblem(null);
    const r = await api[action](round.id);
    // Refreshed either way: a 409 means someone else got there first, and the list shows how.
    await onChanged();
    setBusy(false);
    if (!r.ok) setProblem(t('round.failed', { reason: ratingProblem(r.problem, lang) }));
  };

  return (
    <div className="space-y-1" aria-busy={busy}>
      <div className="flex flex-wrap gap-2">
        {round.status === 'open' ? (
          <button type="button" disabled={busy} onClick={() => void act('reveal')} className={PRIMARY}>
            {t('round.reveal')}
          </button>
        ) : null}
        <button type="button" disabled={busy} onClick={() => void act('close')} className={SECONDARY}>
          {t('round.close')}
        </button>
        {busy ? (
          <span role="status" className="self-center text-sm text-slate-600">
            {t('round.working')}
          </span>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

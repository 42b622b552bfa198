'use client';
import { useId } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { ratingsText } from '@/lib/i18n/ratings';
import type { RoundView } from '@/lib/ratings';
import { AnswerForm } from './answer-form';
import type { RatingsApi } from './ratings-api';
import { RoundControls } from './round-controls';
import { RoundResults } from './round-results';

type Props = {
  api: RatingsApi;
  round: RoundView;
  /** The round's number on the board, from 1, as the list shows them. */
  n: number;
  facilitator: boolean;
  canAnswer: boolean;
  lang: Lang;
  onChanged: () => Promise<void>;
};

const STATUS_STYLE: Record<RoundView['status'], string> = {
  open: 'bg-green-100 text-green-900',
  revealed: 'bg-blue-100 text-blue-900',
  closed: 'bg-slate-200 text-slate-800',
};

/**
 * One round: its status and answer count for everyone; the facilitator's buttons; the rating
 * forms while it is open; the results once revealed.
 */
export function RoundBlock({ api, round, n, facilitator, canAnswer, lang, onChanged }: Props) {
  const t = translator(ratingsText, lang);
  const id = useId();
  return (
    <section aria-labelledby={`${id}-h`} data-testid="rating-round" data-status={round.status} className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <h4 id={`${id}-h`} className="font-semibold">
          {t('round.heading', { n })}
        </h4>
        <span data-testid="round-status" className={`rounded px-1.5 py-0.5 text-xs font-medium ${STATUS_STYLE[round.status]}`}>
          {t(`round.status.${round.status}`)}
        </span>
        <span className="text-xs text-slate-600">{t(round.anonymous ? 'round.anonymous' : 'round.named')}</span>
      </div>
      <p className="text-sm break-words text-slate-700">{t('round.proposals', { names: round.proposals.map((p) => p.name).join(', ') })}</p>
      <p data-testid="round-count" className="text-sm text-slate-700">
        {t('round.count', { respondents: round.respondents, answers: round.answers })}
      </p>
      {facilitator && round.status !== 'closed' ? <RoundControls api={api} round={round} lang={lang} onChanged={onChanged} /> : null}
      {round.status === 'open' && canAnswer
        ? round.proposals.map((p) => (
            <AnswerForm key={p.id} api={api} roundId={round.id} proposal={p} mine={round.mine.filter((a) => a.proposal === p.id)} lang={lang} onAnswered={onChanged} />
          ))
        : null}
      {round.status === 'open' ? <p className="text-sm text-slate-600">{t('round.waiting')}</p> : null}
      {round.revealedAt !== null ? <RoundResults api={api} roundId={round.id} lang={lang} /> : null}
      {round.status === 'closed' && round.revealedAt === null ? <p className="text-sm text-slate-600">{t('round.hiddenForever')}</p> : null}
    </section>
  );
}

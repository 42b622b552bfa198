'use client';
import { useId, useMemo, useRef, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { ratingsText } from '@/lib/i18n/ratings';
import { canComment } from '@/lib/roles';
import type { Joined } from '../session';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { OpenRoundForm } from './open-round-form';
import { ratingProblem } from './problem';
import { ratingsApi } from './ratings-api';
import { RoundBlock } from './round-block';
import { useRounds } from './use-rounds';

type Props = { boardId: string; joined: Joined; lang: Lang };

/**
 * The rating round in the "Verksted" tab. The facilitator opens a round on saved proposals,
 * watches how many have answered, reveals and closes it; everyone else who may comment rates
 * each proposal by the ten criteria; after the reveal all see the distributions.
 */
export function RatingSection({ boardId, joined, lang }: Props) {
  const t = translator(ratingsText, lang);
  const board = translator(boardText, lang);
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const api = useMemo(() => ratingsApi(boardId, joined.token), [boardId, joined.token]);
  const { rounds, problem, refresh } = useRounds(api, root);
  const [earlierOpen, setEarlierOpen] = useState(false);
  const facilitator = joined.role === 'facilitator';
  const role = board(`role.${joined.role}`);

  // At most one round is not closed; it is the one under way, and the rest are history.
  const currentAt = rounds ? rounds.findIndex((r) => r.status !== 'closed') : -1;
  const current = rounds && currentAt >= 0 ? rounds[currentAt]! : null;
  const earlier = rounds ? rounds.map((r, i) => ({ r, n: i + 1 })).filter(({ r }) => r !== current).reverse() : [];
  const block = (r: NonNullable<typeof current>, n: number) => (
    <RoundBlock key={r.id} api={api} round={r} n={n} facilitator={facilitator} canAnswer={canComment(joined.role)} lang={lang} onChanged={refresh} />
  );

  return (
    <section ref={root} aria-labelledby={headingId} data-testid="rating-section" className="space-y-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {t('section.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('section.intro')}</p>
      {!facilitator ? <p className="text-sm text-slate-600">{t('section.notFacilitator', { role })}</p> : null}
      {!canComment(joined.role) ? <p className="rounded border border-amber-200 bg-amber-50 px-2 py-1 text-sm text-amber-900">{t('section.viewer', { role })}</p> : null}
      {problem ? (
        <div role="alert" className={`${ERROR_BOX} flex items-center justify-between gap-2`}>
          <span>{t('section.loadFailed', { reason: ratingProblem(problem, lang) })}</span>
          <button type="button" onClick={() => void refresh()} className={SECONDARY}>
            {t('section.retry')}
          </button>
        </div>
      ) : null}
      {rounds === null ? (
        problem ? null : (
          <p role="status" className="text-sm text-slate-600">
            {t('section.loading')}
          </p>
        )
      ) : (
        <>
          {current ? block(current, currentAt + 1) : <p className="text-sm text-slate-600">{t('section.none')}</p>}
          {facilitator && !current ? <OpenRoundForm boardId={boardId} token={joined.token} api={api} lang={lang} onOpened={refresh} /> : null}
          {earlier.length > 0 ? (
            <details onToggle={(e) => setEarlierOpen(e.currentTarget.open)} className="rounded border border-slate-200 p-2">
              <summary className="cursor-pointer font-medium">
                {t('section.earlier')} ({earlier.length})
              </summary>
              {/* Mounted only when opened: each revealed round fetches its results. */}
              {earlierOpen ? <div className="mt-2 space-y-4">{earlier.map(({ r, n }) => block(r, n))}</div> : null}
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}

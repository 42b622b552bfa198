'use client';
import { useId } from 'react';
import { isOpen } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';
import type { Joined } from '../session';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { problemText } from '../shell/problem-text';
import { OpenConsultationForm } from './open-consultation-form';
import { RoundControls } from './round-controls';
import { useConsultationState, useServerNow } from './use-consultation';

type Props = { boardId: string; joined: Joined; lang: Lang };

/**
 * The consultation round in the "Verksted" tab: the facilitator opens one, extends its deadline
 * or closes it early; everyone else is told who may. The round itself shows in the strip under
 * the toolbar on every screen.
 */
export function ConsultationSection({ boardId, joined, lang }: Props) {
  const t = translator(consultationText, lang);
  const headingId = useId();
  const state = useConsultationState();
  const now = useServerNow(state);
  const facilitator = joined.role === 'facilitator';
  const round = state?.current ?? null;
  const open = round !== null && isOpen(round, now);

  return (
    <section aria-labelledby={headingId} data-testid="consultation-section" className="space-y-3">
      <h3 id={headingId} className="text-lg font-semibold">
        {t('section.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('section.intro')}</p>
      {!facilitator ? <p className="text-sm text-slate-600">{t('section.notFacilitator')}</p> : null}
      {state?.problem ? (
        <div role="alert" className={`${ERROR_BOX} flex items-center justify-between gap-2`}>
          <span>{t('section.loadFailed', { reason: problemText(state.problem, lang).message })}</span>
          <button type="button" onClick={() => void state.refresh()} className={SECONDARY}>
            {t('section.retry')}
          </button>
        </div>
      ) : null}
      {!state || state.rounds === null ? (
        state?.problem ? null : (
          <p role="status" className="text-sm text-slate-600">
            {t('section.loading')}
          </p>
        )
      ) : (
        <>
          {open ? null : <p className="text-sm text-slate-600">{t('section.none')}</p>}
          {/* Keyed by round and deadline, so the suggested new deadline follows each change. */}
          {facilitator && round ? <RoundControls key={`${round.id}:${round.deadline}`} round={round} open={open} state={state} lang={lang} /> : null}
          {facilitator && !open ? <OpenConsultationForm boardId={boardId} token={joined.token} state={state} now={now} lang={lang} /> : null}
        </>
      )}
    </section>
  );
}

'use client';
import { useMemo } from 'react';
import type { ControlState } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { BreakoutSection } from '../breakouts/breakout-section';
import { ConsultationSection } from '../consultation/consultation-section';
import { PresenterLink } from '../present/presenter-link';
import { RatingSection } from '../ratings/rating-section';
import type { Joined } from '../session';
import { CleanControl } from './clean-control';
import type { LiveControl } from './clock';
import { DeleteControl } from './delete-control';
import { FollowControl } from './follow-control';
import { LockControl } from './lock-control';
import { SignInControl } from './sign-in-control';
import { SharePanel } from './share-panel';
import { TimerControls } from './timer-controls';
import { workshopApi } from './workshop-api';

// The presenter view has a grant of its own (see PresenterLink), so nothing here waits for the role links.
const presenterNeedsNoLinks = () => {};

type Props = {
  boardId: string;
  /** The board's title as the server has it; deleting the board asks for it. */
  title: string;
  joined: Joined;
  lang: Lang;
  /** The live controls from the board's feed; null until they first arrive. */
  control: LiveControl | null;
  /** Applies a control call's answer at once, before the feed echoes it. */
  onControl: (state: ControlState) => void;
};

/**
 * The "Verksted" tab: for facilitators the share panel, the lock, timer and follow-me controls,
 * cleaning the board and deleting it; for everyone the presenter view, the rating rounds and the breakout groups.
 */
export function WorkshopPanel({ boardId, title, joined, lang, control, onControl }: Props) {
  const t = translator(workshopText, lang);
  const facilitator = joined.role === 'facilitator';
  const api = useMemo(() => workshopApi(boardId, joined.token), [boardId, joined.token]);

  return (
    <div className="space-y-6">
      <div>
        <h2 className="text-xl font-semibold">{t('panel.heading')}</h2>
        <p className="text-sm text-slate-600">{t('panel.intro')}</p>
      </div>
      <PresenterLink boardId={boardId} joined={joined} lang={lang} />
      {facilitator ? (
        <>
          <SharePanel api={api} lang={lang} onLinks={presenterNeedsNoLinks} />
          {control ? (
            <>
              <LockControl api={api} locked={control.state.locked} lang={lang} onControl={onControl} />
              <TimerControls api={api} control={control} lang={lang} onControl={onControl} />
              <FollowControl api={api} follow={control.state.follow} me={joined.participantId} lang={lang} onControl={onControl} />
              <SignInControl api={api} required={control.state.signInRequired === true} lang={lang} onControl={onControl} />
            </>
          ) : (
            <p role="status" className="text-sm text-slate-500">
              {t('panel.loading')}
            </p>
          )}
          <CleanControl api={api} lang={lang} />
        </>
      ) : (
        <p className="rounded border border-slate-200 bg-slate-50 px-2 py-1 text-sm text-slate-700">{t('panel.notFacilitator', { role: translator(boardText, lang)(`role.${joined.role}`) })}</p>
      )}
      <ConsultationSection boardId={boardId} joined={joined} lang={lang} />
      <RatingSection boardId={boardId} joined={joined} lang={lang} />
      <BreakoutSection boardId={boardId} joined={joined} lang={lang} />
      {/* Last: the one control here that cannot be undone. */}
      {facilitator ? <DeleteControl api={api} title={title} lang={lang} /> : null}
    </div>
  );
}

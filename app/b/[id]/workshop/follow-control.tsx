'use client';
import type { ControlState } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { useControlCall } from './use-control-call';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; follow: ControlState['follow']; me: string; lang: Lang; onControl: (state: ControlState) => void };

/**
 * "Be alle følge meg": everyone else then mirrors this facilitator's tab, open card and scroll
 * until the facilitator stops (or each person chooses to stop). Another facilitator asking takes over.
 */
export function FollowControl({ api, follow, me, lang, onControl }: Props) {
  const t = translator(workshopText, lang);
  const { busy, problem, run } = useControlCall(onControl, lang);
  const leading = follow?.participantId === me;
  return (
    <section aria-labelledby="follow-h" className="space-y-1">
      <h3 id="follow-h" className="text-lg font-semibold">
        {t('follow.heading')}
      </h3>
      {follow && !leading ? <p className="text-sm text-slate-700">{t('follow.others', { name: follow.name })}</p> : null}
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" disabled={busy} onClick={() => void run(() => api.follow(!leading))} className={leading ? SECONDARY : PRIMARY}>
          {leading ? t('follow.stopMe') : t('follow.me')}
        </button>
        {leading ? (
          <p role="status" className="text-sm text-slate-700">
            {t('follow.leading')}
          </p>
        ) : null}
      </div>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {t('follow.failed', { reason: problem })}
        </p>
      ) : null}
    </section>
  );
}

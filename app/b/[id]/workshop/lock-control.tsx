'use client';
import type { ControlState } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { LockIcon, UnlockIcon } from './icons';
import { useControlCall } from './use-control-call';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; locked: boolean; lang: Lang; onControl: (state: ControlState) => void };

/** "Lås tavla" / "Lås opp": while locked the server drops every edit but facilitators'. */
export function LockControl({ api, locked, lang, onControl }: Props) {
  const t = translator(workshopText, lang);
  const { busy, problem, run } = useControlCall(onControl, lang);
  return (
    <section aria-labelledby="lock-h" className="space-y-1">
      <h3 id="lock-h" className="text-lg font-semibold">
        {t('lock.heading')}
      </h3>
      <div className="flex items-center gap-3">
        <button type="button" disabled={busy} onClick={() => void run(() => api.lock(!locked))} className={`inline-flex items-center gap-1.5 ${locked ? SECONDARY : PRIMARY}`}>
          {locked ? <UnlockIcon /> : <LockIcon />}
          {locked ? t('lock.unlock') : t('lock.lock')}
        </button>
        <p className="text-sm text-slate-700" data-testid="lock-state">
          {locked ? t('lock.lockedState') : t('lock.openState')}
        </p>
      </div>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {t('lock.failed', { reason: problem })}
        </p>
      ) : null}
    </section>
  );
}

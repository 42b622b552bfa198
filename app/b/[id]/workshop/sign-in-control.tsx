'use client';
import { useId } from 'react';
import { useSignIn } from '@/app/components/use-sign-in';
import type { ControlState } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { signInText } from '@/lib/i18n/sign-in';
import { ERROR_BOX } from '../proposals/styles';
import { useControlCall } from './use-control-call';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; required: boolean; lang: Lang; onControl: (state: ControlState) => void };

/** "Deltakerne må logge inn": shown only when the server offers sign-in, since only then can it be required. */
export function SignInControl({ api, required, lang, onControl }: Props) {
  const t = translator(signInText, lang);
  const id = useId();
  const { busy, problem, run } = useControlCall(onControl, lang);
  if (!useSignIn()?.enabled) return null;
  return (
    <section aria-labelledby={`${id}-h`} className="space-y-1">
      <h3 id={`${id}-h`} className="text-lg font-semibold">
        {t('control.heading')}
      </h3>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={required} disabled={busy} aria-describedby={`${id}-d`} onChange={(e) => void run(() => api.requireSignIn(e.target.checked))} />
        {t('control.required')}
      </label>
      <p id={`${id}-d`} className="text-sm text-slate-600">
        {t('control.hint')}
      </p>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {t('control.failed', { reason: problem })}
        </p>
      ) : null}
    </section>
  );
}

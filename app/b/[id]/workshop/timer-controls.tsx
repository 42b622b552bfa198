'use client';
import { useId, useState, type FormEvent } from 'react';
import { MAX_TIMER_MS, MIN_TIMER_MS, type ControlState } from '@/lib/control';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import type { LiveControl } from './clock';
import { useControlCall } from './use-control-call';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; control: LiveControl; lang: Lang; onControl: (state: ControlState) => void };

const MAX_MINUTES = MAX_TIMER_MS / 60_000;

/**
 * The facilitator's timer controls: start with a number of minutes (decimals allowed, so half a
 * minute works), pause, resume and reset. The server keeps the time; every screen counts down to it.
 */
export function TimerControls({ api, control, lang, onControl }: Props) {
  const t = translator(workshopText, lang);
  const minutesId = useId();
  const [minutes, setMinutes] = useState('5');
  const [invalid, setInvalid] = useState(false);
  const { busy, problem, run } = useControlCall(onControl, lang);
  const { status } = control.state.timer;

  const start = (e: FormEvent) => {
    e.preventDefault();
    const durationMs = Math.round(Number(minutes.replace(',', '.')) * 60_000);
    const ok = Number.isFinite(durationMs) && durationMs >= MIN_TIMER_MS && durationMs <= MAX_TIMER_MS;
    setInvalid(!ok);
    if (ok) void run(() => api.timer({ action: 'start', durationMs }));
  };

  return (
    <section aria-labelledby="timer-h" className="space-y-2">
      <h3 id="timer-h" className="text-lg font-semibold">
        {t('timer.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('timer.where')}</p>
      <form onSubmit={start} className="flex flex-wrap items-end gap-2">
        <label htmlFor={minutesId} className="flex flex-col text-sm">
          <span>{t('timer.minutes')}</span>
          <input
            id={minutesId}
            inputMode="decimal"
            value={minutes}
            onChange={(e) => setMinutes(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? `${minutesId}-err` : undefined}
            className="w-20 rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <button type="submit" disabled={busy} className={PRIMARY}>
          {t('timer.start')}
        </button>
        {status === 'running' ? (
          <button type="button" disabled={busy} onClick={() => void run(() => api.timer({ action: 'pause' }))} className={SECONDARY}>
            {t('timer.pause')}
          </button>
        ) : null}
        {status === 'paused' ? (
          <button type="button" disabled={busy} onClick={() => void run(() => api.timer({ action: 'resume' }))} className={SECONDARY}>
            {t('timer.resume')}
          </button>
        ) : null}
        {status !== 'idle' ? (
          <button type="button" disabled={busy} onClick={() => void run(() => api.timer({ action: 'reset' }))} className={SECONDARY}>
            {t('timer.reset')}
          </button>
        ) : null}
      </form>
      {invalid ? (
        <p id={`${minutesId}-err`} role="alert" className={ERROR_BOX}>
          {t('timer.badMinutes', { max: MAX_MINUTES })}
        </p>
      ) : null}
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {t('timer.failed', { reason: problem })}
        </p>
      ) : null}
    </section>
  );
}

'use client';
import { useCallback, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { workshopBannersText } from '@/lib/i18n/workshop-banners';
import { loadSoundChoice, playChime, saveSoundChoice } from './chime';
import { formatCountdown, type LiveControl } from './clock';
import { BellIcon, PauseIcon } from './icons';
import { useCountdown } from './use-countdown';

type Props = { control: LiveControl | null; lang: Lang; size?: 'toolbar' | 'large' };

/**
 * The shared countdown for everyone: m:ss, a pause marker, and at zero a red "time is up" that
 * screen readers hear too, plus the sound for those who turned it on on this device. Hidden
 * while no timer has been set.
 */
export function TimerDisplay({ control, lang, size = 'toolbar' }: Props) {
  const t = translator(workshopBannersText, lang);
  const [sound, setSound] = useState(loadSoundChoice);
  const onZero = useCallback(() => {
    if (loadSoundChoice()) playChime();
  }, []);
  const countdown = useCountdown(control, onZero);
  if (!countdown || (countdown.status === 'idle' && countdown.remaining === 0)) return null;
  const time = formatCountdown(countdown.remaining);
  const label = countdown.done ? t('timer.done') : countdown.status === 'paused' ? t('timer.paused', { time }) : countdown.status === 'idle' ? t('timer.idle') : t('timer.running', { time });
  const tone = countdown.done ? 'animate-pulse bg-red-700 text-white' : countdown.status === 'running' ? 'bg-slate-900 text-white' : 'bg-slate-200 text-slate-700';
  const large = size === 'large';
  return (
    <div className="flex items-center gap-1">
      <p
        role="timer"
        aria-label={label}
        title={label}
        data-testid="timer"
        data-status={countdown.done ? 'done' : countdown.status}
        className={`flex items-center rounded font-mono font-semibold tabular-nums ${large ? 'gap-3 px-4 py-2 text-6xl' : 'gap-1 px-2 py-0.5 text-lg'} ${tone}`}
      >
        {time}
        {countdown.status === 'paused' ? <PauseIcon className={large ? 'size-10' : 'size-4'} /> : null}
      </p>
      {countdown.done ? (
        <p role="alert" className={`font-semibold text-red-800 ${large ? 'text-4xl' : 'text-sm'}`}>
          {t('timer.done')}
        </p>
      ) : null}
      <button
        type="button"
        aria-pressed={sound}
        aria-label={t('timer.sound')}
        title={`${t('timer.sound')} (${t('timer.soundHint')})`}
        onClick={() => {
          saveSoundChoice(!sound);
          setSound(!sound);
        }}
        className="rounded p-1 text-slate-700 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
      >
        <BellIcon off={!sound} className={large ? 'size-8' : 'size-5'} />
      </button>
    </div>
  );
}

'use client';
import type { WallTime } from '@/lib/consultation';
import { translator, type Lang } from '@/lib/i18n';
import { consultationText } from '@/lib/i18n/consultation';

const INPUT = 'rounded border border-slate-300 bg-white px-2 py-1 focus:border-blue-600 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 aria-invalid:border-red-600';

/** A deadline's date and time inputs, in Norwegian time; `problemId` names the message that says what is wrong with them. */
export function DeadlineFields({ id, value, onChange, invalid, problemId, lang }: { id: string; value: WallTime; onChange: (v: WallTime) => void; invalid: boolean; problemId: string; lang: Lang }) {
  const t = translator(consultationText, lang);
  const described = invalid ? problemId : undefined;
  return (
    <div className="flex flex-wrap gap-3">
      <label className="flex flex-col text-sm font-medium">
        {t('form.date')}
        <input id={`${id}-date`} type="date" required value={value.date} aria-invalid={invalid} aria-describedby={described} onChange={(e) => onChange({ ...value, date: e.target.value })} className={INPUT} />
      </label>
      <label className="flex flex-col text-sm font-medium">
        {t('form.time')}
        <input id={`${id}-time`} type="time" required value={value.time} aria-invalid={invalid} aria-describedby={described} onChange={(e) => onChange({ ...value, time: e.target.value })} className={INPUT} />
      </label>
    </div>
  );
}

/** What the form says about a deadline that lib's parseDeadline refused. */
export const deadlineProblem = (reason: 'invalid' | 'past' | 'far', lang: Lang): string =>
  translator(consultationText, lang)(reason === 'invalid' ? 'error.deadlineInvalid' : reason === 'past' ? 'error.deadlinePast' : 'error.deadlineFar');

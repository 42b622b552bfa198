'use client';
import { useId, useState, type FormEvent } from 'react';
import { defaultGroupName, MAX_GROUPS, MIN_GROUPS, type SplitAnswer } from '@/lib/breakouts';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { ERROR_BOX, PRIMARY } from '../proposals/styles';
import { TextField } from '../text-field';
import type { BreakoutsApi } from './breakouts-api';
import { breakoutProblem } from './problem';

type Props = {
  api: BreakoutsApi;
  /** The newest round so far, or null before the first split. */
  round: number | null;
  lang: Lang;
  onSplit: (answer: SplitAnswer) => void;
};

const COUNTS = Array.from({ length: MAX_GROUPS - MIN_GROUPS + 1 }, (_, i) => MIN_GROUPS + i);

/** The facilitator's split: how many groups and, optionally, their names; a blank name leaves "Gruppe n". */
export function SplitForm({ api, round, lang, onSplit }: Props) {
  const t = translator(breakoutsText, lang);
  const id = useId();
  const [count, setCount] = useState(MIN_GROUPS);
  const [names, setNames] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    setDone('');
    const r = await api.split(count, Array.from({ length: count }, (_, i) => (names[i] ?? '').trim()));
    setBusy(false);
    if (!r.ok) return setProblem(t('split.failed', { reason: breakoutProblem(r.problem, lang) }));
    setNames([]);
    setDone(t('split.done', { count: r.value.groups.length }));
    onSplit(r.value);
  };

  return (
    <form onSubmit={submit} aria-labelledby={`${id}-h`} aria-busy={busy} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h4 id={`${id}-h`} className="font-semibold">
        {t('split.heading')}
      </h4>
      {round !== null ? <p className="text-sm text-slate-700">{t('split.again', { round: round + 1 })}</p> : null}
      <div className="flex flex-col">
        <label htmlFor={`${id}-count`} className="font-medium">
          {t('split.count')}
        </label>
        <select id={`${id}-count`} value={count} onChange={(e) => setCount(Number(e.target.value))} className="mt-1 w-24 rounded border border-slate-300 bg-white px-2 py-1.5">
          {COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </div>
      <div className="grid gap-2 sm:grid-cols-2">
        {Array.from({ length: count }, (_, i) => (
          <TextField
            key={i}
            label={t('split.name', { n: i + 1 })}
            value={names[i] ?? ''}
            onChange={(v) => setNames((all) => Object.assign([...all], { [i]: v }))}
            maxLength={60}
            placeholder={defaultGroupName(i + 1)}
          />
        ))}
      </div>
      <button type="submit" disabled={busy} className={PRIMARY}>
        {busy ? t('split.splitting') : t('split.submit')}
      </button>
      <p role="status" className="text-sm text-green-800">
        {done}
      </p>
      {problem ? (
        <p role="alert" className={ERROR_BOX}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}

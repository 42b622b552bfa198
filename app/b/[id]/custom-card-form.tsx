'use client';
import { useState, type FormEvent } from 'react';
import { addCustomCard } from '@/lib/board-ops';
import { translator, type Lang } from '@/lib/i18n';
import { boardFormsText } from '@/lib/i18n/board-forms';
import { customCardErrors, type CustomCardErrors } from './custom-card-errors';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';
import { TextField } from './text-field';

/** What the form holds as typed; kept by its opener, so closing and opening again keeps a draft. */
export type CustomCardDraft = { name: string; level: string; cost: string; staff: string; note: string };

type Props = {
  client: LiveClient;
  levels: ColumnLevel[];
  author: string;
  lang: Lang;
  origin: symbol;
  form: CustomCardDraft;
  setForm: (form: CustomCardDraft) => void;
  /** The card is on the board. */
  onAdded: () => void;
};

/**
 * A responsibility of the board's own: name, level, cost, staff and a note, each problem shown
 * beside its field before anything is written.
 */
export function CustomCardForm({ client, levels, author, lang, origin, form, setForm, onAdded }: Props) {
  const t = translator(boardFormsText, lang);
  const [errors, setErrors] = useState<CustomCardErrors>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const number = (s: string) => (s.trim() === '' ? undefined : Number(s.replace(/\s/g, '').replace(',', '.')));
    const input = { name: form.name, level: form.level || levels[0]!.id, cost: number(form.cost), staff: number(form.staff), author, note: form.note };
    // Checked here first so each problem shows beside its field; nothing is written until all pass.
    const problems = customCardErrors(input, lang);
    if (Object.keys(problems).length > 0) return setErrors(problems);
    const result = addCustomCard(client.doc, input, origin);
    if (!result.ok) {
      const first = result.errors[0]!;
      return setErrors({ form: first.kind === 'too-many-custom-cards' ? t('custom.tooMany', { max: first.max }) : t('custom.failed') });
    }
    onAdded();
  }

  return (
    <form onSubmit={submit} aria-label={t('custom.heading')} className="mt-2 grid max-w-md gap-2 rounded border border-slate-200 bg-white p-3">
      <p className="text-slate-600">{t('custom.hint')}</p>
      <TextField label={t('custom.name')} value={form.name} onChange={(name) => setForm({ ...form, name })} maxLength={80} required error={errors.name} />
      <label className="flex flex-col">
        <span>{t('custom.level')}</span>
        <select className="rounded border border-slate-300 px-2 py-1" value={form.level || levels[0]!.id} onChange={(e) => setForm({ ...form, level: e.target.value })}>
          {levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.label}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('custom.cost')} value={form.cost} onChange={(cost) => setForm({ ...form, cost })} inputMode="decimal" error={errors.cost} />
      <TextField label={t('custom.staff')} value={form.staff} onChange={(staff) => setForm({ ...form, staff })} inputMode="decimal" error={errors.staff} />
      <TextField label={t('custom.note')} value={form.note} onChange={(note) => setForm({ ...form, note })} maxLength={1000} error={errors.note} />
      {errors.form ? (
        <p role="alert" className="text-red-800">
          {errors.form}
        </p>
      ) : null}
      <button type="submit" className="justify-self-start rounded bg-blue-800 px-3 py-1 text-white hover:bg-blue-700">
        {t('custom.submit')}
      </button>
    </form>
  );
}

'use client';
import { useState, type FormEvent } from 'react';
import { addCustomCard, addLevel } from '@/lib/board-ops';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';
import { customCardErrors, type CustomCardErrors } from './custom-card-errors';
import { TextField } from './text-field';

type Props = { client: LiveClient; levels: ColumnLevel[]; author: string; lang: Lang; origin: symbol };

/** Editors' additions to the board: a preset level, and a responsibility of the board's own. */
export function BoardExtras({ client, levels, author, lang, origin }: Props) {
  const t = translator(boardText, lang);
  const [kind, setKind] = useState(catalog.levels[0]!.kind);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState({ name: '', level: '', cost: '', staff: '', note: '' });
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
    setErrors({});
    setForm({ name: '', level: form.level, cost: '', staff: '', note: '' });
    setOpen(false);
  }

  return (
    <div className="mt-4 flex flex-wrap items-start gap-6 text-sm">
      <form
        className="flex items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          addLevel(client.doc, { kind }, origin);
        }}
      >
        <label className="flex flex-col">
          <span>{t('column.addLabel')}</span>
          <select className="rounded border border-slate-300 bg-white px-2 py-1" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
            {catalog.levels.map((l) => (
              <option key={l.kind} value={l.kind}>
                {l.name[lang]}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {t('column.add')}
        </button>
      </form>
      <div>
        <button type="button" aria-expanded={open} onClick={() => setOpen((o) => !o)} className="rounded border border-slate-300 bg-white px-2 py-1 hover:bg-slate-50">
          {t('custom.add')}
        </button>
        {open ? (
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
        ) : null}
      </div>
    </div>
  );
}

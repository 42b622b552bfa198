'use client';
import { useId, useState, type FormEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import { newProposalSchema, type Proposal } from '@/lib/proposals';
import { TextField } from '../text-field';
import { proposalProblem } from './problem';
import type { ProposalsApi } from './proposals-api';
import { ERROR_BOX, PRIMARY } from './styles';

type Props = { api: ProposalsApi; lang: Lang; onSaved: (p: Proposal) => void };

/** Saves the live board as a named proposal; the name is required, the note optional. */
export function SaveForm({ api, lang, onSaved }: Props) {
  const t = translator(proposalsText, lang);
  const id = useId();
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState('');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    // The same schema the server applies, so a blank or too long name is caught before sending.
    const parsed = newProposalSchema.safeParse({ name, note });
    if (!parsed.success) {
      const bad = parsed.error.issues[0];
      return setProblem(bad?.path[0] === 'name' && name.trim() === '' ? t('save.nameRequired') : t('error.400', { reason: bad?.message ?? '' }));
    }
    setBusy(true);
    setProblem(null);
    setSaved('');
    const r = await api.create(parsed.data.name, parsed.data.note);
    setBusy(false);
    if (!r.ok) return setProblem(t('save.failed', { reason: proposalProblem(r.problem, lang) }));
    setName('');
    setNote('');
    setSaved(t('save.saved', { name: r.value.name }));
    onSaved(r.value);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${id}-h`} aria-busy={busy} className="space-y-2 rounded border border-slate-200 bg-slate-50 p-2">
      <h3 id={`${id}-h`} className="font-semibold">
        {t('save.heading')}
      </h3>
      <TextField
        label={t('save.name')}
        value={name}
        onChange={(v) => {
          setName(v);
          setProblem(null);
          setSaved('');
        }}
        required
        maxLength={120}
        aria-invalid={problem !== null}
        aria-errormessage={problem ? `${id}-problem` : undefined}
      />
      <label className="flex flex-col">
        <span className="font-medium">{t('save.note')}</span>
        <textarea value={note} onChange={(e) => setNote(e.target.value)} maxLength={2000} rows={2} className="mt-1 resize-y rounded border border-slate-300 px-2 py-1.5" />
      </label>
      <button type="submit" disabled={busy} className={PRIMARY}>
        {busy ? t('save.saving') : t('save.submit')}
      </button>
      <p role="status" data-testid="save-status" className="text-sm text-green-800">
        {saved}
      </p>
      {problem ? (
        <p id={`${id}-problem`} role="alert" className={ERROR_BOX}>
          {problem}
        </p>
      ) : null}
    </form>
  );
}

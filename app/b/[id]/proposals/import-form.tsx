'use client';
import { useId, useState, type ChangeEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import type { Proposal } from '@/lib/proposals';
import type { ApiProblem } from '../shell/api';
import { proposalProblem } from './problem';
import type { ProposalsApi } from './proposals-api';
import { ERROR_BOX } from './styles';

type Props = { api: ProposalsApi; lang: Lang; onImported: (p: Proposal) => void };

// The server refuses bodies over 2 MiB; a larger file is not worth reading or sending.
const MAX_BYTES = 2 * 1024 * 1024;

type Refusal = { message: string; fields: [string, string[]][] };

/**
 * Imports a proposal file exported from a board. A file that is not JSON is refused here
 * without sending it; otherwise the server judges it, and its message and the fields it
 * names are shown as they are.
 */
export function ImportForm({ api, lang, onImported }: Props) {
  const t = translator(proposalsText, lang);
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [done, setDone] = useState('');

  const refuse = (message: string, problem?: ApiProblem) => setRefusal({ message, fields: Object.entries(problem?.fields ?? {}) });

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setRefusal(null);
    setDone('');
    if (file.size > MAX_BYTES) return refuse(t('import.tooBig', { file: file.name }));
    setBusy(true);
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setBusy(false);
      return refuse(t('import.badJson', { file: file.name }));
    }
    const r = await api.importFile(parsed);
    setBusy(false);
    // Cleared so the same file can be chosen again after fixing it.
    input.value = '';
    if (r.ok) {
      setDone(t('import.done', { name: r.value.name }));
      return onImported(r.value);
    }
    const explained = r.problem.status === 400 || r.problem.status === 422;
    refuse(t('import.refused', { reason: explained ? r.problem.message : proposalProblem(r.problem, lang) }), explained ? r.problem : undefined);
  };

  return (
    <div className="space-y-1 rounded border border-slate-200 p-2" aria-busy={busy}>
      <label htmlFor={`${id}-file`} className="block font-medium">
        {t('import.label')}
      </label>
      <input
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        onChange={(e) => void onFile(e)}
        disabled={busy}
        aria-describedby={`${id}-hint${refusal ? ` ${id}-problem` : ''}`}
        className="block w-full text-sm file:mr-2 file:rounded file:border file:border-slate-300 file:bg-white file:px-2 file:py-1 file:hover:bg-slate-50"
      />
      <p id={`${id}-hint`} className="text-xs text-slate-500">
        {busy ? t('import.importing') : t('import.hint')}
      </p>
      <p role="status" data-testid="import-status" className="text-sm text-green-800">
        {done}
      </p>
      {refusal ? (
        <div id={`${id}-problem`} role="alert" data-testid="import-error" className={ERROR_BOX}>
          <p>{refusal.message}</p>
          {refusal.fields.length > 0 ? (
            <ul className="mt-1 list-inside list-disc text-xs">
              {refusal.fields.map(([field, messages]) => (
                <li key={field}>
                  <code>{field}</code>: {messages.join('; ')}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

'use client';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { ERROR_BOX, SECONDARY } from '../proposals/styles';
import { workshopProblem } from './problem';
import type { WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; title: string; lang: Lang };

const DANGER =
  'rounded bg-red-700 px-3 py-1 font-medium text-white hover:bg-red-800 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600 focus-visible:ring-offset-1 disabled:cursor-wait disabled:opacity-60';

// As the server compares them: surrounding spaces and the Unicode form do not count.
const same = (typed: string, title: string) => typed.normalize('NFC').trim() === title.normalize('NFC').trim();

// Once deleted, the socket's close (4410) takes the page to the "deleted" message; should it not
// arrive (a socket that was reconnecting), a reload gets there through the link check.
const RELOAD_AFTER_MS = 3000;

/**
 * "Slett tavla": a facilitator deletes the board and its group boards for good, after typing the
 * board's title in a modal dialog. Nothing of it can be brought back, so the title must match,
 * as the server checks too.
 */
export function DeleteControl({ api, title, lang }: Props) {
  const t = translator(workshopText, lang);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <section aria-labelledby="delete-board-h" className="space-y-1">
      <h3 id="delete-board-h" className="text-lg font-semibold">
        {t('delete.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('delete.intro')}</p>
      <button ref={opener} type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" className="rounded border border-red-300 bg-white px-2 py-1 text-sm text-red-800 hover:bg-red-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-red-600">
        {t('delete.start')}
      </button>
      {open ? (
        <DeleteDialog
          api={api}
          title={title}
          lang={lang}
          onClose={() => {
            setOpen(false);
            opener.current?.focus();
          }}
        />
      ) : null}
    </section>
  );
}

/** The confirmation: the browser's modal dialog, which keeps focus inside and closes on Escape. */
function DeleteDialog({ api, title, lang, onClose }: Props & { onClose: () => void }) {
  const t = translator(workshopText, lang);
  const dialog = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const ids = { heading: useId(), warning: useId(), input: useId() };

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!same(typed, title)) return setProblem(t('delete.mismatch'));
    setBusy(true);
    setProblem(null);
    const r = await api.deleteBoard(typed);
    if (r.ok) {
      setTimeout(() => location.reload(), RELOAD_AFTER_MS);
      return;
    }
    setBusy(false);
    setProblem(t('delete.failed', { reason: workshopProblem(r.problem, lang) }));
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby={ids.heading}
      aria-describedby={ids.warning}
      onClose={onClose}
      className="m-auto w-[min(32rem,92vw)] rounded-lg bg-white p-5 shadow-xl backdrop:bg-slate-900/60"
    >
      <form onSubmit={(e) => void submit(e)} className="space-y-3">
        <h2 id={ids.heading} className="text-xl font-semibold text-red-900">
          {t('delete.dialogTitle')}
        </h2>
        <p id={ids.warning} className="text-sm text-slate-700">
          {t('delete.warning')}
        </p>
        <label htmlFor={ids.input} className="block text-sm font-medium">
          {t('delete.typeTitle', { title })}
        </label>
        <input
          id={ids.input}
          type="text"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={busy}
          className="w-full rounded border border-slate-400 px-2 py-1"
        />
        {problem ? (
          <p role="alert" className={ERROR_BOX}>
            {problem}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button type="submit" disabled={busy} className={DANGER}>
            {busy ? t('delete.busy') : t('delete.confirm')}
          </button>
          <button type="button" onClick={() => dialog.current?.close()} disabled={busy} className={SECONDARY}>
            {t('delete.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

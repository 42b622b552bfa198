'use client';
import { useState } from 'react';
import { formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { workshopText } from '@/lib/i18n/workshop';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { workshopProblem } from './problem';
import type { CleanResult, WorkshopApi } from './workshop-api';

type Props = { api: WorkshopApi; lang: Lang };

/** The outcome in words: how many entries went and the stored size before and after, in kB (1 000 bytes). */
function cleanSummary(result: CleanResult, lang: Lang): string {
  const t = translator(workshopText, lang);
  const kb = (bytes: number) => formatNumber(bytes / 1000, 1, lang);
  const sizes = { before: kb(result.bytesBefore), after: kb(result.bytesAfter) };
  const count = result.removed.length;
  if (count === 0) return t('clean.nothing', { after: sizes.after });
  return count === 1 ? t('clean.doneOne', sizes) : t('clean.done', { count, ...sizes });
}

/**
 * "Rydd tavla": asks the server to delete whatever in the board document the page cannot read,
 * behind a confirmation since nothing removed comes back. The server does it even on a locked or
 * full board, which is when a facilitator needs it most.
 */
export function CleanControl({ api, lang }: Props) {
  const t = translator(workshopText, lang);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);

  const clean = async () => {
    setBusy(true);
    setStatus(null);
    const r = await api.clean();
    setBusy(false);
    setConfirming(false);
    setStatus(r.ok ? { ok: true, text: cleanSummary(r.value, lang) } : { ok: false, text: t('clean.failed', { reason: workshopProblem(r.problem, lang) }) });
  };

  return (
    <section id="clean-board" aria-labelledby="clean-h" className="space-y-1">
      <h3 id="clean-h" className="text-lg font-semibold">
        {t('clean.heading')}
      </h3>
      <p className="text-sm text-slate-600">{t('clean.intro')}</p>
      <button type="button" onClick={() => setConfirming(true)} aria-expanded={confirming} disabled={busy} className={SECONDARY}>
        {t('clean.start')}
      </button>
      {confirming ? (
        <div role="alertdialog" aria-label={t('clean.heading')} className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
          <p>{t('clean.confirm')}</p>
          <div className="mt-2 flex gap-2">
            <button type="button" onClick={() => void clean()} disabled={busy} className={PRIMARY}>
              {busy ? t('clean.busy') : t('clean.yes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)} disabled={busy} className={SECONDARY}>
              {t('clean.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p role={status.ok ? 'status' : 'alert'} data-testid="clean-result" className={status.ok ? 'text-sm text-green-800' : ERROR_BOX}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}

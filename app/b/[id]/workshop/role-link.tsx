'use client';
import { useId, useRef, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import type { Role } from '@/lib/roles';
import { ERROR_BOX, PRIMARY, SECONDARY } from '../proposals/styles';
import { QrCode } from './qr-code';

type Props = {
  role: Role;
  /** The absolute link, as it is shown, copied and put in the QR code. */
  link: string;
  lang: Lang;
  onRotate: () => Promise<string | null>;
  /** Shows the code large for a projector; absent for a link that must never be projected. */
  onEnlarge?: () => void;
};

/**
 * One role's link: the address to copy, its QR code, and "Lag ny lenke" behind a confirmation
 * that says who is cut off. `onRotate` answers null when done, or why it failed. Without
 * `onEnlarge` the code stays small, for scanning onto one's own phone only.
 */
export function RoleLink({ role, link, lang, onRotate, onEnlarge }: Props) {
  const t = translator(workshopText, lang);
  const b = translator(boardText, lang);
  const name = b(`role.${role}`);
  const input = useRef<HTMLInputElement>(null);
  const heading = useId();
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ ok: true, text: t('share.copied', { role: name }) });
    } catch {
      // Clipboard access can be refused (no permission, an insecure origin); the selected text is the fallback.
      input.current?.select();
      setStatus({ ok: false, text: t('share.copyFailed') });
    }
  };

  const rotate = async () => {
    setBusy(true);
    const problem = await onRotate();
    setBusy(false);
    setConfirming(false);
    setStatus(problem ? { ok: false, text: t('share.rotateFailed', { reason: problem }) } : { ok: true, text: t('share.rotated', { role: name }) });
  };

  return (
    <li aria-labelledby={heading} data-testid="role-link" data-role={role} className="rounded-lg border border-slate-200 p-3">
      <h4 id={heading} className="font-semibold">
        {t('share.role', { role: name })}
      </h4>
      <div className="mt-2 flex gap-3">
        <QrCode text={link} label={t('share.qr', { role: name })} className={`${onEnlarge ? 'size-32' : 'size-20'} shrink-0 border border-slate-200`} />
        <div className="flex min-w-0 flex-1 flex-col gap-2">
          <label className="flex flex-col text-sm">
            <span className="sr-only">{t('share.linkLabel', { role: name })}</span>
            <input ref={input} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs" />
          </label>
          <div className="flex flex-wrap gap-2">
            <button type="button" onClick={() => void copy()} aria-label={t('share.copy', { role: name })} className={SECONDARY}>
              {t('share.copyShort')}
            </button>
            {onEnlarge ? (
              <button type="button" onClick={onEnlarge} aria-label={t('share.enlarge', { role: name })} className={SECONDARY}>
                {t('share.enlargeShort')}
              </button>
            ) : null}
            <button type="button" onClick={() => setConfirming(true)} aria-label={t('share.rotateLabel', { role: name })} aria-expanded={confirming} className={SECONDARY}>
              {t('share.rotate')}
            </button>
          </div>
          {confirming ? (
            <div role="alertdialog" aria-label={t('share.rotateLabel', { role: name })} className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
              <p>{t('share.rotateConfirm', { role: name })}</p>
              {role === 'facilitator' ? <p className="mt-1">{t('share.rotateSelf')}</p> : null}
              <div className="mt-2 flex gap-2">
                <button type="button" onClick={() => void rotate()} disabled={busy} className={PRIMARY}>
                  {busy ? t('share.rotating') : t('share.rotateYes')}
                </button>
                <button type="button" onClick={() => setConfirming(false)} disabled={busy} className={SECONDARY}>
                  {t('share.cancel')}
                </button>
              </div>
            </div>
          ) : null}
          {status ? (
            <p role={status.ok ? 'status' : 'alert'} className={status.ok ? 'text-sm text-green-800' : ERROR_BOX}>
              {status.text}
            </p>
          ) : null}
        </div>
      </div>
    </li>
  );
}

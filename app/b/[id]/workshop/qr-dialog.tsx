'use client';
import { useEffect, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import type { Role } from '@/lib/roles';
import { QrCode } from './qr-code';

/**
 * One role's QR code as large as the screen allows, for a projector, in a modal dialog (the
 * browser's own: it keeps focus inside, and Escape closes it).
 */
export function QrDialog({ role, link, lang, onClose }: { role: Role; link: string; lang: Lang; onClose: () => void }) {
  const t = translator(workshopText, lang);
  const name = translator(boardText, lang)(`role.${role}`);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={dialog}
      aria-label={t('share.role', { role: name })}
      onClose={onClose}
      className="m-auto max-h-none max-w-none rounded-xl bg-white p-6 backdrop:bg-slate-900/70"
    >
      <div className="flex flex-col items-center gap-4">
        <h2 className="text-4xl font-semibold">{t('share.role', { role: name })}</h2>
        <QrCode text={link} label={t('share.qr', { role: name })} className="size-[min(65vh,80vw)]" />
        <button type="button" autoFocus onClick={() => dialog.current?.close()} className="rounded bg-slate-800 px-4 py-2 text-lg text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2">
          {t('share.bigClose')}
        </button>
      </div>
    </dialog>
  );
}

'use client';
import { useEffect, useRef } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { workshopText } from '@/lib/i18n/workshop';
import { roleSchema, type Role } from '@/lib/roles';
import { QrCode } from './qr-code';

/** A role whose link may be projected: everyone but the facilitator. */
export type ParticipantRole = Exclude<Role, 'facilitator'>;

/** The projectable roles, most powerful first (editor, commenter, viewer). */
export const PARTICIPANT_ROLES: readonly ParticipantRole[] = roleSchema.options.filter((r): r is ParticipantRole => r !== 'facilitator');

/** One code to project: the role it lets in and its absolute link. */
export type ProjectedCode = { role: ParticipantRole; link: string };

/**
 * Participants' QR codes as large as the screen allows, for a projector, in a modal dialog (the
 * browser's own: it keeps focus inside, and Escape closes it). Only participant roles are
 * accepted, by type: a projected facilitator code would hand the whole room full control.
 */
export function QrDialog({ codes, lang, onClose }: { codes: readonly ProjectedCode[]; lang: Lang; onClose: () => void }) {
  const t = translator(workshopText, lang);
  const b = translator(boardText, lang);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  const single = codes.length === 1 ? codes[0] : undefined;
  const title = single ? t('share.role', { role: b(`role.${single.role}`) }) : t('share.allTitle');
  // Several codes share the width, so each gets a third of it; one code may fill the height.
  const size = single ? 'size-[min(65vh,80vw)]' : 'size-[min(55vh,28vw)]';
  return (
    <dialog ref={dialog} aria-label={title} onClose={onClose} className="m-auto max-h-none max-w-none rounded-xl bg-white p-6 backdrop:bg-slate-900/70">
      <div className="flex flex-col items-center gap-4">
        <h2 className="text-4xl font-semibold">{title}</h2>
        <ul className="flex flex-wrap justify-center gap-6">
          {codes.map(({ role, link }) => (
            <li key={role} className="flex flex-col items-center gap-2" data-role={role}>
              {single ? null : <h3 className="text-2xl font-semibold">{t('share.role', { role: b(`role.${role}`) })}</h3>}
              <QrCode text={link} label={t('share.qr', { role: b(`role.${role}`) })} className={size} />
            </li>
          ))}
        </ul>
        <button
          type="button"
          autoFocus
          onClick={() => dialog.current?.close()}
          className="rounded bg-slate-800 px-4 py-2 text-lg text-white hover:bg-slate-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2"
        >
          {t('share.bigClose')}
        </button>
      </div>
    </dialog>
  );
}

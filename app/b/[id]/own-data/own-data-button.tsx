'use client';
import { useState } from 'react';
import dynamic from 'next/dynamic';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { loadWhenOnline } from '../load-when-online';
import type { Joined } from '../session';

// The dialog and what it reads load only when someone opens it.
const OwnDataDialog = dynamic(() => loadWhenOnline(() => import('./own-data-dialog').then((m) => m.OwnDataDialog)), { ssr: false });

/** "Mine data" in the toolbar: opens the dialog with what the board keeps about this participant. */
export function OwnDataButton({ boardId, joined, lang, className }: { boardId: string; joined: Joined; lang: Lang; className: string }) {
  const t = translator(boardText, lang);
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" title={t('toolbar.ownDataHint')} onClick={() => setOpen(true)} className={className}>
        {t('toolbar.ownData')}
      </button>
      {open ? <OwnDataDialog boardId={boardId} joined={joined} lang={lang} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

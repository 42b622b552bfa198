'use client';
import { useRef, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { breakoutsText } from '@/lib/i18n/breakouts';
import { SECONDARY } from '../proposals/styles';

type Props = {
  /** The absolute link, as it is shown and copied. */
  link: string;
  /** The field's accessible name. */
  label: string;
  /** The copy button's accessible name. */
  copyLabel: string;
  lang: Lang;
};

/** A link in a read-only field with a copy button; where the clipboard is refused, the field is selected for copying by hand. */
export function CopyLink({ link, label, copyLabel, lang }: Props) {
  const t = translator(breakoutsText, lang);
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      // The clipboard API rejects without permission or focus; the selected field takes over.
      input.current?.select();
      setStatus('failed');
    }
  };
  return (
    <div className="space-y-1">
      <div className="flex items-center gap-2">
        <input
          ref={input}
          readOnly
          value={link}
          aria-label={label}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs"
        />
        <button type="button" onClick={() => void copy()} aria-label={copyLabel} className={SECONDARY}>
          {t('groups.copyShort')}
        </button>
      </div>
      <p role="status" className={`text-xs ${status === 'failed' ? 'text-red-800' : 'text-green-800'}`}>
        {status === 'copied' ? t('groups.copied') : status === 'failed' ? t('groups.copyFailed') : ''}
      </p>
    </div>
  );
}

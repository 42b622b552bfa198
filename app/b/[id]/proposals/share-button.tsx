'use client';
import { useId, useState } from 'react';
import { translator, type Lang } from '@/lib/i18n';
import { proposalsText } from '@/lib/i18n/proposals';
import { SECONDARY } from './styles';

/**
 * Copies a comparison's share link (the server's path made absolute). Where the clipboard is
 * refused (no permission, an insecure origin), the link is shown selected for copying by hand.
 */
export function ShareButton({ path, lang }: { path: string; lang: Lang }) {
  const t = translator(proposalsText, lang);
  const id = useId();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const url = `${location.origin}${path}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      // The clipboard API rejects without permission or focus; the field below takes over.
      setState('failed');
    }
  };
  return (
    <div className="mt-2 space-y-1">
      <button type="button" onClick={() => void copy()} className={SECONDARY} data-share-url={url}>
        {t('compare.share')}
      </button>
      <div role="status" className="text-sm">
        {state === 'copied' ? <p className="text-green-800">{t('compare.copied')}</p> : null}
        {state === 'failed' ? (
          <label htmlFor={`${id}-url`} className="block text-slate-700">
            {t('compare.copyFailed')}
          </label>
        ) : null}
      </div>
      {state === 'failed' ? (
        <input id={`${id}-url`} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="w-full rounded border border-slate-300 px-2 py-1 text-sm" />
      ) : null}
    </div>
  );
}

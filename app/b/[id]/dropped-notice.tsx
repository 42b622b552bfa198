'use client';
import dynamic from 'next/dynamic';
import type { Lang } from '@/lib/i18n';
import { loadWhenOnline } from './load-when-online';
import type { Dropped } from './use-live-client';

// Edits are thrown away rarely (a lock, a refused edit); the words load when that happens.
const DroppedMessage = dynamic(() => loadWhenOnline(() => import('./dropped-message').then((m) => m.DroppedMessage)), { ssr: false });

type Props = { dropped: Dropped | null; lang: Lang; onDismiss: () => void };

/**
 * Tells the person that edits of theirs were thrown away and why. The live region is always in
 * the page, so screen readers announce the words as they appear, not only a newly added element.
 */
export function DroppedNotice({ dropped, lang, onDismiss }: Props) {
  return (
    <div aria-live="assertive" aria-atomic="true">
      {dropped ? <DroppedMessage key={dropped.count} dropped={dropped} lang={lang} onDismiss={onDismiss} /> : null}
    </div>
  );
}

import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { commentsText } from '@/lib/i18n/comments';

type Props = { open: boolean; controls: string; lang: Lang; onToggle: () => void; unread?: number };

/**
 * Collapses the side panel (an icon button in its tab row) or, while collapsed, fills the narrow
 * strip left of the screen's edge with "Vis sidepanelet" written upwards and the unread count.
 */
export function PanelToggle({ open, controls, lang, onToggle, unread = 0 }: Props) {
  const t = translator(boardText, lang);
  const c = translator(commentsText, lang);
  const focus = 'focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600';
  if (open) {
    return (
      <button
        type="button"
        aria-expanded
        aria-controls={controls}
        aria-label={t('layout.collapse')}
        title={t('layout.collapse')}
        onClick={onToggle}
        className={`mr-1 mb-1 grid size-7 shrink-0 place-items-center rounded text-slate-600 hover:bg-slate-100 hover:text-slate-900 ${focus}`}
      >
        <Chevrons towards="right" />
      </button>
    );
  }
  return (
    <button
      type="button"
      aria-expanded={false}
      aria-controls={controls}
      title={t('layout.expand')}
      onClick={onToggle}
      className={`flex h-full w-full flex-col items-center gap-2 py-3 text-sm font-medium text-slate-700 hover:bg-slate-50 hover:text-slate-900 ${focus}`}
    >
      <Chevrons towards="left" />
      <span className="[writing-mode:vertical-rl] rotate-180">{t('layout.expand')}</span>
      {unread > 0 ? (
        <>
          <span aria-hidden="true" className="min-w-5 rounded-full bg-blue-700 px-1 text-center text-xs leading-5 text-white tabular-nums">
            {unread}
          </span>
          <span className="sr-only">, {c('tabs.unread', { count: unread })}</span>
        </>
      ) : null}
    </button>
  );
}

function Chevrons({ towards }: { towards: 'left' | 'right' }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={`size-4 ${towards === 'left' ? 'rotate-180' : ''}`} fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" strokeLinejoin="round">
      <path d="M4 3.5 8.5 8 4 12.5M8.5 3.5 13 8l-4.5 4.5" />
    </svg>
  );
}

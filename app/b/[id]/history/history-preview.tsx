'use client';
import { useEffect, useMemo } from 'react';
import { catalog } from '@/lib/catalog';
import { columnsOf } from '@/lib/columns';
import { computeConsequences } from '@/lib/consequences/engine';
import type { HistoryEntry } from '@/lib/history';
import { translator, type Lang } from '@/lib/i18n';
import { historyText } from '@/lib/i18n/history';
import { cardFacts } from '../card-facts';
import { ReadOnlyColumn } from '../read-only-column';
import { formatCommentTime } from '../comments/comment-time';
import { columnLabels } from './column-labels';
import { PreviewHeadlines } from './preview-headlines';

type Props = { entry: HistoryEntry; lang: Lang; onBack: () => void };

const typing = (target: EventTarget | null) => (target as HTMLElement | null)?.closest?.('textarea, select, [contenteditable="true"], input:not([type="range"])') != null;

/**
 * The board as a history entry recorded it, read-only: a banner saying so with the way back,
 * the headline consequences of that moment, and the columns with plain cards (no drag handle,
 * no move menu). Escape returns to now; undo and redo do nothing here, so they cannot change
 * the live board unseen.
 */
export function HistoryPreviewBoard({ entry, lang, onBack }: Props) {
  const t = translator(historyText, lang);
  const time = formatCommentTime(entry.at, lang);
  const labels = useMemo(() => columnLabels(entry.allocation.levels, lang), [entry, lang]);
  const columns = useMemo(() => columnsOf(entry.allocation), [entry]);
  const consequences = useMemo(() => computeConsequences(entry.allocation, catalog, [], { custom: entry.custom }), [entry]);
  const facts = useMemo(() => cardFacts(entry, consequences.ok ? consequences.value : null, catalog, lang), [entry, consequences, lang]);

  useEffect(() => {
    // Bubble phase, so a menu or dialog that handles its own Escape (and prevents it) keeps it.
    const onEscape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || typing(e.target)) return;
      e.preventDefault();
      onBack();
    };
    // Capture phase on window runs before the board's own shortcut listener, so undo stops here.
    const onUndo = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || !['z', 'y'].includes(e.key.toLowerCase()) || typing(e.target)) return;
      e.preventDefault();
      e.stopPropagation();
    };
    window.addEventListener('keydown', onEscape);
    window.addEventListener('keydown', onUndo, true);
    return () => {
      window.removeEventListener('keydown', onEscape);
      window.removeEventListener('keydown', onUndo, true);
    };
  }, [onBack]);

  return (
    <section aria-label={t('preview.label', { time })} data-testid="history-preview" className="space-y-3">
      <div role="status" className="sticky top-0 z-10 flex flex-wrap items-center gap-3 rounded-md border border-blue-300 bg-blue-50 px-3 py-2 text-blue-950 shadow-sm">
        <p className="flex-1 font-medium">
          {t('preview.banner', { time })} <span className="text-sm font-normal text-blue-900">{t('preview.escape')}</span>
        </p>
        <button type="button" onClick={onBack} className="rounded bg-blue-800 px-3 py-1.5 text-white hover:bg-blue-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2">
          {t('preview.back')}
        </button>
      </div>
      {consequences.ok ? <PreviewHeadlines consequences={consequences.value} lang={lang} /> : <p className="text-sm text-amber-800">{t('preview.invalid')}</p>}
      <div className="grid auto-cols-[minmax(15rem,1fr)] grid-flow-col gap-3">
        {entry.allocation.levels.map((level) => {
          const cards = columns.get(level.id) ?? [];
          const label = labels.get(level.id) ?? level.id;
          return <ReadOnlyColumn key={level.id} level={level} label={label} cards={cards} facts={facts} lang={lang} count={`(${cards.length})`} empty={t('preview.empty')} size="normal" />;
        })}
      </div>
    </section>
  );
}

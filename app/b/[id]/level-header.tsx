'use client';
import { lazy, Suspense, useEffect, useState } from 'react';
import { removeLevel, reorderLevel } from '@/lib/board-ops';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import { translator, type Lang } from '@/lib/i18n';
import { arrangementsText } from '@/lib/i18n/arrangements';
import { boardText } from '@/lib/i18n/board';
import { arrangementName } from '@/lib/i18n/catalog-names';
import { afterBoardUsable } from './board-usable';
import { CommentBadge } from './comments/comment-badge';
import type { BoardComments } from './comments/use-board-comments';
import type { LiveClient } from './live-client';
import type { ColumnLevel } from './live-column';
import { loadWhenOnline } from './load-when-online';

const loadRename = () => import('./level-rename-form');
const loadArrangement = () => import('./arrangement-form');
// The forms load when one is opened, or at idle once an editor's board is usable. React's lazy,
// so what they replace stays on screen (the suspense fallback) until they have arrived; headers
// render only in the browser, so the server never has to wait for them.
const LevelRenameForm = lazy(() => loadWhenOnline(loadRename).then((m) => ({ default: m.LevelRenameForm })));
const ArrangementForm = lazy(() => loadWhenOnline(loadArrangement).then((m) => ({ default: m.ArrangementForm })));
const preloadForms = () => Promise.all([loadRename(), loadArrangement()]);

type Props = {
  client: LiveClient;
  level: ColumnLevel;
  position: { index: number; count: number };
  count: number;
  editable: boolean;
  lang: Lang;
  origin: symbol;
  accent: string;
  comments: BoardComments;
  /** The arrangements other columns already name, offered when this one is set. */
  arrangements?: readonly string[];
  /** The editing controls show only while the header is hovered or focus is in the column. */
  compact?: boolean;
};

/**
 * A column's name, arrangement, card count and comment badge (threads about the level, by level
 * id); for editors also rename, set the arrangement, move left or right, and remove when empty.
 */
export function LevelHeader({ client, level, position, count, editable, lang, origin, accent, comments, arrangements = [], compact = false }: Props) {
  const t = translator(boardText, lang);
  const ta = translator(arrangementsText, lang);
  const [renaming, setRenaming] = useState(false);
  const [grouping, setGrouping] = useState(false);

  useEffect(() => {
    if (editable) afterBoardUsable(preloadForms);
  }, [editable]);

  const heading = (
    <div className="flex items-center gap-2">
      {/* The name wraps rather than being cut, in a smaller size in a narrow column; the count goes below when it must. */}
      <h2 className="flex min-w-0 flex-1 flex-wrap items-baseline gap-x-2 text-base leading-snug font-semibold @[17rem]:text-lg">
        <span className="min-w-0 break-words" data-testid="level-name">
          {level.label}
        </span>
        <span className="text-sm font-normal whitespace-nowrap text-slate-600">{t('column.cards', { count })}</span>
      </h2>
      <CommentBadge
        name={level.label}
        summary={comments.summaries.get(`level:${level.id}`)}
        canComment={comments.canComment}
        lang={lang}
        onOpen={() => comments.open(`level:${level.id}`)}
      />
    </div>
  );
  const shown = level.arrangement ? (
    <p className="truncate text-xs text-slate-700" data-testid="level-arrangement" title={arrangementName(catalog, level.arrangement, lang)}>
      {ta('header.shown', { name: arrangementName(catalog, level.arrangement, lang) })}
    </p>
  ) : null;

  return (
    <div className={`column-head border-b-4 pb-1 ${accent}`}>
      {renaming ? (
        <Suspense fallback={heading}>
          <LevelRenameForm client={client} level={level} lang={lang} origin={origin} onDone={() => setRenaming(false)} />
        </Suspense>
      ) : (
        heading
      )}
      {grouping ? (
        <Suspense fallback={shown}>
          <ArrangementForm client={client} level={level} options={arrangements} lang={lang} origin={origin} onDone={() => setGrouping(false)} />
        </Suspense>
      ) : (
        shown
      )}
      {editable && !renaming && !grouping ? (
        <div role="group" aria-label={t('column.controls', { level: level.label })} className={`mt-1 flex-wrap gap-1 text-slate-700 ${compact ? 'column-tools' : 'flex'}`}>
          <button type="button" className={SMALL} onClick={() => setRenaming(true)}>
            {t('column.rename')}
          </button>
          <button type="button" className={SMALL} title={ta('header.setTitle')} onClick={() => setGrouping(true)}>
            {ta('header.set')}
          </button>
          <button type="button" className={SMALL} aria-label={t('column.left')} title={t('column.left')} disabled={position.index === 0} onClick={() => reorderLevel(client.doc, { level: level.id, index: position.index - 1 }, origin)}>
            ←
          </button>
          <button
            type="button"
            className={SMALL}
            aria-label={t('column.right')}
            title={t('column.right')}
            disabled={position.index === position.count - 1}
            onClick={() => reorderLevel(client.doc, { level: level.id, index: position.index + 1 }, origin)}
          >
            →
          </button>
          <button
            type="button"
            className={SMALL}
            disabled={count > 0 || position.count === 1}
            title={count > 0 ? t('column.removeBlocked') : t('column.remove')}
            onClick={() => removeLevel(client.doc, { level: level.id }, origin)}
          >
            {t('column.remove')}
          </button>
        </div>
      ) : null}
    </div>
  );
}

const SMALL = 'rounded border border-slate-300 bg-white px-1.5 text-xs hover:bg-slate-50 disabled:cursor-not-allowed disabled:opacity-40';

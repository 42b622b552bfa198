'use client';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import type { Peer } from '@/lib/presence';
import { CardFace } from './card-face';
import type { CardFacts } from './card-facts';
import { useDragKit } from './drag/drag-kit';
import { CommentBadge } from './comments/comment-badge';
import type { BoardComments } from './comments/use-board-comments';
import type { ColumnLevel } from './live-column';
import { MoveMenu } from './move-menu';
import { InfoIcon } from './workshop/icons';

type Props = {
  facts: CardFacts;
  levels: ColumnLevel[];
  currentLevel: string;
  editable: boolean;
  /** The tooltip on the handle and the move menu when `editable` is false: read-only role or locked board. */
  readOnlyHint: string;
  onDetails: (card: string) => void;
  arrived: boolean;
  dragger: Peer | null;
  lang: Lang;
  onMoveTo: (card: string, level: string) => void;
  comments: BoardComments;
  /** The comment, details and move controls float over the card's foot and show only on hover, focus or selection. */
  compact: boolean;
  selected: boolean;
  onSelect: (card: string) => void;
};

/**
 * A draggable card. The card itself is the focusable drag handle, named by the
 * responsibility first; the "Flytt til …" menu beside it is the other keyboard path, and the
 * only one until the drag kit has loaded. The comment badge and the details button sit outside
 * the handle, so neither ever starts a drag. Compact, they come after the handle in the tab
 * order and show once focus reaches the card.
 */
export function LiveCard({ facts, levels, currentLevel, editable, readOnlyHint, onDetails, arrived, dragger, lang, onMoveTo, comments, compact, selected, onSelect }: Props) {
  const t = translator(boardText, lang);
  const kit = useDragKit();
  const colour = dragger?.user.colour ?? '#334155';
  return (
    <kit.Card id={facts.id} editable={editable}>
      {(drag) => (
        <li
          ref={drag.ref}
          style={{ ...drag.style, ...(dragger ? { outline: `2px solid ${colour}`, outlineOffset: '2px' } : {}) }}
          className={`relative rounded-md border border-slate-200 bg-white shadow-sm ${drag.dragging ? 'opacity-40' : ''} ${arrived ? 'animate-arrive' : ''}`}
          data-testid="card"
          data-card={facts.id}
          data-selected={selected || undefined}
        >
          <div
            {...drag.handle}
            // No aria-label: the name is the card's own text (name, badges, markers), so it begins with
            // the responsibility and speech control can use what is on screen.
            title={editable ? undefined : readOnlyHint}
            // A mouse selects on press: a release can land elsewhere when a column header folds its
            // controls away as focus leaves the keyboard. A finger selects on a tap, not a scroll.
            onPointerDown={(e) => e.pointerType === 'mouse' && onSelect(facts.id)}
            onClick={() => onSelect(facts.id)}
            // A finger may still scroll across cards: the touch sensor waits for a short hold, and
            // only then takes over the gesture (touch-none would leave nowhere to scroll a phone).
            className={`rounded-md focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 ${editable ? 'cursor-grab touch-manipulation active:cursor-grabbing' : 'cursor-not-allowed'}`}
          >
            <CardFace facts={facts} lang={lang} framed={false} commentCount={compact} />
          </div>
          <div className={compact ? 'card-tools' : '-mt-1 flex items-center gap-1 px-1 pb-1'} data-testid="card-tools">
            <CommentBadge name={facts.name} summary={facts.commentSummary} canComment={comments.canComment} lang={lang} onOpen={() => comments.open(`card:${facts.id}`)} />
            <button
              type="button"
              aria-label={t('details.openLabel', { card: facts.name })}
              title={t('details.openLabel', { card: facts.name })}
              onPointerDown={(e) => e.stopPropagation()}
              onKeyDown={(e) => e.stopPropagation()}
              onClick={() => onDetails(facts.id)}
              className="inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs whitespace-nowrap text-slate-600 hover:bg-slate-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600"
            >
              <InfoIcon />
              {t('details.open')}
            </button>
            <div className={compact ? undefined : 'ml-auto'}>
              <MoveMenu card={facts} levels={levels.filter((l) => l.id !== currentLevel)} editable={editable} readOnlyHint={readOnlyHint} lang={lang} onMove={(level) => onMoveTo(facts.id, level)} />
            </div>
          </div>
          {dragger ? (
            <span className="absolute -top-2.5 right-2 rounded px-1.5 text-xs text-white" style={{ backgroundColor: colour }}>
              {t('card.dragging', { name: dragger.user.name })}
            </span>
          ) : null}
        </li>
      )}
    </kit.Card>
  );
}

'use client';
import type { BoardLevel } from '@/lib/allocation';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { choicesForKind } from '@/lib/choices';
import type { Peer } from '@/lib/presence';
import { LEVEL_ACCENT } from '@/app/components/level-style';
import { CardFace } from './card-face';
import type { BoardComments } from './comments/use-board-comments';
import type { CardFacts } from './card-facts';
import { ChoiceControls } from './choice-controls';
import { useDragKit } from './drag/drag-kit';
import { LevelHeader } from './level-header';
import type { LiveClient } from './live-client';
import { LiveCard } from './live-card';

export type ColumnLevel = BoardLevel & { label: string };

type Props = {
  client: LiveClient;
  level: ColumnLevel;
  position: { index: number; count: number };
  cards: string[];
  facts: Map<string, CardFacts>;
  levels: ColumnLevel[];
  ghosts: Peer[];
  draggers: Peer[];
  editable: boolean;
  readOnlyHint: string;
  onDetails: (card: string) => void;
  arrived: ReadonlySet<string>;
  lang: Lang;
  origin: symbol;
  onMoveTo: (card: string, level: string) => void;
  comments: BoardComments;
  /** Out of view (a phone shows one column at a time); it stays mounted, so its state survives. */
  hidden?: boolean;
  compact: boolean;
  /** The selected card, whose controls stay shown in compact mode. */
  selected: string | null;
  onSelect: (card: string) => void;
};

/** One level as a drop zone: a region named for the level, its cards, and ghosts of others' drags. */
export function LiveColumn(props: Props) {
  const { client, level, position, cards, facts, levels, ghosts, draggers, editable, readOnlyHint, onDetails, arrived, lang, origin, onMoveTo, comments, hidden = false, compact, selected, onSelect } = props;
  const t = translator(boardText, lang);
  const kit = useDragKit();
  return (
    <kit.Column level={level.id} cards={cards} editable={editable}>
      {(drop) => (
        <section
          ref={drop.ref}
          aria-label={level.label}
          data-testid="level"
          data-level={level.id}
          data-drop-over={drop.over ? 'true' : undefined}
          className={`@container min-h-48 min-w-0 flex-col rounded-lg p-2 transition-colors ${hidden ? 'hidden' : 'flex'} ${drop.over ? 'bg-blue-50 ring-2 ring-blue-300' : 'bg-slate-100'}`}
        >
          <LevelHeader
            client={client}
            level={level}
            position={position}
            count={cards.length}
            editable={editable}
            lang={lang}
            origin={origin}
            accent={LEVEL_ACCENT[level.kind]}
            comments={comments}
            compact={compact}
            arrangements={[...new Set(levels.flatMap((l) => (l.arrangement ? [l.arrangement] : [])))]}
          />
          {choicesForKind(level.kind).length > 0 ? <ChoiceControls client={client} kind={level.kind} editable={editable} lang={lang} origin={origin} /> : null}
          <ul className="mt-2 flex flex-1 flex-col gap-2">
            {cards.map((id) => {
              const f = facts.get(id);
              if (!f) return null;
              const dragger = draggers.find((p) => p.drag!.card === id);
              return (
                <LiveCard
                  key={id}
                  facts={f}
                  levels={levels}
                  currentLevel={level.id}
                  editable={editable}
                  readOnlyHint={readOnlyHint}
                  onDetails={onDetails}
                  arrived={arrived.has(id)}
                  dragger={dragger ?? null}
                  lang={lang}
                  onMoveTo={onMoveTo}
                  comments={comments}
                  compact={compact}
                  selected={selected === id}
                  onSelect={onSelect}
                />
              );
            })}
            {ghosts.map((g) => {
              const f = facts.get(g.drag!.card);
              if (!f || cards.includes(f.id)) return null;
              const colour = g.user.colour ?? '#334155';
              return (
                <li key={`ghost-${g.clientId}`} aria-hidden="true" data-testid="ghost" className="relative rounded-md border-2 border-dashed opacity-70" style={{ borderColor: colour }}>
                  <CardFace facts={f} lang={lang} />
                  <span className="absolute -top-2.5 right-2 rounded px-1.5 text-xs text-white" style={{ backgroundColor: colour }}>
                    {t('card.dragging', { name: g.user.name })}
                  </span>
                </li>
              );
            })}
            {cards.length === 0 && ghosts.length === 0 ? <li className="rounded border border-dashed border-slate-300 p-3 text-sm text-slate-600">{t('column.empty')}</li> : null}
          </ul>
        </section>
      )}
    </kit.Column>
  );
}

import type { BoardProjection } from '@/lib/board-doc';
import { catalog } from '@/lib/catalog';
import type { Anchor } from '@/lib/comments';
import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';

/** Names for what threads can be about: the board's cards and levels, in board order. */
export type AnchorNames = { cards: ReadonlyMap<string, string>; levels: ReadonlyMap<string, string> };

/** Card names (catalog and custom) and level labels as the board shows them now. */
export function anchorNames(projection: BoardProjection, levelLabels: ReadonlyMap<string, string>, lang: Lang): AnchorNames {
  const cards = new Map<string, string>();
  for (const r of catalog.responsibilities) cards.set(r.id, r.name[lang]);
  for (const c of projection.custom) cards.set(c.id, c.name);
  const levels = new Map<string, string>();
  for (const l of projection.allocation.levels) levels.set(l.id, levelLabels.get(l.id) ?? l.id);
  return { cards, levels };
}

/** A thread's anchor as a person reads it; an anchor the board no longer has shows its id. */
export function labelAnchor(anchor: Anchor, names: AnchorNames, lang: Lang): string {
  const t = translator(commentsText, lang);
  switch (anchor.kind) {
    case 'board':
      return t('anchor.board');
    case 'card':
      return names.cards.get(anchor.id) ?? anchor.id;
    case 'level':
      return names.levels.get(anchor.id) ?? anchor.id;
    case 'proposal':
      return t('anchor.proposal', { id: anchor.id });
    case 'indicator':
      return t('anchor.indicator', { id: anchor.id });
  }
}

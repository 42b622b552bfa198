import type { BoardProjection } from '@/lib/board-doc';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import type { Anchor } from '@/lib/comments';
import { HEADLINES } from '@/lib/headlines';
import { translator, type Lang } from '@/lib/i18n';
import { commentsText } from '@/lib/i18n/comments';
import { headlineText } from '@/lib/i18n/headlines';

/** Names for what threads can be about: the board's cards and levels in board order, indicators, and proposals. */
export type AnchorNames = {
  cards: ReadonlyMap<string, string>;
  levels: ReadonlyMap<string, string>;
  indicators: ReadonlyMap<string, string>;
  proposals: ReadonlyMap<string, string>;
};

/** Card names (catalog and custom) and level labels as the board shows them now; proposal names as last fetched. */
export function anchorNames(projection: Pick<BoardProjection, 'allocation' | 'custom'>, levelLabels: ReadonlyMap<string, string>, lang: Lang, proposals: ReadonlyMap<string, string> = new Map()): AnchorNames {
  const cards = new Map<string, string>();
  for (const r of catalog.responsibilities) cards.set(r.id, r.name[lang]);
  for (const c of projection.custom) cards.set(c.id, c.name);
  const levels = new Map<string, string>();
  for (const l of projection.allocation.levels) levels.set(l.id, levelLabels.get(l.id) ?? l.id);
  const p = translator(headlineText, lang);
  // Threads about a headline carry its panel id, as the panel's tiles offer them.
  const indicators = new Map<string, string>(HEADLINES.map((h) => [h.panel, p(`headline.${h.panel}`)]));
  // Per-pathway handoffs, as the panel offers them: "handoffs.<pathway id>".
  for (const pw of catalog.pathways) indicators.set(`handoffs.${pw.id}`, `${p('headline.handoffs')}: ${pw.name[lang]}`);
  return { cards, levels, indicators, proposals };
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
      return t('anchor.proposal', { name: names.proposals.get(anchor.id) ?? anchor.id });
    case 'indicator':
      return names.indicators.get(anchor.id) ?? t('anchor.indicator', { id: anchor.id });
  }
}

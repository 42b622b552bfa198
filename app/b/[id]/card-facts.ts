import type { BoardProjection } from '@/lib/board-doc';
import type { BoardCatalog } from '@/lib/catalog/board';
import { isSourced } from '@/lib/catalog/sourced';
import type { Consequences } from '@/lib/consequences/engine';
import { formatNok, formatNumber } from '@/lib/format';
import { translator, type Lang } from '@/lib/i18n';
import { boardText } from '@/lib/i18n/board';
import { levelName } from '@/lib/i18n/catalog-names';
import { erasedText } from '@/lib/i18n/erased';
import { shownName } from '@/lib/erased-name';
import type { AnchorSummary } from './comments/summaries';

/** What a card shows: its name, cost and staff badges, and its markers. */
export type CardFacts = {
  id: string;
  name: string;
  cost: { text: string; title: string; sourced: boolean };
  staff: { text: string; title: string; sourced: boolean };
  /** The kind of level it sits on today, named, when it now sits on another kind. */
  movedFrom: string | null;
  conflicts: number;
  /** Comments that are not removed, in threads about this card (anchor `card:<id>`). */
  comments: number;
  /** Those threads' summary (open threads, stances), for the badge's title; null without threads. */
  commentSummary: AnchorSummary | null;
  author: string | null;
};

/**
 * Every card's face, catalog and custom alike, from the projection, its consequences and the
 * comment summaries by anchor key. Comments are found by card id, so they follow a moved card.
 * Given the board's part of the catalog, the badges' tooltips (glosses, gaps' notes) stay empty
 * until the whole catalog is passed.
 */
export function cardFacts(
  projection: Pick<BoardProjection, 'custom'>,
  consequences: Consequences | null,
  catalog: BoardCatalog,
  lang: Lang,
  comments: ReadonlyMap<string, AnchorSummary> = new Map(),
): Map<string, CardFacts> {
  const t = translator(boardText, lang);
  const conflicts = new Map<string, number>();
  for (const r of consequences?.positions.results ?? []) if (r.status === 'contradicted') conflicts.set(r.responsibility, (conflicts.get(r.responsibility) ?? 0) + 1);
  const moved = new Map((consequences?.moves ?? []).map((m) => [m.responsibility, levelName(catalog, m.from, lang)]));
  const facts = new Map<string, CardFacts>();
  for (const r of catalog.responsibilities) {
    const { cost, staff } = r.figures;
    facts.set(r.id, {
      id: r.id,
      name: r.name[lang],
      cost: isSourced(cost)
        ? { text: `${formatNok(cost.value, lang)} (${cost.year})`, title: r.gloss?.[lang] ?? '', sourced: true }
        : { text: t('card.noCost'), title: cost.note?.[lang] ?? '', sourced: false },
      staff: isSourced(staff)
        ? { text: t('card.staff', { count: formatNumber(staff.value, 0, lang) }), title: `${staff.year}`, sourced: true }
        : { text: t('card.noStaff'), title: staff.note?.[lang] ?? '', sourced: false },
      movedFrom: moved.get(r.id) ?? null,
      conflicts: conflicts.get(r.id) ?? 0,
      comments: comments.get(`card:${r.id}`)?.comments ?? 0,
      commentSummary: comments.get(`card:${r.id}`) ?? null,
      author: null,
    });
  }
  const erased = translator(erasedText, lang)('erased.name');
  for (const c of projection.custom) {
    // A card whose author erased their part keeps an empty author text.
    const author = shownName({ name: c.author }, erased);
    const assumed = t('card.assumption', { author });
    facts.set(c.id, {
      id: c.id,
      name: c.name,
      cost: c.cost === undefined ? { text: t('card.noCost'), title: assumed, sourced: false } : { text: formatNok(c.cost, lang), title: assumed, sourced: false },
      staff:
        c.staff === undefined
          ? { text: t('card.noStaff'), title: assumed, sourced: false }
          : { text: t('card.staff', { count: formatNumber(c.staff, 0, lang) }), title: assumed, sourced: false },
      movedFrom: moved.get(c.id) ?? null,
      conflicts: 0,
      comments: comments.get(`card:${c.id}`)?.comments ?? 0,
      commentSummary: comments.get(`card:${c.id}`) ?? null,
      author,
    });
  }
  return facts;
}

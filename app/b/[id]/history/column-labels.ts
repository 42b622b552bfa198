import type { BoardLevel } from '@/lib/allocation';
import { boardCatalog as catalog } from '@/lib/catalog/board';
import type { Lang } from '@/lib/i18n';
import { levelLabels } from '@/lib/i18n/catalog-names';

/**
 * Labels for a board's columns keyed by level id, as the live board shows them: a column's own
 * name where it has one, else its kind's name (with the id where two columns share a kind).
 */
export function columnLabels(levels: readonly BoardLevel[], lang: Lang): Map<string, string> {
  const names = levelLabels(levels.map((l) => ({ level: l.id, kind: l.kind, arrangement: l.arrangement })), catalog, lang);
  for (const l of levels) if (l.name) names.set(l.id, l.name);
  return names;
}

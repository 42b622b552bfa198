import type { Catalog } from '@/lib/catalog/schema';

type Template = Catalog['templates'][number];

/** "KS · 7 kort flyttes · 2 ordninger": who a template comes from and how much it changes, in Bokmål. */
export function templateSummary(t: Template, catalog: Catalog): string {
  // A move that only regroups a card into an arrangement's own column keeps its kind of level, so it is no move.
  const moves = t.moves.filter((m) => catalog.responsibilities.find((r) => r.id === m.responsibility)?.baselineLevel !== m.to).length;
  const groups = t.arrangements?.length ?? 0;
  return [t.author, moves === 0 ? 'ingen flyttinger' : `${moves} kort flyttes`, ...(groups > 1 ? [`${groups} ordninger`] : [])].join(' · ');
}

/**
 * The element id of a template's description on the home page. The start form's choices point
 * at it (aria-describedby), so each choice is read with its description although the long texts
 * stand below the form.
 */
export const templateAboutId = (id: string): string => `template-${id}-about`;

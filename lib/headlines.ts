// Kept apart from the panel's readings and the engine, and free of imports: the board page names
// these figures on its first load (comment anchors), before either has loaded.

/** Which way a figure is better; money and staff moved are neither in themselves. */
export type GoodWhen = 'up' | 'down' | 'neither';

/**
 * The consequence panel's headline figures, in the order it reads them out. Both ids are stored,
 * so neither may change: `panel` names the tile, its reading and comment anchors on it; `key` is
 * its key in the engine's headlineIndicators, and so in saved proposals' headlines (a yearly one,
 * see YEARLY_HEADLINES, is kept per year as "key:year"). `lead`: one of the five the panel leads
 * with, which a group's column and the compare view show under the panel's names. `row`: shown in
 * a proposal's row of the list.
 */
export const HEADLINES = [
  { panel: 'moneyMoved', key: 'moneyMoved', goodWhen: 'neither', lead: true, row: true },
  { panel: 'staffMoved', key: 'staffMoved', goodWhen: 'neither', lead: true, row: true },
  { panel: 'handoffs', key: 'handoffs', goodWhen: 'down', lead: true, row: true },
  { panel: 'tooSmall', key: 'municipalitiesTooSmall', goodWhen: 'down', lead: true, row: false },
  { panel: 'contradicted', key: 'positionsContradicted', goodWhen: 'down', lead: true, row: true },
  // Not one of the five: a tile in the panel's handoffs section.
  { panel: 'handoffsUnbound', key: 'handoffsUnbound', goodWhen: 'down', lead: false, row: false },
] as const satisfies readonly { panel: string; key: string; goodWhen: GoodWhen; lead: boolean; row: boolean }[];

/** One headline figure as listed in HEADLINES. */
export type Headline = (typeof HEADLINES)[number];

/** A headline's id on the panel (tiles, readings, comment anchors). */
export type HeadlinePanelId = Headline['panel'];

/** A headline's key among the engine's figures and saved proposals' headlines. */
export type HeadlineKey = Headline['key'];

/** The five the panel leads with, in its order. */
export const LEAD_HEADLINES = HEADLINES.filter((h): h is Extract<Headline, { lead: true }> => h.lead);

/** Which way the headline with panel id `panel` is better. */
export function goodWhenOf(panel: HeadlinePanelId): GoodWhen {
  return HEADLINES.find((h) => h.panel === panel)?.goodWhen ?? 'neither';
}

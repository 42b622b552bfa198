import { YEARLY_HEADLINES } from '@/lib/consequences/headline-keys';
import { formatNok, formatNumber } from '@/lib/format';
import { HEADLINES, LEAD_HEADLINES, type GoodWhen, type HeadlinePanelId } from '@/lib/headlines';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';
import { proposalsText } from '@/lib/i18n/proposals';

export type { GoodWhen } from '@/lib/headlines';

/** How one headline indicator is named, shown and judged, in one language. */
export type IndicatorView = { label: string; format: (v: number) => string; goodWhen: GoodWhen };

// The five the consequence panel leads with take its labels, so a figure reads the same in both places.
const PANEL = new Map<string, `headline.${HeadlinePanelId}`>(LEAD_HEADLINES.map((h) => [h.key, `headline.${h.panel}`]));
const OWN = [
  'moneyReorganised',
  'moneyToShared',
  'moneyPayerOpen',
  'municipalitiesTooSmallHigh',
  'peopleInTooSmallHigh',
  'movedWithoutCost',
  'peopleInTooSmall',
  'lawChanges',
  'financingChanges',
  'directlyElectedShare',
  'directlyElectedShareHigh',
  'positionsMet',
  'handoffsUnbound',
] as const;
const GOOD: Record<string, GoodWhen> = {
  ...Object.fromEntries(HEADLINES.map((h) => [h.key, h.goodWhen])),
  peopleInTooSmall: 'down',
  municipalitiesTooSmallHigh: 'down',
  peopleInTooSmallHigh: 'down',
  positionsMet: 'up',
  movedWithoutCost: 'down',
};

const isOwn = (id: string): id is (typeof OWN)[number] => (OWN as readonly string[]).includes(id);

/**
 * The view of a headline indicator by the id headlineIndicators gives it. An id this page does
 * not know (a newer server) shows as written, with plain numbers.
 */
export function indicatorView(key: string, lang: Lang): IndicatorView {
  const panel = translator(panelText, lang);
  const own = translator(proposalsText, lang);
  // A yearly figure's key carries its year ("moneyMoved:2022"); the label says which year.
  const [id, year] = key.split(':') as [string, string | undefined];
  const panelKey = PANEL.get(id);
  const base = panelKey ? panel(panelKey) : isOwn(id) ? own(`indicator.${id}`) : id;
  const label = year === undefined ? base : `${base} (${year === 'antatt' ? panel('year.assumed') : year})`;
  const format =
    id.startsWith('money')
      ? (v: number) => formatNok(v, lang)
      : id.startsWith('directlyElectedShare')
        ? (v: number) => `${formatNumber(v, 1, lang)} %`
        : (v: number) => formatNumber(v, Number.isInteger(v) ? 0 : 1, lang);
  return { label, format, goodWhen: GOOD[id] ?? 'neither' };
}

/** The headline figures a proposal row shows, in this order; yearly ones expand by `expandYearly`. */
export const ROW_HEADLINES = HEADLINES.filter((h) => h.row).map((h) => h.key);

/**
 * The keys to show for some headline ids across some recorded headlines: a yearly id becomes
 * one key per year any of them holds, newest first, or the bare id (shown as 0) where none does.
 */
export function expandYearly(ids: readonly string[], headlines: readonly Record<string, number>[]): string[] {
  return ids.flatMap((id) => {
    if (!(YEARLY_HEADLINES as readonly string[]).includes(id)) return [id];
    const keys = [...new Set(headlines.flatMap((h) => Object.keys(h).filter((k) => k.startsWith(`${id}:`))))];
    return keys.length === 0 ? [id] : keys.sort().reverse();
  });
}

/** A change's colour, as the consequence panel's tiles colour theirs: amber where neither way is better. */
export function deltaTone(delta: number, goodWhen: GoodWhen): { className: string; verdict: 'better' | 'worse' | null } {
  if (delta === 0) return { className: 'text-slate-500', verdict: null };
  if (goodWhen === 'neither') return { className: 'text-amber-800', verdict: null };
  const better = delta > 0 === (goodWhen === 'up');
  return better ? { className: 'text-green-800', verdict: 'better' } : { className: 'text-red-800', verdict: 'worse' };
}

import type { Indicator } from './consequences/explain';
import { formatDelta, formatNok, formatNumber } from './format';
import { translator, type Lang } from './i18n';
import { panelText } from './i18n/panel';

/**
 * One figure as a view shows it, for telling what a change did to it. `value` is null where the
 * view shows no sourced figure; `high` is the top of a range (then `value` is its low end); `year`
 * is the year the figure describes, where it names one. `label` is only for saying which figure.
 */
export type FigureReading = {
  id: string;
  label: string;
  unit: Indicator['unit'];
  value: number | null;
  high?: number;
  year?: number | null;
  /** Read out when it changes; the finer figures (per level) are only shown. */
  announce: boolean;
};

/** How much one figure changed; `high` is set when either side is a range, and then `low` is the change of its low end. */
export type FigureDelta = { id: string; label: string; unit: Indicator['unit']; low: number; high?: number; announce: boolean };

// Money is summed in floating point, so the same cards added in another order can differ in the
// last bits; a change smaller than this share of the figure is no change.
const NOISE = 1e-9;
const same = (a: number, b: number) => Math.abs(a - b) <= NOISE * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The change from `before` to `after` of one figure, or null when there is none to show: the
 * figure is new, either side has no sourced figure, the unit differs, both are non-zero figures
 * of different years (they do not subtract), or nothing moved. A range on either side gives a range.
 */
export function figureDelta(before: FigureReading | undefined, after: FigureReading): FigureDelta | null {
  if (!before || before.value === null || after.value === null) return null;
  if (before.unit !== after.unit) return null;
  // Figures of two years never subtract, but a zero is zero in any year (nothing moved yet has no year).
  if ((before.year ?? null) !== (after.year ?? null) && before.value !== 0 && after.value !== 0) return null;
  const { id, label, unit, announce } = after;
  const low = same(before.value, after.value) ? 0 : after.value - before.value;
  if (before.high === undefined && after.high === undefined) return low === 0 ? null : { id, label, unit, low, announce };
  const [hb, ha] = [before.high ?? before.value, after.high ?? after.value];
  const high = same(hb, ha) ? 0 : ha - hb;
  return low === 0 && high === 0 ? null : { id, label, unit, low, high, announce };
}

/** Every figure of `after` that changed since `before` (matched by id), in `after`'s order. */
export function figureDeltas(before: readonly FigureReading[], after: readonly FigureReading[]): FigureDelta[] {
  const old = new Map(before.map((r) => [r.id, r]));
  return after.flatMap((r) => figureDelta(old.get(r.id), r) ?? []);
}

// How a figure's unit follows its number: money carries its own in `formatNok`, counts have none.
function unitSuffix(unit: Indicator['unit'], lang: Lang): string {
  if (unit === 'NOK' || unit === 'count') return '';
  const word = translator(panelText, lang)(`unit.${unit}`);
  return unit === 'percent' && lang === 'en' ? word : ` ${word}`;
}

/**
 * A value in its unit as the panel writes it: money in its largest sensible unit ("3,6 mrd. kr"),
 * counts bare, percentages with one decimal, and other units with their name ("340 årsverk").
 */
export function formatInUnit(value: number, unit: Indicator['unit'], lang: Lang): string {
  if (unit === 'NOK') return formatNok(value, lang);
  return `${formatNumber(value, unit === 'percent' ? 1 : 0, lang)}${unitSuffix(unit, lang)}`;
}

/**
 * A change signed and in its unit: "+1,2 mrd. kr", "−340 årsverk", "+2"; a range stays a range,
 * "+10 – +20 årsverk", each end signed, even when both ends moved alike.
 */
export function formatFigureDelta(d: Pick<FigureDelta, 'low' | 'high' | 'unit'>, lang: Lang): string {
  // Money names its unit at each end, as the panel writes a range of money; other units once, after the range.
  const size = (v: number) => (d.unit === 'NOK' ? formatNok(v, lang) : formatNumber(v, d.unit === 'percent' ? 1 : 0, lang));
  const signed = (v: number) => formatDelta(v, size, lang);
  const body = d.high === undefined ? signed(d.low) : `${signed(d.low)} – ${signed(d.high)}`;
  return `${body}${unitSuffix(d.unit, lang)}`;
}

/** One sentence naming each changed figure and its change, for a screen reader; empty when none changed. */
export function describeDeltas(deltas: readonly FigureDelta[], lang: Lang): string {
  if (deltas.length === 0) return '';
  const t = translator(panelText, lang);
  return t('delta.announce', { list: deltas.map((d) => `${d.label} ${formatFigureDelta(d, lang)}`).join('; ') });
}

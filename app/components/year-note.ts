import type { Indicator } from '@/lib/consequences/explain';
import { translator, type Lang } from '@/lib/i18n';
import { panelText } from '@/lib/i18n/panel';

/**
 * The line under a yearly headline: the figures of the other years (never added to the main
 * one) and how many moved cards had no figure at all. Empty when there is nothing to add.
 */
export function yearNote(main: Indicator, all: readonly Indicator[], uncosted: number, format: (v: number) => string, lang: Lang): string {
  const t = translator(panelText, lang);
  const others = all.filter((i) => i !== main && i.value !== 0);
  const parts: string[] = [];
  if (others.length > 0) {
    const list = others.map((i) => `${format(i.value)} (${i.year === null || i.year === undefined ? t('year.assumed') : i.year})`).join(', ');
    parts.push(t('headline.otherYears', { list }));
  }
  if (uncosted > 0) parts.push(t('headline.uncosted', { count: uncosted }));
  return parts.join('. ');
}

import type { BoardLevel } from '@/lib/allocation';
import { catalog } from '@/lib/catalog';
import { translator, type Lang } from '@/lib/i18n';
import { levelLabels } from '@/lib/i18n/catalog-names';
import { proposalsText } from '@/lib/i18n/proposals';
import type { ComparedSide } from '../proposals/proposals-api';

/** Column labels of one side by level id: the board's own name where it has one, else the kind's. */
export function sideLabels(levels: readonly BoardLevel[], lang: Lang): Map<string, string> {
  const labels = levelLabels(
    levels.map((l) => ({ level: l.id, kind: l.kind, arrangement: l.arrangement })),
    catalog,
    lang,
  );
  for (const l of levels) if (l.name) labels.set(l.id, l.name);
  return labels;
}

/** A side's name in the page's language: the proposal's own name, or what "live" and "baseline" mean. */
export function sideName(side: Pick<ComparedSide, 'kind' | 'name'>, lang: Lang): string {
  const t = translator(proposalsText, lang);
  return side.kind === 'baseline' ? t('compare.baseline') : side.kind === 'live' ? t('compare.live') : side.name;
}

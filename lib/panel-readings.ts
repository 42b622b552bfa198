import type { Catalog } from './catalog/schema';
import type { Consequences } from './consequences/engine';
import type { Indicator } from './consequences/explain';
import type { LevelAmount } from './consequences/resources';
import type { FigureReading } from './figure-delta';
import { HEADLINES, type HeadlinePanelId } from './headlines';
import { translator, type Lang } from './i18n';
import { levelLabels } from './i18n/catalog-names';
import { panelText } from './i18n/panel';

/** The headline figures the panel shows as tiles, by the id each tile and its reading share (see lib/headlines.ts). */
export const HEADLINE_IDS: readonly HeadlinePanelId[] = HEADLINES.map((h) => h.panel);
export type HeadlineId = HeadlinePanelId;

/** The id of one level's money or staff cell in the per-level table. */
export const levelFigureId = (measure: 'money' | 'staff', level: string) => `${measure}:${level}`;

/** The indicator behind each headline tile. */
export function headlineIndicators(c: Consequences): Record<HeadlineId, Indicator> {
  return {
    moneyMoved: c.money.moved,
    staffMoved: c.staff.moved,
    handoffs: c.handoffs.total,
    tooSmall: c.populationBase.municipalities,
    contradicted: c.positions.contradicted,
    handoffsUnbound: c.handoffs.unbound,
  };
}

const fromIndicator = (id: string, label: string, i: Indicator): FigureReading => ({
  id,
  label,
  unit: i.unit,
  value: i.value,
  ...(i.range ? { high: i.range.high } : {}),
  ...(i.year !== undefined ? { year: i.year } : {}),
  announce: true,
});

// A level's cell shows no figure when its year is unknown (only assumptions or nothing sourced).
const fromLevel = (id: string, label: string, unit: Indicator['unit'], row: LevelAmount | undefined): FigureReading => ({
  id,
  label,
  unit,
  value: !row || row.year === null ? null : row.value,
  year: row?.year ?? null,
  announce: false,
});

/**
 * Every figure the panel highlights when it changes: the headline tiles (read out) and each
 * level's money and staff in the per-level table (only shown), labelled in `lang`.
 */
export function panelReadings(c: Consequences, catalog: Catalog, lang: Lang): FigureReading[] {
  const t = translator(panelText, lang);
  const indicators = headlineIndicators(c);
  const headlines = HEADLINE_IDS.map((id) => fromIndicator(id, t(`headline.${id}`), indicators[id]));
  const labels = levelLabels(c.money.byLevel, catalog, lang);
  const staffOf = new Map(c.staff.byLevel.map((r) => [r.level, r]));
  const levels = c.money.byLevel.flatMap((row) => {
    const name = labels.get(row.level) ?? row.level;
    return [
      fromLevel(levelFigureId('money', row.level), `${t('money.cost')}, ${name}`, 'NOK', row),
      fromLevel(levelFigureId('staff', row.level), `${t('money.staff')}, ${name}`, 'arsverk', staffOf.get(row.level)),
    ];
  });
  return [...headlines, ...levels];
}

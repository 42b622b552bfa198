import type { Catalog } from '../catalog/schema';
import { arrangementName } from '../i18n/catalog-names';
import { actCount, type YearValue } from './arrangements';
import type { Consequences } from './engine';
import { headlineIndicators } from './engine';

const MILL = 1_000_000;
const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const inMillions = (list: YearValue[]) => list.map((y) => ({ year: y.year, value: round(y.value / MILL, 1), unit: 'mill. kr' }));

/**
 * The consequences of a board as the public API answers them: money per level in mill. kr and
 * staff in årsverk, each for one year (null where no sourced figure), every headline indicator,
 * every position with its actor's short name, and per arrangement (model 4) what it moves, each
 * sum for one year. Built from the same computation as the panel.
 */
export function consequencesReport(c: Consequences, catalog: Catalog) {
  const staffOf = new Map(c.staff.byLevel.map((r) => [r.level, r]));
  const names = new Map(catalog.levels.map((l) => [l.kind, l.name.nb]));
  const actor = new Map(catalog.stakeholders.map((s) => [s.id, s.short]));
  return {
    catalogVersion: catalog.version,
    // The figures depend on these answers (a region's election mode, the state units' financing).
    choices: c.choices,
    // Pathways marked binding (Kdf); they change only handoffsUnbound.
    bindings: c.bindings,
    levels: c.money.byLevel.map((m) => {
      const s = staffOf.get(m.level);
      return {
        id: m.level,
        kind: m.kind,
        ...(m.arrangement ? { arrangement: m.arrangement } : {}),
        name: names.get(m.kind) ?? m.kind,
        money: { value: m.year === null ? null : round(m.value / MILL, 1), unit: 'mill. kr', year: m.year, atLeast: m.atLeast, otherYears: m.otherYears.map((o) => ({ year: o.year, value: round(o.value / MILL, 1) })) },
        staff: { value: !s || s.year === null ? null : round(s.value, 1), year: s?.year ?? null, atLeast: s?.atLeast ?? false },
      };
    }),
    indicators: Object.entries(headlineIndicators(c)).map(([id, i]) => ({
      id,
      value: i.unit === 'NOK' ? round(i.value / MILL, 1) : round(i.value, 1),
      baseline: i.unit === 'NOK' ? round(i.baseline / MILL, 1) : round(i.baseline, 1),
      delta: i.unit === 'NOK' ? round(i.delta / MILL, 1) : round(i.delta, 1),
      unit: i.unit === 'NOK' ? 'mill. kr' : i.unit,
      ...(i.year !== undefined ? { year: i.year } : {}),
      ...(i.range ? { high: i.range.high } : {}),
      ...(i.atLeast ? { atLeast: true } : {}),
    })),
    positions: c.positions.results.map((p) => ({ id: p.position, actor: actor.get(p.stakeholder) ?? p.stakeholder, responsibility: p.responsibility, status: p.status })),
    arrangements: c.arrangements.map((a) => ({
      id: a.id,
      name: a.id === null ? null : arrangementName(catalog, a.id, 'nb'),
      levels: a.levels,
      moved: a.moved,
      money: Object.fromEntries(Object.entries(a.money).map(([kind, list]) => [kind, inMillions(list)])),
      staffMoved: a.staffMoved.map((y) => ({ year: y.year, value: round(y.value, 1) })),
      handoffs: a.handoffs,
      positionsContradicted: a.positions.contradicted,
      lawChanges: actCount(a),
    })),
  };
}

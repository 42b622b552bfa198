import type { CooperationToday, LevelKind, PopulationBase, Responsibility, Text } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, usedFigure, type ExplanationInput, type Indicator, type UsedFigure } from './explain';
import { POPULATION_RULE } from './population-rule';
import { belowBase, maxSpan, SIZE_BANDS, sumSpan, ZERO, type BelowBase, type SizeBand, type Span } from './population-sizes';

export { municipalitiesBelow, municipalitiesBelowAtMost, type BelowThreshold } from './population-sizes';
export { POPULATION_RULE } from './population-rule';

/**
 * Where a card with a base stands. On a municipal level (kommune, interkommunalt, delt):
 * `today` if it sat on one today too, `new` if the proposal brings it there; `-explicit` when the
 * level itself is a cooperation. On binding cooperation always `new-binding`: no kommune is bound
 * today, so every one below the base enters a cooperation it cannot leave, even one that already
 * cooperates by choice. Elsewhere: its smallest unit against the base, where known.
 */
export type BaseStatus = 'no-base' | 'today' | 'today-explicit' | 'new' | 'new-explicit' | 'new-binding' | 'large-unit' | 'small-unit' | 'unchecked';

/** A card's base as the engine used it: the catalog's (a range stays a range) or a board assumption. */
export type UsedBase = { low: number; high: number; part?: Text; qualifier?: 'at-least' | 'catchment' | 'perhaps-up-to'; used: UsedFigure };

/** One row of the population table: a card, where it sits, its base, and who falls below it. */
export type CardBase = {
  responsibility: string;
  level: string;
  kind: LevelKind;
  status: BaseStatus;
  base: UsedBase | null;
  /** Set on municipal levels only: the municipalities below the base, by band. */
  below: BelowBase | null;
  cooperationToday: CooperationToday | null;
};

/** One size band: municipalities in new cooperation the proposal requires, and below a base today. */
export type BandRow = { band: SizeBand; newCooperation: Span; today: Span };

const MUNICIPAL: ReadonlySet<LevelKind> = new Set(['kommune', 'interkommunalt', 'delt', 'bindende-samarbeid']);

function baseOf(card: Responsibility, ctx: Placed): UsedBase | null {
  const used = usedFigure(card, 'populationBase', ctx.assumptions);
  // A board assumption is one number for the whole card; the catalog's part and range do not apply to it.
  if (used.kind === 'assumption') return used.assumption.value > 0 ? { low: used.assumption.value, high: used.assumption.value, used } : null;
  const f: PopulationBase = card.figures.populationBase;
  if (!('value' in f)) return null;
  return { low: f.value, high: f.high ?? f.value, part: f.part, qualifier: f.qualifier, used };
}

function statusOf(ctx: Placed, card: Responsibility, kind: LevelKind, base: UsedBase): BaseStatus {
  if (kind === 'bindende-samarbeid') return 'new-binding';
  if (MUNICIPAL.has(kind)) {
    const explicit = kind !== 'kommune';
    if (MUNICIPAL.has(card.baselineLevel)) return explicit ? 'today-explicit' : 'today';
    return explicit ? 'new-explicit' : 'new';
  }
  const f = ctx.index.level.get(kind)?.smallestUnitPopulation;
  if (!f || !('value' in f)) return 'unchecked';
  return f.value >= base.high ? 'large-unit' : 'small-unit';
}

const isNew = (s: BaseStatus) => s === 'new' || s === 'new-explicit' || s === 'new-binding';
const isToday = (s: BaseStatus) => s === 'today' || s === 'today-explicit';

type Raw = { cards: CardBase[]; fresh: BelowBase; today: Span; inputs: ExplanationInput[]; unbasedNew: boolean };

const NONE: BelowBase = { municipalities: ZERO, people: ZERO, units: ZERO, bands: SIZE_BANDS.map((b) => ({ band: b.id, municipalities: ZERO })) };

// Municipalities below a lower base are below every higher one, so the union over cards is the
// larger count at each end; units are per service and add up.
function merge(a: BelowBase, b: BelowBase): BelowBase {
  return {
    municipalities: maxSpan(a.municipalities, b.municipalities),
    people: maxSpan(a.people, b.people),
    units: sumSpan(a.units, b.units),
    bands: a.bands.map((x, i) => ({ band: x.band, municipalities: maxSpan(x.municipalities, b.bands[i]!.municipalities) })),
  };
}

// Catalog cards only: a board's own card has no sourced population base to check.
function assess(ctx: Placed): Raw {
  const sizes = ctx.catalog.municipalitySizes;
  const raw: Raw = { cards: [], fresh: NONE, today: ZERO, inputs: [], unbasedNew: false };
  for (const card of ctx.catalog.responsibilities) {
    const level = levelOfCard(ctx, card.id);
    const pb = card.figures.populationBase;
    const cooperationToday = pb.cooperationToday ?? null;
    const base = baseOf(card, ctx);
    if (!base) {
      // Binding cooperation binds kommuner for a card with no sourced base too; how many, no source says.
      if (MUNICIPAL.has(level.kind) && (!MUNICIPAL.has(card.baselineLevel) || level.kind === 'bindende-samarbeid')) raw.unbasedNew = true;
      raw.cards.push({ responsibility: card.id, level: level.id, kind: level.kind, status: 'no-base', base: null, below: null, cooperationToday });
      continue;
    }
    const status = statusOf(ctx, card, level.kind, base);
    const below = MUNICIPAL.has(level.kind) ? belowBase(sizes, base) : null;
    if (below && isNew(status)) raw.fresh = merge(raw.fresh, below);
    if (below && isToday(status)) raw.today = maxSpan(raw.today, below.municipalities);
    const label = base.part ? `${card.name.nb} – ${base.part.nb}` : card.name.nb;
    raw.inputs.push({ label, responsibility: card.id, level: level.id, used: base.used });
    if (cooperationToday) raw.inputs.push({ label: `${card.name.nb}: samarbeid i dag`, responsibility: card.id, used: { kind: 'cited', source: cooperationToday.source } });
    raw.cards.push({ responsibility: card.id, level: level.id, kind: level.kind, status, base, below, cooperationToday });
  }
  return raw;
}

function spanIndicator(now: Span, then: Span, unit: Indicator['unit'], rule: typeof POPULATION_RULE, inputs: ExplanationInput[], atLeast: boolean): Indicator {
  const i = indicator(now.low, then.low, unit, { rule, inputs });
  if (now.high !== now.low || then.high !== then.low) i.range = { high: now.high, baselineHigh: then.high };
  if (atLeast) i.atLeast = true;
  return i;
}

/**
 * Population bases against the baseline. `municipalities` and `people` count those that need new
 * inter-municipal cooperation because the proposal brings a service with a sourced base to the
 * municipalities (0 on today's board); `units` bounds the new cooperations from above; `belowToday`
 * counts municipalities below a base for a service they run today, which no proposal is charged with.
 */
export function assessPopulationBase(ctx: Placed, base: Placed) {
  const now = assess(ctx);
  const then = assess(base);
  const sizes = ctx.catalog.municipalitySizes;
  const inputs = [...now.inputs, { label: `Kommunestørrelser 1.1.${sizes.year}`, used: { kind: 'cited', source: sizes.source } } satisfies ExplanationInput];
  const bands: BandRow[] = now.fresh.bands.map((b) => ({
    band: b.band,
    newCooperation: b.municipalities,
    today: now.cards.reduce((acc, c) => (c.below && isToday(c.status) ? maxSpan(acc, c.below.bands.find((x) => x.band === b.band)!.municipalities) : acc), ZERO),
  }));
  return {
    municipalities: spanIndicator(now.fresh.municipalities, then.fresh.municipalities, 'count', POPULATION_RULE, inputs, now.unbasedNew),
    people: spanIndicator(now.fresh.people, then.fresh.people, 'inhabitants', POPULATION_RULE, inputs, now.unbasedNew),
    units: spanIndicator(now.fresh.units, then.fresh.units, 'count', POPULATION_RULE, inputs, false),
    belowToday: spanIndicator(now.today, then.today, 'count', POPULATION_RULE, inputs, false),
    bands,
    cards: now.cards,
  };
}

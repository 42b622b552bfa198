import { baselineAllocation, validateAllocation, type Allocation, type AllocationIssue, type Assumption, type BoardLevel } from '../allocation';
import type { Catalog, IndicatorId, LevelKind } from '../catalog/schema';
import { knownBindings, type Bindings } from '../bindings';
import { completeChoices, OPEN_CHOICES, type Choices } from '../choices';
import type { CustomCard } from '../custom-cards';
import { err, ok, type Result } from '../result';
import { summariseArrangements } from './arrangements';
import { isMoved, makePlaced, type Placed } from './context';
import { indexAssumptions, indexCatalog, type Indicator } from './explain';
import { democraticAnchoring, financingChanges, lawChanges } from './governance';
import { bindingQuestion, countHandoffs } from './handoffs';
import { assessPopulationBase } from './population-base';
import { evaluatePositions } from './positions';
import { buildParts } from './parts';
import { summariseResources } from './resources';
import type { HeadlineKey } from '../headlines';
import { yearlyKey, type YEARLY_HEADLINES } from './headline-keys';

export { YEARLY_HEADLINES, yearlyKey } from './headline-keys';

/** A card on another kind of level than today. */
export type Move = { responsibility: string; from: LevelKind; to: BoardLevel };

/** Every indicator group for one allocation, each against "Dagens ordning". */
export type Consequences = {
  moves: Move[];
  money: ReturnType<typeof summariseResources>;
  staff: ReturnType<typeof summariseResources>;
  handoffs: ReturnType<typeof countHandoffs>;
  populationBase: ReturnType<typeof assessPopulationBase>;
  law: ReturnType<typeof lawChanges>;
  financing: ReturnType<typeof financingChanges>;
  democracy: ReturnType<typeof democraticAnchoring>;
  positions: ReturnType<typeof evaluatePositions>;
  criteria: { criterion: string; indicators: IndicatorId[] }[];
  /** Per arrangement (model 4), only when a column names one; the board's figures above stay the total. */
  arrangements: ReturnType<typeof summariseArrangements>;
  /** The answers to the sources' open questions these figures were computed with (open where none was given). */
  choices: Choices;
  /** The catalog pathways marked binding cross-level pathways (Kdf), sorted; none on today's board. */
  bindings: Bindings;
};

/**
 * What a board adds to the catalog. `custom` are its own cards; every one must be placed in
 * the allocation. They count in money, staff and moves only: they are on no pathway, carry no
 * position, and no act, financing regime or population base is known for them.
 */
export type ConsequenceOptions = {
  custom?: readonly CustomCard[];
  /** The board's answers to open questions; a missing one is open. Today's baseline is computed with all open. */
  choices?: Partial<Choices>;
  /** Pathway ids the board marks as binding cross-level pathways; ids the catalog lacks are ignored. Today's baseline has none. */
  bindings?: readonly string[];
};

const baselineCache = new WeakMap<Catalog, Allocation>();

function place(
  allocation: Allocation,
  catalog: Catalog,
  assumptions: ReadonlyMap<string, Assumption>,
  custom: ReadonlyMap<string, CustomCard>,
  choices: Choices = OPEN_CHOICES,
): Result<Placed, AllocationIssue> {
  const checked = validateAllocation(allocation, catalog, [...custom.keys()]);
  return checked.ok ? ok(makePlaced(catalog, indexCatalog(catalog), checked.value, assumptions, custom, choices)) : checked;
}

/** Today's allocation, with each custom card on a level of the kind it was made on. */
function baselineWith(catalog: Catalog, custom: ReadonlyMap<string, CustomCard>): Allocation {
  let baseline = baselineCache.get(catalog);
  if (!baseline) baselineCache.set(catalog, (baseline = baselineAllocation(catalog)));
  if (custom.size === 0) return baseline;
  const levels = [...baseline.levels];
  const placements = [...baseline.placements];
  for (const card of custom.values()) {
    // Baseline level ids equal their kinds, so a custom card's "today" is found by kind.
    if (!levels.some((l) => l.id === card.baselineKind)) levels.push({ id: card.baselineKind, kind: card.baselineKind });
    placements.push({ responsibility: card.id, level: card.baselineKind, order: card.id });
  }
  return { levels, placements };
}

/**
 * Turns an allocation into every consequence the board shows. Pure and deterministic:
 * the same allocation, catalog, assumptions and options give the same result. An allocation
 * that names unknown cards or levels, or leaves a card out, gives the list of problems instead.
 */
export function computeConsequences(
  allocation: Allocation,
  catalog: Catalog,
  assumptions: readonly Assumption[] = [],
  options: ConsequenceOptions = {},
): Result<Consequences, AllocationIssue> {
  const byKey = indexAssumptions(assumptions);
  const custom = new Map((options.custom ?? []).map((c) => [c.id, c] as const));
  const current = place(allocation, catalog, byKey, custom, completeChoices(options.choices));
  if (!current.ok) return current;
  const base = place(baselineWith(catalog, custom), catalog, byKey, custom);
  if (!base.ok) return err(base.errors);
  const ctx = current.value;
  const moves = [...catalog.responsibilities.map((r) => r.id), ...custom.keys()].flatMap((id) => {
    const m = isMoved(ctx, id);
    return m ? [{ responsibility: id, from: m.from, to: m.to }] : [];
  });
  const bindings = knownBindings(options.bindings, catalog);
  const handoffs = countHandoffs(ctx, base.value, new Set(bindings));
  // Money by level and the elected share read the same cost pieces; they are built once.
  const cost = { now: buildParts(ctx, 'cost'), then: buildParts(base.value, 'cost') };
  const law = lawChanges(ctx);
  // A binding pathway moves nothing, so no act is counted; whether it needs a legal basis is listed as open.
  const question = bindingQuestion(handoffs.perPathway);
  const found = {
    moves,
    money: summariseResources(ctx, base.value, 'cost', cost.now, cost.then),
    staff: summariseResources(ctx, base.value, 'staff'),
    handoffs,
    populationBase: assessPopulationBase(ctx, base.value),
    law: question ? { ...law, open: [...law.open, question] } : law,
    financing: financingChanges(ctx),
    democracy: democraticAnchoring(ctx, base.value, cost),
    positions: evaluatePositions(ctx, base.value),
    criteria: catalog.criteria.map((c) => ({ criterion: c.id, indicators: c.indicators })),
  };
  return ok({ ...found, arrangements: summariseArrangements(ctx, base.value, found), choices: ctx.choices, bindings });
}


// A range stays a range in every view that reads these figures: its top end is a figure of its own.
const highEnd = (i: Indicator): Indicator => {
  const value = i.range?.high ?? i.value;
  const baseline = i.range?.baselineHigh ?? i.baseline;
  return { ...i, value, baseline, delta: value - baseline, range: undefined };
};

const perYear = (id: string, list: Indicator[]) => Object.fromEntries(list.map((i) => [yearlyKey(id, i.year), i] as const));

/**
 * The headline figures, keyed for side-by-side comparison and the panel's top row. Money and
 * staff moved come one key per year, present only where something of that year moved.
 */
export function headlineIndicators(c: Consequences): Record<string, Indicator> {
  // Every headline of lib/headlines.ts that is not kept per year has its key here.
  type Headlines = Record<Exclude<HeadlineKey, (typeof YEARLY_HEADLINES)[number]>, Indicator>;
  return {
    ...perYear('moneyMoved', c.money.byYear['between-payers']),
    ...perYear('moneyReorganised', c.money.byYear['within-payer']),
    ...perYear('moneyToShared', c.money.byYear['to-shared']),
    ...perYear('moneyPayerOpen', c.money.byYear['payer-open']),
    ...perYear('staffMoved', c.staff.movedByYear),
    movedWithoutCost: c.money.unsourcedMoved,
    handoffs: c.handoffs.total,
    handoffsUnbound: c.handoffs.unbound,
    municipalitiesTooSmall: c.populationBase.municipalities,
    municipalitiesTooSmallHigh: highEnd(c.populationBase.municipalities),
    peopleInTooSmall: c.populationBase.people,
    peopleInTooSmallHigh: highEnd(c.populationBase.people),
    lawChanges: c.law.count,
    financingChanges: c.financing.count,
    directlyElectedShare: c.democracy.directShare,
    directlyElectedShareHigh: highEnd(c.democracy.directShare),
    positionsMet: c.positions.met,
    positionsContradicted: c.positions.contradicted,
  } satisfies Record<string, Indicator> & Headlines;
}

import type { LevelKind } from '../catalog/schema';
import { cardFigures, isMoved, levelOfCard, type Placed } from './context';
import { indicator, valueOf, type Explanation, type ExplanationInput, type Indicator, type Measure } from './explain';

/** One column's total with today's total for the level of the same id. */
export type LevelAmount = { level: string; kind: LevelKind; value: number; baseline: number; delta: number };

/** Money or staff that changes level: from today's kind to a board level. */
export type Flow = { from: LevelKind; to: string; toKind: LevelKind; value: number; responsibilities: string[] };

/** Money (NOK per year) or staff (årsverk) by level, what moves, and what moves without a figure. */
export type ResourceSummary = {
  byLevel: LevelAmount[];
  moved: Indicator;
  flows: Flow[];
  unsourcedMoved: Indicator;
  explanation: Explanation;
};

type Raw = { byLevel: Map<string, { kind: LevelKind; value: number }>; inputs: ExplanationInput[] };

/**
 * Sums a measure per board level; cards without a figure add nothing and are listed as gaps.
 * The board's own cards count with their author's assumed figures.
 */
export function sumByLevel(ctx: Placed, measure: Measure): Raw {
  const byLevel = new Map(ctx.levels.map((l) => [l.id, { kind: l.kind, value: 0 }]));
  const inputs: ExplanationInput[] = [];
  for (const { label, responsibility, used } of cardFigures(ctx, measure)) {
    const level = levelOfCard(ctx, responsibility);
    const value = valueOf(used);
    const slot = byLevel.get(level.id);
    if (slot && value !== null) slot.value += value;
    inputs.push({ label, responsibility, level: level.id, used });
  }
  return { byLevel, inputs };
}

const CUSTOM_RULE = {
  nb: 'Egne kort teller med tallene den som la dem inn har antatt, og regnes som flyttet når de ligger på en annen type nivå enn der de ble lagt inn.',
  en: 'Board-defined cards count with the figures their author assumed, and count as moved when placed on another kind of level than the one they were added on.',
} as const;

const RULES = {
  cost: {
    nb: `Summen av årlig brutto driftskostnad for kortene på hvert nivå. Kort uten kildebelagt tall teller ikke med og vises som hull. Tall fra ulike år summeres som de er; året står ved hvert tall. ${CUSTOM_RULE.nb}`,
    en: `The sum of yearly gross running cost of the cards on each level. Cards with no sourced figure add nothing and are listed as gaps. Figures from different years are added as they stand; each shows its year. ${CUSTOM_RULE.en}`,
  },
  staff: {
    nb: `Summen av årsverk for kortene på hvert nivå. Årsverk på kort som flyttes skifter arbeidsgiver (virksomhetsoverdragelse). ${CUSTOM_RULE.nb}`,
    en: `The sum of årsverk (FTE) of the cards on each level. Staff on a moved card change employer (transfer of undertaking). ${CUSTOM_RULE.en}`,
  },
} as const;

/** Compares the measure for a board with its baseline and lists the flows between levels. */
export function summariseResources(ctx: Placed, base: Placed, measure: 'cost' | 'staff'): ResourceSummary {
  const now = sumByLevel(ctx, measure);
  const then = sumByLevel(base, measure);
  const ids = new Set([...now.byLevel.keys(), ...then.byLevel.keys()]);
  const byLevel: LevelAmount[] = [...ids].map((id) => {
    const a = now.byLevel.get(id);
    const b = then.byLevel.get(id);
    const value = a?.value ?? 0;
    const baseline = b?.value ?? 0;
    return { level: id, kind: (a ?? b)!.kind, value, baseline, delta: value - baseline };
  });
  const flows = new Map<string, Flow>();
  const movedInputs: ExplanationInput[] = [];
  const gapInputs: ExplanationInput[] = [];
  let movedTotal = 0;
  now.inputs.forEach((input) => {
    const move = input.responsibility ? isMoved(ctx, input.responsibility) : null;
    if (!move || !input.responsibility) return;
    const value = valueOf(input.used);
    if (value === null) {
      gapInputs.push(input);
      return;
    }
    movedInputs.push(input);
    movedTotal += value;
    const key = `${move.from}>${move.to.id}`;
    const flow = flows.get(key) ?? { from: move.from, to: move.to.id, toKind: move.to.kind, value: 0, responsibilities: [] };
    flow.value += value;
    flow.responsibilities.push(input.responsibility);
    flows.set(key, flow);
  });
  const unit = measure === 'cost' ? 'NOK' : 'arsverk';
  const movedRule = {
    nb: `Summen for kortene som ligger på et annet nivå enn i dag. ${RULES[measure].nb}`,
    en: `The sum for the cards placed on another level than today. ${RULES[measure].en}`,
  };
  return {
    byLevel,
    moved: indicator(movedTotal, 0, unit, { rule: movedRule, inputs: movedInputs }),
    flows: [...flows.values()],
    unsourcedMoved: indicator(gapInputs.length, 0, 'count', {
      rule: { nb: 'Flyttede kort uten kildebelagt tall for dette målet.', en: 'Moved cards with no sourced figure for this measure.' },
      inputs: gapInputs,
    }),
    explanation: { rule: RULES[measure], inputs: now.inputs },
  };
}

import { z } from 'zod';
import { positionScopeSchema, type LevelKind, type Position, type PositionScope } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';

/** How a position fares on a board; not-applicable when its scope cannot be read off a placement. */
export const positionStatusSchema = z.enum(['met', 'contradicted', 'not-applicable']);
export type PositionStatus = z.infer<typeof positionStatusSchema>;

/** One stakeholder position evaluated on the board and on the baseline. */
export const positionResultSchema = z.object({
  position: z.string(),
  stakeholder: z.string(),
  responsibility: z.string(),
  scope: positionScopeSchema,
  status: positionStatusSchema,
  baseline: positionStatusSchema,
});
export type PositionResult = z.infer<typeof positionResultSchema>;

/** One actor's positions on the board: `total` counts them all, `met + contradicted` the applicable ones. */
export const actorSummarySchema = z.object({
  stakeholder: z.string(),
  met: z.number().int().nonnegative(),
  contradicted: z.number().int().nonnegative(),
  notApplicable: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
});
export type ActorSummary = z.infer<typeof actorSummarySchema>;

/**
 * The side of care a level kind stands for. In the committee's models 1b and 2 a region or the
 * state runs specialist care, so both count as the specialist side; `delt` is its own side, and so
 * is an insurer, which holds primary and specialist care alike (sketch 3) and is neither public side.
 */
export const CARE_SIDE: Record<LevelKind, 'kommune' | 'specialist' | 'county' | 'delt' | 'insurer'> = {
  kommune: 'kommune',
  interkommunalt: 'kommune',
  spesialisthelsetjenesten: 'specialist',
  region: 'specialist',
  stat: 'specialist',
  fylkeskommune: 'county',
  delt: 'delt',
  'bindende-samarbeid': 'kommune',
  forsikring: 'insurer',
};

// Scopes a placement cannot show (who pays, public or private, a named service form): their
// positions are never met or broken by moving cards, so they can never flip.
const PLACED: ReadonlySet<PositionScope> = new Set(['care-level', 'ownership']);

/**
 * A position's status with its card on a level of `kind`. care-level compares sides, ownership the
 * exact kind; keep-at and move-to are met on one of `levels`, not-at on none of them.
 */
export function evaluatePosition(p: Position, kind: LevelKind): PositionStatus {
  if (!PLACED.has(p.scope)) return 'not-applicable';
  const on = p.scope === 'care-level' ? p.levels.some((l) => CARE_SIDE[l] === CARE_SIDE[kind]) : p.levels.includes(kind);
  return (p.stance === 'not-at' ? !on : on) ? 'met' : 'contradicted';
}

const RULE = {
  nb: 'Hver kildebelagte posisjon gjelder ett kort og ett spørsmål, og hver aktør har ett standpunkt per sak. «Omsorgsnivå»: det som teller, er om kortet ligger på kommunesiden (kommune eller interkommunalt, frivillig eller forpliktende), på spesialistsiden (spesialisthelsetjenesten, en ny region eller staten), i fylkeskommunen, som delt tjeneste eller hos en forsikringsordning, som har både primær- og spesialisthelsetjenester og derfor er en side for seg; at spesialisthelsetjenesten får en ny eier, endrer ikke utfallet. «Eier»: det som teller, er nøyaktig hvilket nivå som har kortet. «Behold på» og «flytt til» er oppfylt når kortet ligger der, «ikke på» når det ikke gjør det. Posisjoner om finansiering, offentlig eller privat drift eller en bestemt tjenesteform kan ikke leses av tavla; de vises for seg og telles ikke.',
  en: 'Each sourced position is about one card and one question, and each actor has one stance per matter. "Care level": what counts is whether the card sits on the kommune side (kommune or inter-municipal, voluntary or binding), on the specialist side (specialist health service, a new region or the state), with the county, as a joint service or with an insurance scheme, which holds primary and specialist care alike and so is a side of its own; a new owner of specialist care does not change the result. "Ownership": what counts is exactly which level holds the card. "Keep at" and "move to" are met when the card sits there, "not at" when it does not. Positions about financing, public or private running or a particular form of service cannot be read off the board; they are shown apart and not counted.',
} as const;

/**
 * Applicable positions met and contradicted, each count against the baseline; every position listed
 * with its scope; and per actor, in catalog order, how many are met, contradicted and not applicable.
 */
export function evaluatePositions(
  ctx: Placed,
  base: Placed,
): { met: Indicator; contradicted: Indicator; results: PositionResult[]; byActor: ActorSummary[] } {
  const results: PositionResult[] = [];
  const inputs: Record<'met' | 'contradicted', ExplanationInput[]> = { met: [], contradicted: [] };
  const baseCount = { met: 0, contradicted: 0 };
  for (const p of ctx.catalog.positions) {
    const status = evaluatePosition(p, levelOfCard(ctx, p.responsibility).kind);
    const baseline = evaluatePosition(p, levelOfCard(base, p.responsibility).kind);
    if (baseline !== 'not-applicable') baseCount[baseline]++;
    results.push({ position: p.id, stakeholder: p.stakeholder, responsibility: p.responsibility, scope: p.scope, status, baseline });
    if (status !== 'not-applicable') inputs[status].push({ label: p.summary.nb, responsibility: p.responsibility, used: { kind: 'cited', source: p.sources[0]! } });
  }
  return {
    met: indicator(inputs.met.length, baseCount.met, 'count', { rule: RULE, inputs: inputs.met }),
    contradicted: indicator(inputs.contradicted.length, baseCount.contradicted, 'count', { rule: RULE, inputs: inputs.contradicted }),
    results,
    byActor: summariseByActor(ctx.catalog.stakeholders.map((s) => s.id), results),
  };
}

/** Per actor, in the given order, the counts of its positions by status; actors with none are left out. */
export function summariseByActor(order: string[], results: PositionResult[]): ActorSummary[] {
  return order
    .map((stakeholder) => {
      const own = results.filter((r) => r.stakeholder === stakeholder);
      const count = (s: PositionStatus) => own.filter((r) => r.status === s).length;
      return { stakeholder, met: count('met'), contradicted: count('contradicted'), notApplicable: count('not-applicable'), total: own.length };
    })
    .filter((a) => a.total > 0);
}

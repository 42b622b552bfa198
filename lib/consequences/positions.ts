import type { Position } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';

export type PositionStatus = 'met' | 'contradicted';

/** One stakeholder position evaluated on the board and on the baseline. */
export type PositionResult = { position: string; stakeholder: string; responsibility: string; status: PositionStatus; baseline: PositionStatus };

/** keep-at and move-to are met on one of their levels; not-at is met on none of them. */
export function evaluatePosition(p: Position, kind: string): PositionStatus {
  const on = (p.levels as string[]).includes(kind);
  return (p.stance === 'not-at' ? !on : on) ? 'met' : 'contradicted';
}

const RULE = {
  nb: 'Hver kildebelagte posisjon sjekkes mot nivået kortet ligger på: «behold på» og «flytt til» er oppfylt når kortet ligger på et av nivåene, «ikke på» når det ligger på ingen av dem.',
  en: 'Each sourced position is checked against the level its card sits on: "keep at" and "move to" are met when the card is on one of the levels, "not at" when it is on none of them.',
} as const;

/** Positions met and contradicted, each count against the baseline, with every position listed. */
export function evaluatePositions(ctx: Placed, base: Placed): { met: Indicator; contradicted: Indicator; results: PositionResult[] } {
  const results: PositionResult[] = [];
  const metInputs: ExplanationInput[] = [];
  const contraInputs: ExplanationInput[] = [];
  let baseMet = 0;
  for (const p of ctx.catalog.positions) {
    const status = evaluatePosition(p, levelOfCard(ctx, p.responsibility).kind);
    const baseline = evaluatePosition(p, levelOfCard(base, p.responsibility).kind);
    if (baseline === 'met') baseMet++;
    results.push({ position: p.id, stakeholder: p.stakeholder, responsibility: p.responsibility, status, baseline });
    const input: ExplanationInput = { label: p.summary.nb, responsibility: p.responsibility, used: { kind: 'cited', source: p.sources[0]! } };
    (status === 'met' ? metInputs : contraInputs).push(input);
  }
  const met = metInputs.length;
  const total = results.length;
  return {
    met: indicator(met, baseMet, 'count', { rule: RULE, inputs: metInputs }),
    contradicted: indicator(total - met, total - baseMet, 'count', { rule: RULE, inputs: contraInputs }),
    results,
  };
}

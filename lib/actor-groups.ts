import { summariseByActor, type ActorSummary, type PositionResult, type PositionStatus } from './consequences/positions';

/** One actor's positions on a board: its counts by status and the positions themselves, contradicted first. */
export type ActorGroup = ActorSummary & { positions: PositionResult[] };

// Broken stances lead, as they are what a group is opened for; those the board cannot judge come last.
const RANK: Record<PositionStatus, number> = { contradicted: 0, met: 1, 'not-applicable': 2 };

/**
 * The evaluated positions grouped by actor, in `order` (the catalog's order of stakeholders), with
 * each result's status as the engine gave it; an actor missing from `order` follows, in order of
 * first appearance, so no position is ever dropped. Within a group the sort is stable.
 */
export function groupPositionsByActor(results: readonly PositionResult[], order: readonly string[]): ActorGroup[] {
  const known = new Set(order);
  const strangers = [...new Set(results.map((r) => r.stakeholder).filter((s) => !known.has(s)))];
  return summariseByActor([...order, ...strangers], [...results]).map((summary) => ({
    ...summary,
    positions: results.filter((r) => r.stakeholder === summary.stakeholder).sort((a, b) => RANK[a.status] - RANK[b.status]),
  }));
}

import type { BoardLevel } from '../allocation';
import { isMoved, type Placed } from './context';
import { countHandoffs } from './handoffs';
import type { ActTouched } from './law';
import type { PositionResult } from './positions';
import type { Flow, MoveKind, ResourceSummary } from './resources';

/** A sum for one year; null is the bucket of board assumptions. Years are never added together. */
export type YearValue = { year: number | null; value: number };

/** A count on a board and on today's board for the same cards. */
export type CountChange = { value: number; baseline: number; delta: number };

/**
 * One arrangement's share of a board's consequences (model 4). `id` is the arrangement as stored
 * on its columns; null gathers the columns that belong to none.
 */
export type ArrangementSummary = {
  id: string | null;
  levels: string[];
  /** Cards placed on the arrangement's columns, catalog cards first, then the board's own. */
  cards: string[];
  moved: string[];
  /** Money that lands on the arrangement's columns by kind of move, one sum per year. */
  money: Record<MoveKind, YearValue[]>;
  /** Årsverk that land on its columns (every move changes employer), one sum per year. */
  staffMoved: YearValue[];
  /** Its moved cards with no sourced figure outside a sector total that moves with them: the sums above are then "at least". */
  withoutFigure: { money: string[]; staff: string[] };
  /** Handoffs whose later step sits on its columns; the baseline counts today's handoffs into the same cards. */
  handoffs: CountChange;
  /** Positions about its cards, met and contradicted, against the same positions today. */
  positions: { met: CountChange; contradicted: CountChange };
  /** Acts touched by its moved cards; the same act may be touched by several arrangements. */
  acts: ActTouched[];
};

/** The consequences an arrangement's figures are taken from, as computeConsequences found them. */
export type BoardFindings = {
  money: ResourceSummary;
  staff: ResourceSummary;
  handoffs: ReturnType<typeof countHandoffs>;
  positions: { results: PositionResult[] };
  law: { changes: ActTouched[] };
};

// Largest first and assumptions last, as the headline figures are ordered.
const byYear = (items: YearValue[]): YearValue[] => {
  const sums = new Map<number | null, number>();
  for (const i of items) sums.set(i.year, (sums.get(i.year) ?? 0) + i.value);
  return [...sums]
    .map(([year, value]) => ({ year, value }))
    .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.value - a.value));
};

const flowsInto = (flows: Flow[], levels: ReadonlySet<string>, kinds: readonly MoveKind[]) =>
  byYear(flows.filter((f) => levels.has(f.to) && kinds.includes(f.kind)).map((f) => ({ year: f.year, value: f.value })));

const gaps = (s: ResourceSummary, cards: ReadonlySet<string>) =>
  s.unsourcedMoved.explanation.inputs.flatMap((i) => (i.responsibility && cards.has(i.responsibility) ? [i.responsibility] : []));

const change = (value: number, baseline: number): CountChange => ({ value, baseline, delta: value - baseline });

/** The board's columns grouped by arrangement, in board order; columns with none form one group, last. */
function groups(levels: readonly BoardLevel[]): { id: string | null; levels: string[] }[] {
  const named = new Map<string, string[]>();
  const none: string[] = [];
  for (const l of levels) {
    if (l.arrangement === undefined) none.push(l.id);
    else named.set(l.arrangement, [...(named.get(l.arrangement) ?? []), l.id]);
  }
  return [...[...named].map(([id, ids]) => ({ id, levels: ids })), ...(none.length > 0 ? [{ id: null, levels: none }] : [])];
}

/**
 * A board's consequences per arrangement, or none when no column names one. Every card, moved
 * piece, handoff and position falls in exactly one arrangement, so their figures add up to the
 * board's (per kind and year); an act counts in each arrangement that touches it, so the board's
 * acts are their union.
 */
export function summariseArrangements(ctx: Placed, base: Placed, found: BoardFindings): ArrangementSummary[] {
  if (!ctx.levels.some((l) => l.arrangement !== undefined)) return [];
  const cardIds = [...ctx.catalog.responsibilities.map((r) => r.id), ...ctx.custom.keys()];
  // Today's handoffs are attributed by the card they lead into, so a group's baseline covers the same steps.
  const today = countHandoffs(base, base).perPathway.flatMap((p) => p.transitions);
  const now = found.handoffs.perPathway.flatMap((p) => p.transitions);
  // Every kind of move the money summary knows, so a kind added there is split here too.
  const kinds = Object.keys(found.money.byYear) as MoveKind[];
  return groups(ctx.levels).map(({ id, levels }) => {
    const on = new Set(levels);
    const cards = cardIds.filter((c) => on.has(ctx.levelOf.get(c)?.id ?? ''));
    const mine = new Set(cards);
    const positions = found.positions.results.filter((r) => mine.has(r.responsibility));
    const count = (list: PositionResult[], status: 'met' | 'contradicted', key: 'status' | 'baseline') => list.filter((r) => r[key] === status).length;
    return {
      id,
      levels,
      cards,
      moved: cards.filter((c) => isMoved(ctx, c) !== null),
      money: Object.fromEntries(kinds.map((k) => [k, flowsInto(found.money.flows, on, [k])])) as Record<MoveKind, YearValue[]>,
      staffMoved: flowsInto(found.staff.flows, on, kinds),
      withoutFigure: { money: gaps(found.money, mine), staff: gaps(found.staff, mine) },
      handoffs: change(now.filter((t) => on.has(t.toLevel)).length, today.filter((t) => mine.has(t.toCard)).length),
      positions: {
        met: change(count(positions, 'met', 'status'), count(positions, 'met', 'baseline')),
        contradicted: change(count(positions, 'contradicted', 'status'), count(positions, 'contradicted', 'baseline')),
      },
      acts: found.law.changes.flatMap((a) => {
        const touched = a.responsibilities.filter((r) => mine.has(r));
        return touched.length > 0 ? [{ ...a, responsibilities: touched }] : [];
      }),
    };
  });
}

/** The number of distinct acts an arrangement touches. */
export const actCount = (a: Pick<ArrangementSummary, 'acts'>) => new Set(a.acts.map((x) => x.law)).size;

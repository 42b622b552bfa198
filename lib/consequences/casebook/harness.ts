import { allocationFromTemplate, baselineAllocation, type Allocation, type Assumption } from '../../allocation';
import { catalog } from '../../catalog';
import type { LevelKind } from '../../catalog/schema';
import { templateBindings } from '../../bindings';
import type { Choices } from '../../choices';
import { computeConsequences, type Consequences } from '../engine';

/**
 * One case of the analyst's casebook: a board computed by hand. `why` gives the reasoning and
 * the sources (seed lines or URLs) the expected figures rest on, so a reader can redo the sum.
 */
export type Case = {
  name: string;
  /** A template id, or a list of moves off today's board (levels added as needed). */
  board: { template: string } | { moves: Record<string, LevelKind> } | { template: string; moves: Record<string, LevelKind> };
  assumptions?: Assumption[];
  /** The board's answers to the sources' open questions; those left out are open, as on a new board. */
  choices?: Partial<Choices>;
  /** Pathways marked binding; absent: the template's own (none without a template), as on a new board. */
  bindings?: string[];
  why: string;
  check: (c: Consequences) => void;
};

/** The cards the specialist service holds today, in catalog order: what the committee's models move as one. */
export const SPECIALIST_TODAY = catalog.responsibilities.filter((r) => r.baselineLevel === 'spesialisthelsetjenesten').map((r) => r.id);

/** The allocation a case describes: a template's, then the case's own moves on top. */
export function caseAllocation(board: Case['board']): Allocation {
  const template = 'template' in board ? catalog.templates.find((t) => t.id === board.template) : undefined;
  if ('template' in board && !template) throw new Error(`unknown template ${board.template}`);
  const a = template ? allocationFromTemplate(template, catalog) : baselineAllocation(catalog);
  const moves = 'moves' in board ? board.moves : {};
  for (const kind of Object.values(moves)) if (!a.levels.some((l) => l.kind === kind)) a.levels.push({ id: kind, kind });
  const levelOfKind = (kind: LevelKind) => a.levels.find((l) => l.kind === kind)!.id;
  a.placements = a.placements.map((p) => (moves[p.responsibility] ? { ...p, level: levelOfKind(moves[p.responsibility]!) } : p));
  return a;
}

/** Computes a case's board; a case whose board does not fit the catalog is a broken case. */
export function computeCase(c: Pick<Case, 'board' | 'assumptions' | 'choices' | 'bindings'>): Consequences {
  const template = 'template' in c.board ? catalog.templates.find((t) => t.id === (c.board as { template: string }).template) : undefined;
  const bindings = c.bindings ?? (template ? templateBindings(template) : []);
  const r = computeConsequences(caseAllocation(c.board), catalog, c.assumptions ?? [], { choices: c.choices, bindings });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

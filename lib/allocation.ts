import * as z from 'zod/mini';
import type { BoardCatalog } from './catalog/board';
import { levelKindSchema, type LevelKind } from './catalog/level-kind';
import type { Catalog, Template } from './catalog/schema';
import { err, ok, type Result } from './result';

const id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,47}$/, 'lowercase id'));

/**
 * The arrangement a column belongs to (model 4): columns with the same value are computed together.
 * Free text from an editor, or the id of a template's arrangement, which is shown by its name.
 */
export const arrangementSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));

/** A column on a board: its own id, the kind of level it is, an optional display name and arrangement. */
export const boardLevelSchema = z.object({ id, kind: levelKindSchema, name: z.optional(z.string().check(z.minLength(1), z.maxLength(80))), arrangement: z.optional(arrangementSchema) });
export type BoardLevel = z.infer<typeof boardLevelSchema>;

/** Where one card sits. `order` is a fractional index within the column and never affects indicators. */
export const placementSchema = z.object({ responsibility: id, level: id, order: z._default(z.string().check(z.maxLength(64)), 'a0') });
export type Placement = z.infer<typeof placementSchema>;

/** A board's allocation: its columns and a placement for every card. */
export const allocationSchema = z.object({
  levels: z.array(boardLevelSchema).check(z.minLength(1), z.maxLength(20)),
  placements: z.array(placementSchema).check(z.maxLength(500)),
});
export type Allocation = z.infer<typeof allocationSchema>;

/** A board-level figure entered for a missing or disputed catalog figure, with its author. */
export const assumptionSchema = z.object({
  responsibility: id,
  measure: z.enum(['cost', 'staff', 'populationBase']),
  // The same ceiling as a custom card's cost: no measure here is realistically larger, and sums stay finite.
  value: z.number().check(z.nonnegative(), z.maximum(1e12)),
  author: z.string().check(z.minLength(1), z.maxLength(120)),
  note: z._default(z.string().check(z.maxLength(1000)), ''),
});
export type Assumption = z.infer<typeof assumptionSchema>;

export type AllocationIssue =
  | { kind: 'unknown-responsibility'; responsibility: string; index: number }
  | { kind: 'unknown-level'; responsibility: string; level: string; index: number }
  | { kind: 'duplicate-placement'; responsibility: string; index: number }
  | { kind: 'missing-responsibility'; responsibility: string }
  | { kind: 'duplicate-level'; level: string };

/** A checked allocation: every catalog card mapped to exactly one board level. */
export type PlacedAllocation = { levels: BoardLevel[]; levelOf: Map<string, BoardLevel> };

/**
 * Checks that every card is placed once on a level the board has; reports every problem found.
 * `extra` names board-defined cards that must be placed too, besides the catalog's.
 */
export function validateAllocation(allocation: Allocation, catalog: Catalog, extra: readonly string[] = []): Result<PlacedAllocation, AllocationIssue> {
  const issues: AllocationIssue[] = [];
  const levels = new Map<string, BoardLevel>();
  for (const level of allocation.levels) {
    if (levels.has(level.id)) issues.push({ kind: 'duplicate-level', level: level.id });
    levels.set(level.id, level);
  }
  const known = new Set([...catalog.responsibilities.map((r) => r.id), ...extra]);
  const levelOf = new Map<string, BoardLevel>();
  allocation.placements.forEach((p, index) => {
    const level = levels.get(p.level);
    if (!known.has(p.responsibility)) issues.push({ kind: 'unknown-responsibility', responsibility: p.responsibility, index });
    else if (!level) issues.push({ kind: 'unknown-level', responsibility: p.responsibility, level: p.level, index });
    else if (levelOf.has(p.responsibility)) issues.push({ kind: 'duplicate-placement', responsibility: p.responsibility, index });
    else levelOf.set(p.responsibility, level);
  });
  const named = new Set(allocation.placements.map((p) => p.responsibility));
  for (const id of known) {
    if (!named.has(id)) issues.push({ kind: 'missing-responsibility', responsibility: id });
  }
  return issues.length > 0 ? err(issues) : ok({ levels: allocation.levels, levelOf });
}

const orderKey = (i: number) => `a${i.toString(36).padStart(3, '0')}`;

/**
 * A template's columns: one per kind (id = kind), each given the first arrangement that lists its
 * kind; a kind a later arrangement lists again gets a column of its own, `<kind>-<arrangement>`.
 */
function templateLevels(template: Template): BoardLevel[] {
  const levels: BoardLevel[] = template.levels.map((kind) => ({ id: kind, kind }));
  for (const a of template.arrangements ?? []) {
    for (const kind of a.levels) {
      const free = levels.find((l) => l.kind === kind && l.arrangement === undefined);
      if (free) free.arrangement = a.id;
      else levels.push({ id: `${kind}-${a.id}`, kind, arrangement: a.id });
    }
  }
  return levels;
}

/** The allocation a template describes: its levels, every card at baseline unless the template moves it. */
export function allocationFromTemplate(template: Template, catalog: Catalog): Allocation {
  const levels = templateLevels(template);
  const target = (m: Template['moves'][number]) => levels.find((l) => l.kind === m.to && (!m.arrangement || l.arrangement === m.arrangement))?.id ?? m.to;
  const moved = new Map(template.moves.map((m) => [m.responsibility, target(m)]));
  const placements = catalog.responsibilities.map((r, i): Placement => ({
    responsibility: r.id,
    level: moved.get(r.id) ?? r.baselineLevel,
    order: orderKey(i),
  }));
  return { levels, placements };
}

/** Today's allocation ("Dagens ordning"): the three default levels, every card where it is today. */
export function baselineAllocation(catalog: Pick<BoardCatalog, 'responsibilities'>): Allocation {
  const kinds: LevelKind[] = ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'];
  return {
    levels: kinds.map((kind) => ({ id: kind, kind })),
    placements: catalog.responsibilities.map((r, i) => ({ responsibility: r.id, level: r.baselineLevel, order: orderKey(i) })),
  };
}

import { z } from 'zod';
import { boardLevelSchema, type Allocation, type AllocationIssue } from './allocation';
import type { Catalog } from './catalog/schema';
import type { Choices } from './choices';
import { compareContents, comparisonSchema } from './compare';
import { computeConsequences, headlineIndicators } from './consequences/engine';
import { customCardSchema, type CustomCard } from './custom-cards';
import { headlineSchema, newProposalSchema } from './proposals';
import { BOARD_ID_PATTERN } from './protocol';
import { err, ok, type Result } from './result';
import { roleSchema } from './roles';

/**
 * Breakout groups: a facilitator splits a board into groups, each drafting on its own copy
 * of the board, and later compares the groups' boards with the main board and each other.
 * Each split is a round; only one level deep, so a group's board is never split again.
 */

/** How many groups one split makes: at least two to compare, at most what a room of people fills. */
export const MIN_GROUPS = 2;
export const MAX_GROUPS = 8;
/** Rounds per main board; bounds the boards one main board can create to MAX_ROUNDS × MAX_GROUPS. */
export const MAX_ROUNDS = 20;
/** A group name's length; a group board's title is the main board's title, a dash and this name. */
export const MAX_GROUP_NAME = 60;

const boardIdSchema = z.string().regex(new RegExp(`^${BOARD_ID_PATTERN}$`), 'board id');

/** What a split request carries: the number of groups and, optionally, their names in order (a blank one takes the default). */
export const splitRequestSchema = z
  .object({
    groups: z.number().int().min(MIN_GROUPS).max(MAX_GROUPS),
    names: z.array(z.string().trim().max(MAX_GROUP_NAME)).max(MAX_GROUPS).optional(),
  })
  .strict()
  .refine((r) => (r.names?.length ?? 0) <= r.groups, { path: ['names'], message: 'at most one name per group' });
export type SplitRequest = z.infer<typeof splitRequestSchema>;

/** What adopting a group's board as a proposal carries; the name defaults to the group's. */
export const adoptRequestSchema = z.object({ name: newProposalSchema.shape.name.optional(), note: newProposalSchema.shape.note }).strict();
export type AdoptRequest = z.infer<typeof adoptRequestSchema>;

/** A group's default name, numbered from 1. Board titles are data, so it is in Bokmål whatever the page language. */
export const defaultGroupName = (group: number): string => `Gruppe ${group}`;

/** The names a split gives its groups: the given one where it is not blank, else the default. */
export function groupNames(request: SplitRequest): string[] {
  return Array.from({ length: request.groups }, (_, i) => request.names?.[i]?.trim() || defaultGroupName(i + 1));
}

/** A group board's title: "<main title> – <group name>", so a group that opens its link sees where it belongs. */
export const groupBoardTitle = (mainTitle: string, name: string): string => `${mainTitle} – ${name}`;

/** One stored group: which main board it was split from, in which round, its number and name, and when. */
export const breakoutRecordSchema = z.object({
  parentId: boardIdSchema,
  childId: boardIdSchema,
  round: z.number().int().min(1).max(MAX_ROUNDS),
  group: z.number().int().min(1).max(MAX_GROUPS),
  name: z.string().min(1).max(MAX_GROUP_NAME),
  createdAt: z.string(),
});
export type BreakoutRecord = z.infer<typeof breakoutRecordSchema>;

/** A group as the API shows it; `links` (the group board's four role links) only to the main board's facilitators. */
export const breakoutGroupSchema = z.object({
  boardId: boardIdSchema,
  round: z.number().int().positive(),
  group: z.number().int().positive(),
  name: z.string(),
  createdAt: z.string(),
  links: z.record(roleSchema, z.string()).optional(),
});
export type BreakoutGroup = z.infer<typeof breakoutGroupSchema>;

/** The group as the API shows it, with or without its links. */
export const toGroup = (r: BreakoutRecord, links?: BreakoutGroup['links']): BreakoutGroup => ({
  boardId: r.childId,
  round: r.round,
  group: r.group,
  name: r.name,
  createdAt: r.createdAt,
  ...(links ? { links } : {}),
});

/** What a split answers: the new round and its groups, each with its links. */
export const splitAnswerSchema = z.object({ round: z.number().int().positive(), groups: z.array(breakoutGroupSchema) });
export type SplitAnswer = z.infer<typeof splitAnswerSchema>;

/**
 * What listing a board's groups answers: the newest round's groups (none before the first
 * split) and, when this board is itself a group, which one (`groupOf`, null otherwise).
 */
export const breakoutListSchema = z.object({
  round: z.number().int().positive().nullable(),
  groups: z.array(breakoutGroupSchema),
  groupOf: z.object({ round: z.number().int().positive(), group: z.number().int().positive(), name: z.string() }).nullable(),
});
export type BreakoutList = z.infer<typeof breakoutListSchema>;

/** One board of a breakout comparison as read live: its id, name, columns and own cards. */
export const breakoutBoardSchema = z.object({ boardId: boardIdSchema, name: z.string(), levels: z.array(boardLevelSchema), custom: z.array(customCardSchema) });

/** A group against the main board: the main board is side a, the group side b, so deltas are the group's minus the main board's. */
export const groupComparisonSchema = breakoutBoardSchema.extend({ group: z.number().int().positive(), comparison: comparisonSchema });
export type GroupComparison = z.infer<typeof groupComparisonSchema>;

/** A card the groups placed differently: its column on the main board, and on each group's board by group board id. */
export const cardSpreadSchema = z.object({ responsibility: z.string(), main: z.string().nullable(), levels: z.record(z.string(), z.string()) });
export type CardSpread = z.infer<typeof cardSpreadSchema>;

/** What comparing the groups answers: the main board with its headline figures, each group against it, and the cards on which the groups differ. */
export const breakoutComparisonSchema = z.object({
  round: z.number().int().positive().nullable(),
  main: breakoutBoardSchema.extend({ headline: headlineSchema }),
  groups: z.array(groupComparisonSchema),
  differences: z.array(cardSpreadSchema),
});
export type BreakoutComparison = z.infer<typeof breakoutComparisonSchema>;

/** One board's live state as a comparison reads it. */
export type BreakoutBoard = { boardId: string; name: string; allocation: Allocation; custom: CustomCard[]; choices?: Choices; bindings?: string[] };

/** Why a comparison could not be computed: the board that does not fit the catalog, and what the engine found. */
export type BreakoutCompareIssue = { boardId: string; issue: AllocationIssue };

/**
 * Compares each group's board with the main board (the group minus the main board) and lists
 * the cards the groups placed differently. Moves count against the main board as it is now,
 * not as it was at the split: what a group adopted is then judged against what it would replace.
 */
export function compareBreakouts(
  main: BreakoutBoard,
  groups: readonly (BreakoutBoard & { group: number })[],
  catalog: Catalog,
): Result<Omit<BreakoutComparison, 'round'>, BreakoutCompareIssue> {
  const mainContent = { allocation: main.allocation, custom: main.custom, assumptions: [], choices: main.choices, bindings: main.bindings };
  const computed = computeConsequences(main.allocation, catalog, [], { custom: main.custom, choices: main.choices, bindings: main.bindings });
  if (!computed.ok) return err(computed.errors.map((issue) => ({ boardId: main.boardId, issue })));
  const headline = Object.fromEntries(Object.entries(headlineIndicators(computed.value)).map(([id, i]) => [id, i.value]));
  const issues: BreakoutCompareIssue[] = [];
  const compared: GroupComparison[] = [];
  for (const g of groups) {
    const c = compareContents(mainContent, { allocation: g.allocation, custom: g.custom, assumptions: [], choices: g.choices, bindings: g.bindings }, catalog);
    if (!c.ok) issues.push(...c.errors.map((e) => ({ boardId: e.side === 'a' ? main.boardId : g.boardId, issue: e.issue })));
    else compared.push({ boardId: g.boardId, name: g.name, group: g.group, levels: g.allocation.levels, custom: g.custom, comparison: c.value });
  }
  if (issues.length > 0) return err(issues);
  return ok({
    main: { boardId: main.boardId, name: main.name, levels: main.allocation.levels, custom: main.custom, headline },
    groups: compared,
    differences: groupDifferences(main, groups, catalog),
  });
}

/**
 * The cards every group holds but not all on the same column (by column id: the groups' boards
 * are copies, so a column keeps its id in each). Catalog cards in catalog order, then shared own cards by id.
 */
export function groupDifferences(main: BreakoutBoard, groups: readonly BreakoutBoard[], catalog: Catalog): CardSpread[] {
  if (groups.length < 2) return [];
  const levelOf = (b: BreakoutBoard) => new Map(b.allocation.placements.map((p) => [p.responsibility, p.level]));
  const mainLevels = levelOf(main);
  const placed = groups.map((g) => ({ boardId: g.boardId, levels: levelOf(g) }));
  const ownIds = [...new Set(groups.flatMap((g) => g.custom.map((c) => c.id)))].sort();
  const cards = [...catalog.responsibilities.map((r) => r.id), ...ownIds].filter((id) => placed.every((g) => g.levels.has(id)));
  return cards
    .filter((id) => new Set(placed.map((g) => g.levels.get(id))).size > 1)
    .map((id) => ({ responsibility: id, main: mainLevels.get(id) ?? null, levels: Object.fromEntries(placed.map((g) => [g.boardId, g.levels.get(id)!])) }));
}

import { z } from 'zod';
import { baselineAllocation, boardLevelSchema, type AllocationIssue } from './allocation';
import type { Catalog } from './catalog/schema';
import { allocationDiffSchema, diffConsequences, type DiffSide } from './consequences/diff';
import { computeConsequences } from './consequences/engine';
import { bindingsSchema } from './bindings';
import { choicesSchema } from './choices';
import { customCardSchema } from './custom-cards';
import type { ProposalContent } from './proposals';
import { err, ok, type Result } from './result';

/**
 * Side-by-side comparison of two board states (stored proposals, the live board, or today's
 * allocation). Each side is computed with its own custom cards and assumptions, so a proposal
 * that added a card compares fairly with one that did not.
 */

/** What a comparison needs of a side: everything the consequence engine takes (choices absent = all open). */
export type ComparableContent = Pick<ProposalContent, 'allocation' | 'custom' | 'assumptions' | 'choices' | 'bindings'>;

/** The comparison of a with b: moves, custom cards only b holds (`added`) or only a holds (`removed`), indicator deltas (b − a), flipped positions. */
export const comparisonSchema = allocationDiffSchema.extend({ added: z.array(z.string()), removed: z.array(z.string()) });
export type Comparison = z.infer<typeof comparisonSchema>;

/** One side as the compare endpoint names it: which state it is, its columns, and its own cards (for their names). */
export const comparedSideSchema = z.object({
  kind: z.enum(['proposal', 'live', 'baseline']),
  id: z.string().nullable(),
  name: z.string(),
  createdAt: z.string().nullable(),
  levels: z.array(boardLevelSchema),
  custom: z.array(customCardSchema),
  /** The side's answers to the sources' open questions; absent (an older server or proposal) means all open. */
  choices: z.optional(choicesSchema),
  /** The side's binding cross-level pathways; absent means none. */
  bindings: z.optional(bindingsSchema),
});
export type ComparedSide = z.infer<typeof comparedSideSchema>;

/** The compare endpoint's answer: both sides, their comparison, and a path that opens it read-only. */
export const compareAnswerSchema = comparisonSchema.extend({ a: comparedSideSchema, b: comparedSideSchema, share: z.string() });
export type CompareAnswer = z.infer<typeof compareAnswerSchema>;

/** Why a side could not be computed: which side, and what the engine found wrong with it. */
export type CompareIssue = { side: 'a' | 'b'; issue: AllocationIssue };

/** Today's allocation as a comparison side: no custom cards, no assumptions. */
export const baselineContent = (catalog: Catalog): ComparableContent => ({ allocation: baselineAllocation(catalog), custom: [], assumptions: [] });

/** Compares content a with b (b minus a); a side that does not fit the catalog gives its issues instead. */
export function compareContents(a: ComparableContent, b: ComparableContent, catalog: Catalog): Result<Comparison, CompareIssue> {
  const sideA = computeSide(a, catalog);
  const sideB = computeSide(b, catalog);
  if (!sideA.ok || !sideB.ok) {
    return err([
      ...(sideA.ok ? [] : sideA.errors.map((issue) => ({ side: 'a' as const, issue }))),
      ...(sideB.ok ? [] : sideB.errors.map((issue) => ({ side: 'b' as const, issue }))),
    ]);
  }
  const idsA = new Set(a.custom.map((c) => c.id));
  const idsB = new Set(b.custom.map((c) => c.id));
  return ok({
    ...diffConsequences(sideA.value, sideB.value, catalog),
    added: b.custom.filter((c) => !idsA.has(c.id)).map((c) => c.id),
    removed: a.custom.filter((c) => !idsB.has(c.id)).map((c) => c.id),
  });
}

function computeSide(content: ComparableContent, catalog: Catalog): Result<DiffSide, AllocationIssue> {
  const c = computeConsequences(content.allocation, catalog, content.assumptions, { custom: content.custom, choices: content.choices, bindings: content.bindings });
  return c.ok ? ok({ allocation: content.allocation, consequences: c.value, custom: content.custom }) : c;
}

import { z } from 'zod';
import type { Allocation, AllocationIssue, Assumption } from '../allocation';
import type { Catalog } from '../catalog/schema';
import type { CustomCard } from '../custom-cards';
import { err, ok, type Result } from '../result';
import { computeConsequences, headlineIndicators, type ConsequenceOptions, type Consequences } from './engine';

/** A card whose level differs between two allocations. */
export const movedCardSchema = z.object({ responsibility: z.string(), from: z.string(), to: z.string(), fromKind: z.string(), toKind: z.string() });
export type MovedCard = z.infer<typeof movedCardSchema>;

/** The difference between two allocations: cards that moved and every headline indicator on both sides. */
export const allocationDiffSchema = z.object({
  moved: z.array(movedCardSchema),
  indicators: z.array(z.object({ id: z.string(), a: z.number(), b: z.number(), delta: z.number() })),
  positionsFlipped: z.array(z.object({ position: z.string(), a: z.string(), b: z.string() })),
});
export type AllocationDiff = z.infer<typeof allocationDiffSchema>;

/** One computed side of a comparison: an allocation, its consequences, and the board's own cards it was computed with. */
export type DiffSide = { allocation: Allocation; consequences: Consequences; custom: readonly CustomCard[] };

/**
 * Compares two computed sides (b minus a); each may hold its own custom cards. A card counts
 * as moved when both sides hold it and its level id differs; cards only one side holds are not moves.
 */
export function diffConsequences(a: DiffSide, b: DiffSide, catalog: Catalog): AllocationDiff {
  const levelA = new Map(a.allocation.placements.map((p) => [p.responsibility, p.level]));
  const levelB = new Map(b.allocation.placements.map((p) => [p.responsibility, p.level]));
  const kindA = new Map(a.allocation.levels.map((l) => [l.id, l.kind]));
  const kindB = new Map(b.allocation.levels.map((l) => [l.id, l.kind]));
  const customB = new Set(b.custom.map((c) => c.id));
  const shared = [...catalog.responsibilities.map((r) => r.id), ...a.custom.map((c) => c.id).filter((id) => customB.has(id))];
  const moved: MovedCard[] = [];
  for (const id of shared) {
    const from = levelA.get(id)!;
    const to = levelB.get(id)!;
    if (from !== to) moved.push({ responsibility: id, from, to, fromKind: kindA.get(from)!, toKind: kindB.get(to)! });
  }
  const ha = headlineIndicators(a.consequences);
  const hb = headlineIndicators(b.consequences);
  // Yearly figures exist only where something of that year moved, so a side without one has 0 of it.
  const ids = inEngineOrder(Object.keys(ha), Object.keys(hb));
  const indicators = ids.map((id) => {
    const va = ha[id]?.value ?? 0;
    const vb = hb[id]?.value ?? 0;
    return { id, a: va, b: vb, delta: vb - va };
  });
  const statusB = new Map(b.consequences.positions.results.map((r) => [r.position, r.status]));
  const positionsFlipped = a.consequences.positions.results
    .filter((r) => statusB.get(r.position) !== r.status)
    .map((r) => ({ position: r.position, a: r.status, b: statusB.get(r.position)! }));
  return { moved, indicators, positionsFlipped };
}

/** Compares allocation a with b (b minus a). Both must be valid for the catalog and the same options. */
export function diffAllocations(
  a: Allocation,
  b: Allocation,
  catalog: Catalog,
  assumptions: readonly Assumption[] = [],
  options: ConsequenceOptions = {},
): Result<AllocationDiff, AllocationIssue> {
  const ca = computeConsequences(a, catalog, assumptions, options);
  const cb = computeConsequences(b, catalog, assumptions, options);
  if (!ca.ok || !cb.ok) return err([...(ca.ok ? [] : ca.errors), ...(cb.ok ? [] : cb.errors)]);
  const custom = options.custom ?? [];
  return ok(diffConsequences({ allocation: a, consequences: ca.value, custom }, { allocation: b, consequences: cb.value, custom }, catalog));
}

/**
 * The keys of both sides, each once, in the order the engine lists them: both sides list their
 * keys in that order and differ only in the yearly figures one of them lacks, so a key only b has
 * goes in before the next key both have. Appending b's extra keys after a's instead would put the
 * money moved, the first headline, at the bottom of the table whenever only b moves money.
 */
export function inEngineOrder(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const out: string[] = [];
  let i = 0;
  for (const key of b) {
    if (!inA.has(key)) {
      out.push(key);
      continue;
    }
    while (i < a.length) {
      const k = a[i++]!;
      out.push(k);
      if (k === key) break;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  return out;
}

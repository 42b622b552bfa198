import type { Allocation, AllocationIssue, Assumption } from '../allocation';
import type { Catalog } from '../catalog/schema';
import { err, ok, type Result } from '../result';
import { computeConsequences, headlineIndicators, type ConsequenceOptions } from './engine';

/** A card whose level differs between two allocations. */
export type MovedCard = { responsibility: string; from: string; to: string; fromKind: string; toKind: string };

/** The difference between two allocations: cards that moved and every headline indicator on both sides. */
export type AllocationDiff = {
  moved: MovedCard[];
  indicators: { id: string; a: number; b: number; delta: number }[];
  positionsFlipped: { position: string; a: string; b: string }[];
};

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
  const levelA = new Map(a.placements.map((p) => [p.responsibility, p.level]));
  const kindA = new Map(a.levels.map((l) => [l.id, l.kind]));
  const kindB = new Map(b.levels.map((l) => [l.id, l.kind]));
  const moved: MovedCard[] = [];
  const levelB = new Map(b.placements.map((p) => [p.responsibility, p.level]));
  for (const id of [...catalog.responsibilities.map((r) => r.id), ...(options.custom ?? []).map((c) => c.id)]) {
    const from = levelA.get(id)!;
    const to = levelB.get(id)!;
    if (from !== to) moved.push({ responsibility: id, from, to, fromKind: kindA.get(from)!, toKind: kindB.get(to)! });
  }
  const ha = headlineIndicators(ca.value);
  const hb = headlineIndicators(cb.value);
  const indicators = Object.keys(ha).map((id) => ({ id, a: ha[id]!.value, b: hb[id]!.value, delta: hb[id]!.value - ha[id]!.value }));
  const statusB = new Map(cb.value.positions.results.map((r) => [r.position, r.status]));
  const positionsFlipped = ca.value.positions.results
    .filter((r) => statusB.get(r.position) !== r.status)
    .map((r) => ({ position: r.position, a: r.status, b: statusB.get(r.position)! }));
  return ok({ moved, indicators, positionsFlipped });
}

import type { Anchoring } from '../catalog/schema';
import { cardFigures, levelOfCard, type Placed } from './context';
import { indicator, valueOf, type ExplanationInput, type Indicator } from './explain';

// Law and financing live in their own modules; they are re-exported so the engine keeps one import.
export { lawChanges, type ActTouched, type OpenQuestion } from './law';
export { financingChanges, type FinancingChange } from './financing';

export type AnchoringShare = { anchoring: Anchoring; value: number; share: number };

function anchoringShares(ctx: Placed): { shares: AnchoringShare[]; direct: number; inputs: ExplanationInput[] } {
  const totals = new Map<Anchoring, number>();
  const inputs: ExplanationInput[] = [];
  let sum = 0;
  // A board's own cards hold money like any other, so their assumed cost counts here as in money by level.
  for (const { label, responsibility, used } of cardFigures(ctx, 'cost')) {
    const value = valueOf(used);
    if (value === null) continue;
    const level = levelOfCard(ctx, responsibility);
    const anchoring = ctx.index.level.get(level.kind)?.anchoring ?? 'state';
    totals.set(anchoring, (totals.get(anchoring) ?? 0) + value);
    sum += value;
    inputs.push({ label, responsibility, level: level.id, used });
  }
  const shares = [...totals].map(([anchoring, value]) => ({ anchoring, value, share: sum > 0 ? (100 * value) / sum : 0 }));
  return { shares, direct: shares.find((s) => s.anchoring === 'direct')?.share ?? 0, inputs };
}

/** Share of sourced money under directly elected bodies, against the baseline, with the full split. */
export function democraticAnchoring(ctx: Placed, base: Placed): { directShare: Indicator; shares: AnchoringShare[] } {
  const now = anchoringShares(ctx);
  const then = anchoringShares(base);
  const rule = {
    nb: 'Andel av de kildebelagte kostnadene som ligger hos direkte valgte organer (kommunestyre, fylkesting, valgt region), mot oppnevnte styrer, staten, indirekte valgte og delte ordninger.',
    en: 'Share of sourced cost held by directly elected bodies (municipal, county or regional councils), against appointed boards, the state, indirectly elected and joint arrangements.',
  };
  return { directShare: indicator(now.direct, then.direct, 'percent', { rule, inputs: now.inputs }), shares: now.shares };
}

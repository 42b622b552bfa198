import type { Anchoring, LevelKind } from '../catalog/schema';
import { cardFigures, isMoved, levelOfCard, type Placed } from './context';
import { indicator, valueOf, type ExplanationInput, type Indicator } from './explain';

/** An act that must change because cards move onto a level it does not govern. */
export type LawChange = { law: string; responsibilities: string[] };

/** A moved card whose new level is financed on another basis (block grant vs activity). */
export type FinancingChange = { responsibility: string; from: LevelKind; to: string; fromBasis: string; toBasis: string };

/**
 * Acts to amend: a moved card's own act (its duty leaves the old holder) and the new level's
 * main act, unless the card's act already governs the new level (kommune -> interkommunalt).
 * A board's own cards have no known act, so only catalog cards are counted.
 */
export function lawChanges(ctx: Placed): { changes: LawChange[]; count: Indicator } {
  const byLaw = new Map<string, Set<string>>();
  const inputs: ExplanationInput[] = [];
  for (const card of ctx.catalog.responsibilities) {
    const move = isMoved(ctx, card.id);
    if (!move) continue;
    const target = ctx.index.level.get(move.to.kind);
    if (!target || target.laws.includes(card.law)) continue;
    for (const law of new Set([card.law, target.laws[0]!])) {
      byLaw.set(law, (byLaw.get(law) ?? new Set()).add(card.id));
      const source = ctx.catalog.laws.find((l) => l.id === law)?.source;
      if (source) inputs.push({ label: `${card.name.nb}: ${law}`, responsibility: card.id, used: { kind: 'cited', source } });
    }
  }
  const changes = [...byLaw].map(([law, set]) => ({ law, responsibilities: [...set] }));
  const rule = {
    nb: 'Et flyttet kort krever endring i loven som i dag gir plikten, og i hovedloven for nivået det flyttes til, med mindre den loven allerede gjelder der. Egne kort har ingen kjent lov og telles ikke.',
    en: 'A moved card needs its current act amended and the main act of its new level amended, unless its act already governs that level. Board-defined cards have no known act and are not counted.',
  };
  return { changes, count: indicator(changes.length, 0, 'count', { rule, inputs }) };
}

/**
 * Moves that cross between block-financed and activity-financed levels ("resources follow tasks").
 * A board's own cards have no known financing, so only catalog cards are counted.
 */
export function financingChanges(ctx: Placed): { changes: FinancingChange[]; count: Indicator } {
  const changes: FinancingChange[] = [];
  const inputs: ExplanationInput[] = [];
  for (const card of ctx.catalog.responsibilities) {
    const move = isMoved(ctx, card.id);
    if (!move) continue;
    const fromBasis = ctx.index.basisOf.get(ctx.index.level.get(move.from)?.financing ?? '') ?? 'ramme';
    const toFinancing = ctx.index.level.get(move.to.kind)?.financing ?? '';
    const toBasis = ctx.index.basisOf.get(toFinancing) ?? 'ramme';
    if (fromBasis === toBasis) continue;
    changes.push({ responsibility: card.id, from: move.from, to: move.to.id, fromBasis, toBasis });
    const source = ctx.catalog.financing.find((f) => f.id === toFinancing)?.source;
    if (source) inputs.push({ label: `${card.name.nb}: ${fromBasis} -> ${toBasis}`, responsibility: card.id, used: { kind: 'cited', source } });
  }
  const rule = {
    nb: 'Flyttede kort der nivået de flyttes fra og til finansieres ulikt (rammefinansiering, aktivitetsbasert eller blandet). Midlene må følge oppgaven. Egne kort telles ikke.',
    en: 'Moved cards whose old and new levels are financed differently (block grant, activity-based or mixed). The money has to follow the task. Board-defined cards are not counted.',
  };
  return { changes, count: indicator(changes.length, 0, 'count', { rule, inputs }) };
}

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

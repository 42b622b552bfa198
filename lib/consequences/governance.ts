import { isSourced, type Anchoring, type LevelKind } from '../catalog/schema';
import type { Placed } from './context';
import { indicator, type ExplanationInput, type Indicator } from './explain';
import type { Parts } from './parts';

// Law and financing live in their own modules; they are re-exported so the engine keeps one import.
export { lawChanges, type ActTouched, type OpenQuestion } from './law';
export { financingChanges, type FinancingChange } from './financing';

export type AnchoringShare = { anchoring: Anchoring; value: number; share: number };

/** The oldest year of the sector totals: figures older than that stay out of the share. */
const oldestSectorYear = (ctx: Placed) => Math.min(...ctx.catalog.sectors.flatMap((s) => (isSourced(s.cost) ? [s.cost.year] : [])));

/**
 * The anchoring a column of this kind has on this board: the catalog's, except where the catalog
 * leaves it open (an elected region: direct or indirect election?), where the board's choice decides.
 */
export function anchoringOf(ctx: Placed, kind: LevelKind): Anchoring {
  const anchoring = ctx.index.level.get(kind)?.anchoring ?? 'state';
  if (anchoring !== 'open') return anchoring;
  return kind === 'region' ? ctx.choices['region-election'] : 'open';
}

// The share is taken over the same pieces as money by level, and only those of the sector
// totals' own years (2022 and 2023): older card figures and assumptions would mix in other years.
function anchoringShares(ctx: Placed, parts: Parts): { shares: AnchoringShare[]; direct: number; open: number; inputs: ExplanationInput[] } {
  const totals = new Map<Anchoring, number>();
  const inputs: ExplanationInput[] = [];
  const from = oldestSectorYear(ctx);
  let sum = 0;
  for (const p of parts.parts) {
    if (p.year === null || p.year < from) continue;
    const anchoring = anchoringOf(ctx, p.level.kind);
    totals.set(anchoring, (totals.get(anchoring) ?? 0) + p.value);
    sum += p.value;
    inputs.push({ label: p.label, responsibility: p.responsibility, level: p.level.id, used: p.used });
  }
  const shares = [...totals].map(([anchoring, value]) => ({ anchoring, value, share: sum > 0 ? (100 * value) / sum : 0 }));
  const share = (a: Anchoring) => shares.find((s) => s.anchoring === a)?.share ?? 0;
  return { shares, direct: share('direct'), open: share('open'), inputs };
}

/**
 * Share of recent sourced money under directly elected bodies, against the baseline, with the full
 * split, over the cost pieces money by level was built from (`cost`). Money whose election mode the board left open is not counted as direct; the share is then
 * a range whose high end counts it as direct.
 */
export function democraticAnchoring(ctx: Placed, base: Placed, cost: { now: Parts; then: Parts }): { directShare: Indicator; shares: AnchoringShare[] } {
  const now = anchoringShares(ctx, cost.now);
  const then = anchoringShares(base, cost.then);
  const rule = {
    nb: 'Andel av pengene som ligger hos direkte valgte organer (kommunestyre, fylkesting, valgt region), mot oppnevnte styrer, staten, indirekte valgte, delte ordninger og forsikringsordninger. Har tavla ikke valgt om regionene velges direkte eller indirekte, regnes regionens penger for seg som «valgform ikke avklart», og andelen vises som et spenn: uten dem og med dem. Regnet av de samme tallene som penger per nivå, men bare tallene for 2022 og 2023 (sektortallene for spesialisthelsetjenesten er fra 2022, for kommunene fra 2023; de to årene regnes sammen uten prisjustering). Eldre tall (tannhelse 2017, sykehjem 2013 og andre) og antakelser holdes utenfor.',
    en: 'Share of the money held by directly elected bodies (municipal, county or regional councils), against appointed boards, the state, indirectly elected bodies, joint arrangements and insurers. Where the board has not chosen whether the regions are elected directly or indirectly, the regions’ money is counted apart as “election mode not settled”, and the share shows as a range: without it and with it. Taken over the same figures as money by level, but only those for 2022 and 2023 (the specialist sector total is 2022, the municipal ones 2023; the two years are taken together without price adjustment). Older figures (dental care 2017, nursing homes 2013 and others) and assumptions are left out.',
  };
  const directShare = indicator(now.direct, then.direct, 'percent', { rule, inputs: now.inputs });
  if (now.open > 0 || then.open > 0) directShare.range = { high: now.direct + now.open, baselineHigh: then.direct + then.open };
  return { directShare, shares: now.shares };
}

import type { LevelKind, MunicipalitySizes } from '../catalog/schema';
import { levelOfCard, type Placed } from './context';
import { indicator, usedFigure, valueOf, type ExplanationInput, type Indicator } from './explain';

/** Municipalities and people below a threshold, read from the size table without interpolating. */
export type BelowThreshold = { municipalities: number; people: number; tableThreshold: number; exact: boolean };

/**
 * Looks a population up in the size table. Between two rows it answers the lower row, so
 * the count is a sourced lower bound ("at least"), never an interpolated estimate.
 */
export function municipalitiesBelow(sizes: MunicipalitySizes, population: number): BelowThreshold {
  let best = { municipalities: 0, people: 0, tableThreshold: 0, exact: false };
  for (const band of sizes.bands) {
    if (band.threshold <= population && band.threshold >= best.tableThreshold) {
      best = { municipalities: band.municipalitiesBelow, people: band.populationBelow, tableThreshold: band.threshold, exact: band.threshold === population };
    }
  }
  return best;
}

/** One card with a population base: where it sits and whether single units can carry it. */
export type CardBase = {
  responsibility: string;
  level: string;
  required: number;
  status: 'kommune-alone' | 'pooled' | 'large-unit' | 'unchecked';
  below: BelowThreshold | null;
};

export const POPULATION_RULE = {
  nb: 'For hvert kort med et kildebelagt minste befolkningsgrunnlag som ligger hos kommunen: antall kommuner (og innbyggere) under grunnlaget, lest fra størrelsestabellen (357 kommuner, 1.1.2024). Mellom to rader i tabellen brukes den laveste, så tallet er «minst». Overskriften er det største av disse, fordi små kommuner under én grense også er under alle høyere. Interkommunalt og delt regnes som sammenslått grunnlag og telles ikke; fylke, region, stat og spesialisthelsetjeneste sjekkes mot sin minste enhet der den er kjent. Egne kort har ikke noe kjent befolkningsgrunnlag og er ikke med.',
  en: 'For each card with a sourced minimum population base placed on the kommune level: the number of municipalities (and inhabitants) below that base, read from the size table (357 municipalities, 1.1.2024). Between two table rows the lower row is used, so the count is "at least". The headline is the largest of these, because a municipality below one base is below every higher one. Inter-municipal and joint levels pool their population and are not counted; county, region, state and specialist levels are checked against their smallest unit where it is known. Board-defined cards have no known population base and are left out.',
} as const;

type Raw = { cards: CardBase[]; worst: BelowThreshold | null; inputs: ExplanationInput[] };

// Catalog cards only: a board's own card has no sourced population base to check.
function assess(ctx: Placed): Raw {
  const cards: CardBase[] = [];
  const inputs: ExplanationInput[] = [];
  let worst: BelowThreshold | null = null;
  for (const card of ctx.catalog.responsibilities) {
    const used = usedFigure(card, 'populationBase', ctx.assumptions);
    const required = valueOf(used);
    if (required === null) continue;
    const level = levelOfCard(ctx, card.id);
    inputs.push({ label: card.name.nb, responsibility: card.id, level: level.id, used });
    if (level.kind === 'kommune') {
      const below = municipalitiesBelow(ctx.catalog.municipalitySizes, required);
      if (!worst || below.municipalities > worst.municipalities) worst = below;
      cards.push({ responsibility: card.id, level: level.id, required, status: 'kommune-alone', below });
    } else if (level.kind === 'interkommunalt' || level.kind === 'delt') {
      cards.push({ responsibility: card.id, level: level.id, required, status: 'pooled', below: null });
    } else {
      const smallest = smallestUnit(ctx, level.kind);
      cards.push({ responsibility: card.id, level: level.id, required, status: smallest !== null && smallest >= required ? 'large-unit' : 'unchecked', below: null });
    }
  }
  return { cards, worst, inputs };
}

const smallestUnit = (ctx: Placed, kind: LevelKind): number | null => {
  const f = ctx.index.level.get(kind)?.smallestUnitPopulation;
  return f && 'value' in f ? f.value : null;
};

/** Municipalities and inhabitants too small to run a placed service alone, against the baseline. */
export function assessPopulationBase(ctx: Placed, base: Placed): { municipalities: Indicator; people: Indicator; cards: CardBase[] } {
  const now = assess(ctx);
  const then = assess(base);
  const sizeInput: ExplanationInput = { label: 'Kommunestørrelser 1.1.2024', used: { kind: 'cited', source: ctx.catalog.municipalitySizes.source } };
  const explanation = { rule: POPULATION_RULE, inputs: [...now.inputs, sizeInput] };
  return {
    municipalities: indicator(now.worst?.municipalities ?? 0, then.worst?.municipalities ?? 0, 'count', explanation),
    people: indicator(now.worst?.people ?? 0, then.worst?.people ?? 0, 'inhabitants', explanation),
    cards: now.cards,
  };
}

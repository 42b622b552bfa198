import { z } from 'zod';
import { levelKindSchema } from './level-kind';
import { isSeedRef, seedLineRanges } from './seeds';

/**
 * The catalog's shapes. Every type the board uses for catalog data is inferred from
 * these schemas; nothing here is written twice by hand.
 */

/** A text in Bokmål (shown first) and English (second language). */
export const textSchema = z.object({ nb: z.string().min(1), en: z.string().min(1) });
export type Text = z.infer<typeof textSchema>;

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,47}$/, 'lowercase slug');

// In a module of its own so the board's writers can check a kind without loading every catalog schema.
export { levelKindSchema, type LevelKind } from './level-kind';

/**
 * Where a fact comes from: a seed file name with a line range ("L264-270"), or a URL
 * with a human locator (table, row or section on that page).
 */
export const sourceSchema = z
  .object({ ref: z.string().min(1), locator: z.string().min(1) })
  .refine((s) => !isSeedRef(s.ref) || (seedLineRanges(s.locator)?.every(([a, b]) => a >= 1 && a <= b) ?? false), {
    message: 'a seed citation needs ascending line ranges like L12-34',
    path: ['locator'],
  });
export type Source = z.infer<typeof sourceSchema>;

/** What kind of document a source is, so a reader can weigh it: a press item is not a statistic. */
export const sourceKindSchema = z.enum([
  'input',
  'slides',
  'white-paper',
  'official-report',
  'parliament',
  'statistics',
  'report',
  'law',
  'encyclopedia',
  'news',
  'dataset',
]);

/**
 * One document the catalog cites, as a reader recognises it: its title in both languages, who
 * published it, and the year it names itself by (its edition or report year; absent where none).
 */
export const sourceEntrySchema = z
  .object({ title: textSchema, publisher: z.string().min(1), year: z.number().int().min(1900).max(2030).optional(), kind: sourceKindSchema })
  .strict();
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/** Units the engine knows how to add up; cost is always whole NOK per year. */
export const unitSchema = z.enum([
  'NOK',
  'arsverk',
  'persons',
  'consultations',
  'beds',
  'places',
  'units',
  'missions',
  'inhabitants',
  'percent',
  'days',
  'doctors',
]);
export type Unit = z.infer<typeof unitSchema>;

/** A sourced number. `year` is the year the number describes, not when it was published. */
export const figureSchema = z.object({
  value: z.number().finite(),
  unit: unitSchema,
  year: z.number().int().min(1990).max(2030),
  source: sourceSchema,
  /** What a reader needs to weigh the number (its scope, age, overlaps), in both languages. */
  note: textSchema.optional(),
});
export type Figure = z.infer<typeof figureSchema>;

/** An explicit gap: no source gives this figure. The UI shows "no sourced figure" and the note on why. */
export const missingFigureSchema = z.object({
  missing: z.literal('no sourced figure'),
  note: textSchema,
});
export type MissingFigure = z.infer<typeof missingFigureSchema>;

export const figureOrMissingSchema = z.union([figureSchema, missingFigureSchema]);
export type FigureOrMissing = z.infer<typeof figureOrMissingSchema>;

export { isSourced } from './sourced';

/**
 * Inter-municipal cooperation on a service today, as a sourced share of the municipalities or of
 * the service's units. It describes today's baseline, so no proposal is charged with it.
 */
export const cooperationTodaySchema = z.object({
  share: z.number().min(0).max(100),
  of: z.enum(['municipalities', 'units']),
  year: z.number().int().min(1990).max(2030),
  source: sourceSchema,
  note: textSchema,
});
export type CooperationToday = z.infer<typeof cooperationTodaySchema>;

/**
 * A card's population base as its source states it: `value`, or the range `value` to `high`;
 * `part` names the part of the card the source speaks of, `qualifier` how firmly it says so.
 * Every new field is optional, so a plain figure or gap is still a valid base.
 */
export const populationBaseSchema = z.union([
  figureSchema
    .extend({
      high: z.number().finite().optional(),
      part: textSchema.optional(),
      qualifier: z.enum(['at-least', 'catchment', 'perhaps-up-to']).optional(),
      cooperationToday: cooperationTodaySchema.optional(),
    })
    .refine((f) => f.high === undefined || f.high > f.value, { message: 'a range needs its high end above its low end', path: ['high'] }),
  missingFigureSchema.extend({ cooperationToday: cooperationTodaySchema.optional() }),
]);
export type PopulationBase = z.infer<typeof populationBaseSchema>;

/**
 * How moving a card can touch an act: `duty` names a holder, `care` governs a kind of care whoever
 * runs it, `form` sets up today's bodies, `refund` pays fee refunds, `governance` sets up councils.
 */
export const lawRoleSchema = z.enum(['duty', 'care', 'form', 'refund', 'governance', 'rights']);
export type LawRole = z.infer<typeof lawRoleSchema>;

/** Acts that govern services; ids are referenced from levels and responsibilities. */
export const lawSchema = z.object({ id: slug, name: z.string().min(1), short: z.string().min(1), role: lawRoleSchema, source: sourceSchema });
export type Law = z.infer<typeof lawSchema>;

/**
 * Financing regimes: `ramme` block grant, `aktivitet` activity-based (ISF, takster), `blandet` both,
 * `open` not said. `open` holds the question where the sources leave a regime or its split unsettled;
 * a move onto it is then an open question, never a counted financing change.
 */
export const financingSchema = z
  .object({
    id: slug,
    name: textSchema,
    basis: z.enum(['ramme', 'aktivitet', 'blandet', 'open']),
    open: textSchema.optional(),
    source: sourceSchema,
  })
  .refine((f) => f.basis !== 'open' || f.open !== undefined, { message: 'an open basis needs its open question', path: ['open'] });
export type Financing = z.infer<typeof financingSchema>;

/**
 * Who pays: the municipalities, the counties, a new elected region, the state (including
 * folketrygden, the national insurance scheme) or the patient (co-payments).
 */
export const payerSchema = z.enum(['kommune', 'fylkeskommune', 'region', 'stat', 'pasient']);
export type Payer = z.infer<typeof payerSchema>;

/**
 * direct = directly elected council; indirect = council of elected members of other bodies;
 * insurer = an insurer's own board under the law, neither elected nor a trust board; open = the
 * sources leave the election mode open, so a board choice settles it (see lib/choices.ts).
 */
export const anchoringSchema = z.enum(['direct', 'indirect', 'appointed', 'state', 'joint', 'insurer', 'open']);
export type Anchoring = z.infer<typeof anchoringSchema>;

/** Facts about one kind of level; a board column of that kind inherits them. */
export const levelSchema = z.object({
  kind: levelKindSchema,
  name: textSchema,
  gloss: textSchema,
  preset: z.boolean(),
  units: figureOrMissingSchema,
  /** The acts that give this kind of level its health duties, main one first; empty where no act gives it any today (an insurer). */
  laws: z.array(slug),
  /** The act a duty moved onto this kind of level is written into; none where no general health act covers it. */
  dutyAct: slug.optional(),
  financing: slug,
  /**
   * Who pays for what this kind of level runs; `delt` is a shared budget whose split no source gives,
   * `open` a payer the sources leave unsaid (an insurer may be private or public).
   */
  payer: z.union([payerSchema, z.literal('delt'), z.literal('open')]),
  anchoring: anchoringSchema,
  anchoringNote: textSchema,
  smallestUnitPopulation: figureOrMissingSchema,
  sources: z.array(sourceSchema).min(1),
});
export type Level = z.infer<typeof levelSchema>;

/** Ids of the computed indicators, so criteria can name the ones that bear on them. */
export const indicatorIdSchema = z.enum([
  'money-by-level',
  'money-moved',
  'money-unsourced',
  'staff-by-level',
  'staff-moved',
  'handoffs',
  'population-base',
  'law-changes',
  'financing-changes',
  'democratic-anchoring',
  'positions',
]);
export type IndicatorId = z.infer<typeof indicatorIdSchema>;

/** A card: one service or task that a board places on a level. */
export const responsibilitySchema = z.object({
  id: slug,
  name: textSchema,
  gloss: textSchema,
  baselineLevel: levelKindSchema,
  /** The acts that give this card its duty, main one first, plus folketrygdloven where fee refunds pay part of it. */
  laws: z.array(slug).min(1),
  financing: slug,
  figures: z.object({
    cost: figureOrMissingSchema,
    staff: figureOrMissingSchema,
    populationBase: populationBaseSchema,
    volumes: z.array(figureSchema),
  }),
  sources: z.array(sourceSchema).min(1),
});
export type Responsibility = z.infer<typeof responsibilitySchema>;

export const pathwayStepSchema = z.object({
  responsibility: slug,
  what: textSchema,
  source: sourceSchema,
});

/** An ordered walk of one patient group through the cards. */
export const pathwaySchema = z.object({
  id: slug,
  name: textSchema,
  group: z.enum(['committee', 'added']),
  description: textSchema,
  steps: z.array(pathwayStepSchema).min(2),
  sources: z.array(sourceSchema).min(1),
});
export type Pathway = z.infer<typeof pathwaySchema>;

/** `short` is the name an API answer and a summary line use ("KS", "Kdf"). */
export const stakeholderSchema = z.object({ id: slug, name: z.string().min(1), short: z.string().min(1).max(30), description: textSchema });
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/**
 * The dimension a position speaks to, so it flips only when that dimension changes for its card.
 * care-level: kommune side against specialist side (a new owner of specialist care changes nothing);
 * ownership: the exact body that holds the card; the rest cannot be read off a placement.
 */
export const positionScopeSchema = z.enum(['care-level', 'ownership', 'financing', 'public-private', 'service-form']);
export type PositionScope = z.infer<typeof positionScopeSchema>;

/**
 * A sourced stance on where a card belongs, in one scope; one stance of one actor is one position.
 * keep-at and move-to are met when the card sits on one of `levels`; not-at when it sits on none.
 */
export const positionSchema = z.object({
  id: slug,
  stakeholder: slug,
  responsibility: slug,
  scope: positionScopeSchema,
  stance: z.enum(['keep-at', 'move-to', 'not-at']),
  levels: z.array(levelKindSchema).min(1),
  summary: textSchema,
  sources: z.array(sourceSchema).min(1),
});
export type Position = z.infer<typeof positionSchema>;

/** A criterion to judge an allocation by; the engine never scores it, it only lists indicators. */
export const criterionSchema = z.object({
  id: slug,
  owner: z.enum(['utvalget', 'kdf']),
  name: textSchema,
  description: textSchema,
  indicators: z.array(indicatorIdSchema).min(1),
  source: sourceSchema,
});
export type Criterion = z.infer<typeof criterionSchema>;

/** How many municipalities (and people) fall below a population threshold. */
export const municipalitySizesSchema = z.object({
  municipalities: z.number().int().positive(),
  population: z.number().int().positive(),
  year: z.number().int(),
  source: sourceSchema,
  bands: z
    .array(
      z.object({
        threshold: z.number().int().positive(),
        municipalitiesBelow: z.number().int().nonnegative(),
        populationBelow: z.number().int().nonnegative(),
      }),
    )
    .min(1),
});
export type MunicipalitySizes = z.infer<typeof municipalitySizesSchema>;

/**
 * A named group of a template's levels, computed together (model 4: different arrangements by
 * geography or field). A kind already taken by an earlier arrangement gets a column of its own.
 */
export const templateArrangementSchema = z.object({ id: slug, name: textSchema, levels: z.array(levelKindSchema).min(1), source: sourceSchema });
export type TemplateArrangement = z.infer<typeof templateArrangementSchema>;

/**
 * A proposal read from the seeds: the levels it uses and the cards it moves off baseline. A move
 * naming an arrangement goes to that arrangement's column of its kind (checked in templates.test.ts).
 */
export const templateSchema = z.object({
  id: slug,
  name: textSchema,
  author: z.string().min(1),
  description: textSchema,
  levels: z.array(levelKindSchema).min(1),
  moves: z.array(z.object({ responsibility: slug, to: levelKindSchema, arrangement: slug.optional(), source: sourceSchema })),
  arrangements: z.array(templateArrangementSchema).optional(),
  /** Catalog pathways the template marks as binding cross-level pathways (Kdf), each with the lines it rests on. */
  boundPathways: z.array(z.object({ pathway: slug, source: sourceSchema })).optional(),
  sources: z.array(sourceSchema).min(1),
});
export type Template = z.infer<typeof templateSchema>;

/**
 * A whole-sector total from one statistic for one year (e.g. SSB's omsorgstjenestene 2023).
 * A level's money and staff start from these; the cards listed are the services whose own
 * spending the statistic covers, so a card's figure of the same year is a part inside it.
 */
export const sectorSchema = z.object({
  id: slug,
  name: textSchema,
  level: levelKindSchema,
  covers: textSchema,
  cost: figureOrMissingSchema,
  staff: figureOrMissingSchema,
  responsibilities: z.array(slug).min(1),
});
export type Sector = z.infer<typeof sectorSchema>;

/**
 * How a card's cost is shared between payers. `operator` is paid by whoever runs the service
 * (it moves with the card); `stat` (folketrygden) and `pasient` keep their payer when the card
 * moves; `unattributed` is what the sources leave unassigned. The parts add up to the card's cost.
 */
export const payerSplitSchema = z.object({
  responsibility: slug,
  parts: z
    .array(
      z.object({
        payer: z.enum(['operator', 'stat', 'pasient', 'unattributed']),
        value: z.number().finite().nonnegative(),
        note: textSchema,
        source: sourceSchema,
      }),
    )
    .min(2),
});
export type PayerSplit = z.infer<typeof payerSplitSchema>;

export const catalogSchema = z.object({
  version: z.string().min(1),
  laws: z.array(lawSchema).min(1),
  financing: z.array(financingSchema).min(1),
  levels: z.array(levelSchema).min(3),
  responsibilities: z.array(responsibilitySchema).min(30),
  pathways: z.array(pathwaySchema).min(6),
  stakeholders: z.array(stakeholderSchema).min(1),
  positions: z.array(positionSchema).min(25),
  criteria: z.array(criterionSchema).min(10),
  municipalitySizes: municipalitySizesSchema,
  templates: z.array(templateSchema).min(5),
  sectors: z.array(sectorSchema).min(1),
  payerSplits: z.array(payerSplitSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

import { isSourced, type LevelKind } from '../catalog/schema';
import { isMoved, type Placed } from './context';
import { indicator, type Explanation, type ExplanationInput, type Indicator } from './explain';
import { buildParts, payerOfKind, type Holding, type Part, type PartPayer, type Parts } from './parts';

/** One year's sum with today's sum of the same year; null is the bucket of board assumptions. */
export type YearAmount = { year: number | null; value: number; baseline: number; delta: number };

/** One payer's share of a level's main-year sum. */
export type PayerAmount = { payer: PartPayer; value: number; baseline: number; delta: number };

/**
 * One column's money or staff. `value` is the sum for `year` (the level's largest year); sums
 * of other years and board assumptions sit in `otherYears`, never added in. `atLeast` is set
 * when a sector total on the level has no sourced figure, so the sum is a lower bound.
 */
export type LevelAmount = {
  level: string;
  kind: LevelKind;
  /** The column's arrangement (model 4), where it names one. */
  arrangement?: string;
  year: number | null;
  value: number;
  baseline: number;
  delta: number;
  otherYears: YearAmount[];
  byPayer: PayerAmount[];
  /** The unsplit rest of each sector total on this level ("resten av sektoren, ikke fordelt på tjenester"). */
  rest: { sector: string; value: number; year: number }[];
  /** Cards placed elsewhere whose share a sector total on this level still holds, since no figure of its year takes it out. */
  holding: string[];
  uncosted: string[];
  /** A sector total on this level has no sourced figure for this measure, so `value` is a lower bound. */
  atLeast: boolean;
};

/** Money or staff that changes level, from today's kind to a board level, for one year and one kind of move. */
export type Flow = {
  from: LevelKind;
  to: string;
  toKind: LevelKind;
  year: number | null;
  kind: MoveKind;
  value: number;
  responsibilities: string[];
  sectors: string[];
};

/**
 * Between payers (a new government pays), within one payer (a reorganisation), onto a shared budget
 * whose split is open, or to or from a level whose payer the sources leave open (an insurance scheme).
 */
export type MoveKind = 'between-payers' | 'within-payer' | 'to-shared' | 'payer-open';

/** Money (NOK per year) or staff (årsverk) by level, what moves by kind and year, and what moves without a figure. */
export type ResourceSummary = {
  byLevel: LevelAmount[];
  /** The headline: between payers for money, every move for staff; the largest year, with the others in `byYear`. */
  moved: Indicator;
  /** The headline's figure for every year, largest first (`moved` is the first sourced one). */
  movedByYear: Indicator[];
  /** Each kind of move per year; the same year never mixes with another. */
  byYear: Record<MoveKind, Indicator[]>;
  flows: Flow[];
  unsourcedMoved: Indicator;
  holding: Holding[];
  explanation: Explanation;
};

const RULES = {
  cost: {
    nb: 'Hvert nivå starter fra hele sektorens kildebelagte sum for ett år (SSB: kommunehelsetjenesten og omsorgstjenestene 2023, spesialisthelsetjenesten 2022). Kortenes egne tall ligger inne i summen; resten vises som «resten av sektoren, ikke fordelt på tjenester». Tall fra andre år legges aldri sammen med dem, men vises for seg med året. Kostnaden deles på hvem som betaler: kommune, fylkeskommune, region, stat (med folketrygden) og pasient. Bare penger som får en ny betaler regnes som flyttet mellom forvaltningsnivåer; flytting innen samme betaler (for eksempel fra helseforetak til statlig etat, eller fra kommune til interkommunalt samarbeid) vises for seg som omorganisering.',
    en: 'Each level starts from the whole sector’s sourced total for one year (SSB: municipal health services and care services 2023, specialist health service 2022). The cards’ own figures are inside that total; the rest shows as “rest of the sector, not split by service”. Figures of other years are never added to it but shown apart with their year. Cost is split by who pays: kommune, county, region, state (with folketrygden) and patient. Only money that gets a new payer counts as moved between levels of government; a move within one payer (from a health trust to a state agency, or from a kommune to an inter-municipal body) shows apart as a reorganisation.',
  },
  staff: {
    nb: 'Årsverk per nivå fra hele sektorens kildebelagte antall for ett år (SSB: omsorgstjenestene 2023, spesialisthelsetjenesten 2022; kommunehelsetjenesten har ingen samlet sum, så kommunens tall er «minst»). Årsverk på kort som flyttes skifter arbeidsgiver (virksomhetsoverdragelse). Tall fra ulike år legges aldri sammen.',
    en: 'Årsverk (FTE) per level from the whole sector’s sourced count for one year (SSB: care services 2023, specialist health service 2022; municipal health services have no total, so the kommune figure is “at least”). Staff on moved cards change employer (transfer of undertaking). Figures of different years are never added.',
  },
} as const;

const CUSTOM_RULE = {
  nb: 'Egne kort og antakelser teller med tallene den som la dem inn oppga, i en egen linje uten år.',
  en: 'Board-defined cards and assumptions count with the figures their author gave, on a line of their own without a year.',
} as const;

const yearKey = (y: number | null) => (y === null ? 'a' : String(y));

type Sums = Map<string, Map<string, { year: number | null; value: number; byPayer: Map<PartPayer, number> }>>;

function sumParts(parts: Part[]): Sums {
  const sums: Sums = new Map();
  for (const p of parts) {
    const level = sums.get(p.level.id) ?? new Map();
    const bucket = level.get(yearKey(p.year)) ?? { year: p.year, value: 0, byPayer: new Map() };
    bucket.value += p.value;
    bucket.byPayer.set(p.payer, (bucket.byPayer.get(p.payer) ?? 0) + p.value);
    level.set(yearKey(p.year), bucket);
    sums.set(p.level.id, level);
  }
  return sums;
}

/** The year a level's headline sum describes: its largest sourced year now, else today. */
function mainYear(now: Sums, then: Sums, level: string): number | null {
  const pick = (s: Sums) =>
    [...(s.get(level)?.values() ?? [])].filter((b) => b.year !== null).sort((a, b) => b.value - a.value || b.year! - a.year!)[0]?.year ?? null;
  return pick(now) ?? pick(then);
}

function levelRows(ctx: Placed, base: Placed, now: Parts, then: Parts, measure: 'cost' | 'staff'): LevelAmount[] {
  const a = sumParts(now.parts);
  const b = sumParts(then.parts);
  const kinds = new Map([...base.levels, ...ctx.levels].map((l) => [l.id, l.kind] as const));
  const groups = new Map(ctx.levels.flatMap((l) => (l.arrangement ? [[l.id, l.arrangement] as const] : [])));
  const ids = [...new Set([...ctx.levels.map((l) => l.id), ...base.levels.map((l) => l.id)])];
  return ids.map((id) => {
    const year = mainYear(a, b, id);
    const keys = [...new Set([...(a.get(id)?.keys() ?? []), ...(b.get(id)?.keys() ?? [])])];
    const amount = (k: string): YearAmount => {
      const value = a.get(id)?.get(k)?.value ?? 0;
      const baseline = b.get(id)?.get(k)?.value ?? 0;
      return { year: a.get(id)?.get(k)?.year ?? b.get(id)?.get(k)?.year ?? null, value, baseline, delta: value - baseline };
    };
    const main = year === null ? { value: 0, baseline: 0, delta: 0 } : amount(yearKey(year));
    // Payers are given for the main year only; a level with no sourced year has none.
    const nowPayers = year === null ? undefined : a.get(id)?.get(yearKey(year))?.byPayer;
    const thenPayers = year === null ? undefined : b.get(id)?.get(yearKey(year))?.byPayer;
    const byPayer = [...new Set([...(nowPayers?.keys() ?? []), ...(thenPayers?.keys() ?? [])])].map((payer) => {
      const value = nowPayers?.get(payer) ?? 0;
      const baseline = thenPayers?.get(payer) ?? 0;
      return { payer, value, baseline, delta: value - baseline };
    });
    return {
      level: id,
      kind: kinds.get(id)!,
      ...(groups.has(id) ? { arrangement: groups.get(id)! } : {}),
      year,
      value: main.value,
      baseline: main.baseline,
      delta: main.delta,
      // A level with no sourced year has no main sum; everything it has, assumptions included, is listed.
      otherYears: keys.filter((k) => year === null || k !== yearKey(year)).map(amount).sort((x, y) => (y.year ?? 0) - (x.year ?? 0)),
      byPayer,
      rest: now.parts.filter((p) => p.sector && p.level.id === id).map((p) => ({ sector: p.sector!, value: p.value, year: p.year! })),
      holding: now.holding.filter((h) => now.sectorHome.get(h.sector)?.id === id).map((h) => h.responsibility),
      uncosted: now.uncosted.filter((r) => ctx.levelOf.get(r)?.id === id),
      atLeast: ctx.catalog.sectors.some((s) => now.sectorHome.get(s.id)?.id === id && !isSourced(measure === 'cost' ? s.cost : s.staff)),
    };
  });
}

// An open payer is never "the same" payer: moving onto it is neither a reorganisation nor a known change of payer.
const kindOfMove = (from: PartPayer, to: PartPayer): MoveKind =>
  from === 'delt' || to === 'delt' ? 'to-shared' : from === 'open' || to === 'open' ? 'payer-open' : from === to ? 'within-payer' : 'between-payers';

type MovedPiece = { part: Part; fromKind: LevelKind; kind: MoveKind };

/**
 * The pieces that sit on another kind of level than today: a sector's rest away from its own
 * level, or a card's piece away from the card's level of today, each with its payer then and now.
 */
function movedPieces(ctx: Placed, now: Parts): MovedPiece[] {
  return now.parts.flatMap((p) => {
    const sector = p.sector ? ctx.catalog.sectors.find((s) => s.id === p.sector) : undefined;
    const fromKind = sector ? sector.level : isMoved(ctx, p.responsibility!)?.from;
    if (!fromKind || fromKind === p.level.kind) return [];
    const fromPayer = p.operator ? payerOfKind(ctx, fromKind) : p.payer;
    return [{ part: p, fromKind, kind: kindOfMove(fromPayer, p.payer) }];
  });
}

const KIND_RULES: Record<MoveKind, { nb: string; en: string }> = {
  'between-payers': {
    nb: 'Penger som får en ny betaler når oppgaven flytter (for eksempel fra kommunene til staten).',
    en: 'Money that gets a new payer when the task moves (for example from the municipalities to the state).',
  },
  'within-payer': {
    nb: 'Penger som flytter med oppgaven men har samme betaler (omorganisering, for eksempel fra helseforetak til statlig etat, eller folketrygdens refusjoner som følger tjenesten).',
    en: 'Money that moves with the task but keeps its payer (a reorganisation, for example from health trusts to a state agency, or folketrygden refunds that follow the service).',
  },
  'to-shared': {
    nb: 'Penger som flytter til eller fra et delt budsjett mellom kommune og helseforetak; ingen kilde sier hvordan det deles.',
    en: 'Money that moves to or from a budget shared by kommune and health trust; no source says how it is split.',
  },
  'payer-open': {
    nb: 'Penger som flytter til eller fra en forsikringsordning; kildene sier ikke hvem som betaler der (staten, arbeidsgivere eller de forsikrede), så de regnes verken som ny betaler eller som samme betaler.',
    en: 'Money that moves to or from an insurance scheme; the sources do not say who pays there (the state, employers or the insured), so it counts neither as a new payer nor as the same payer.',
  },
};

/** One indicator per year over some moved pieces, largest first; each counts only figures of its year. */
function yearIndicators(moved: MovedPiece[], rule: { nb: string; en: string }, unit: 'NOK' | 'arsverk', atLeast: boolean): Indicator[] {
  const byYear = new Map<string, { year: number | null; value: number; inputs: ExplanationInput[] }>();
  for (const m of moved) {
    const b = byYear.get(yearKey(m.part.year)) ?? { year: m.part.year, value: 0, inputs: [] };
    b.value += m.part.value;
    b.inputs.push({ label: m.part.label, responsibility: m.part.responsibility, level: m.part.level.id, used: m.part.used });
    byYear.set(yearKey(m.part.year), b);
  }
  return [...byYear.values()]
    .sort((a, b) => (a.year === null ? 1 : b.year === null ? -1 : b.value - a.value))
    .map((b) => ({ ...indicator(b.value, 0, unit, { rule, inputs: b.inputs }), year: b.year, atLeast }));
}

/**
 * Compares one measure on a board with today's and lists what moves, by kind of move and year.
 * No sum ever mixes years: each year (and the assumptions) is its own figure.
 */
export function summariseResources(
  ctx: Placed,
  base: Placed,
  measure: 'cost' | 'staff',
  now: Parts = buildParts(ctx, measure),
  then: Parts = buildParts(base, measure),
): ResourceSummary {
  const moved = movedPieces(ctx, now);
  const unit = measure === 'cost' ? 'NOK' : 'arsverk';
  // A moved card with no figure whose sector did not move with it carries money the board cannot show.
  const gaps = now.uncosted.filter((id) => {
    if (!isMoved(ctx, id)) return false;
    const level = ctx.levelOf.get(id)!;
    return !ctx.catalog.sectors.some((s) => s.responsibilities.includes(id) && now.sectorHome.get(s.id)!.id === level.id);
  });
  const atLeast = gaps.length > 0;
  const note = atLeast
    ? { nb: `Minst: ${gaps.length} flyttede kort har ikke kildebelagt tall.`, en: `At least: ${gaps.length} moved cards have no sourced figure.` }
    : { nb: '', en: '' };
  const rule = (lang: 'nb' | 'en', first: string) => `${first} ${RULES[measure][lang]} ${CUSTOM_RULE[lang]} ${note[lang]}`.trim();
  const kinds: MoveKind[] = ['between-payers', 'within-payer', 'to-shared', 'payer-open'];
  const ruleFor = (k: MoveKind) => ({ nb: rule('nb', KIND_RULES[k].nb), en: rule('en', KIND_RULES[k].en) });
  const byYear = Object.fromEntries(kinds.map((k) => [k, yearIndicators(moved.filter((m) => m.kind === k), ruleFor(k), unit, atLeast)])) as Record<MoveKind, Indicator[]>;
  // Staff change employer on every move, so its headline is all moves; money's is only a change of payer.
  const staffRule = { nb: rule('nb', ''), en: rule('en', '') };
  const headlineList = measure === 'cost' ? byYear['between-payers'] : yearIndicators(moved, staffRule, unit, atLeast);
  // A sourced year leads; a board whose only moved figures are assumptions shows those.
  const headline = headlineList.find((i) => i.year !== null) ?? headlineList[0] ?? { ...indicator(0, 0, unit, { rule: measure === 'cost' ? ruleFor('between-payers') : staffRule, inputs: [] }), year: null, atLeast };
  const flows = new Map<string, Flow>();
  for (const m of moved) {
    const key = `${m.fromKind}>${m.part.level.id}>${m.kind}>${yearKey(m.part.year)}`;
    const flow = flows.get(key) ?? { from: m.fromKind, to: m.part.level.id, toKind: m.part.level.kind, year: m.part.year, kind: m.kind, value: 0, responsibilities: [], sectors: [] };
    flow.value += m.part.value;
    if (m.part.responsibility && !flow.responsibilities.includes(m.part.responsibility)) flow.responsibilities.push(m.part.responsibility);
    if (m.part.sector) flow.sectors.push(m.part.sector);
    flows.set(key, flow);
  }
  const inputs: ExplanationInput[] = now.parts.map((p) => ({ label: p.label, responsibility: p.responsibility, level: p.level.id, used: p.used }));
  return {
    byLevel: levelRows(ctx, base, now, then, measure),
    moved: headline,
    movedByYear: headlineList,
    byYear,
    flows: [...flows.values()],
    unsourcedMoved: indicator(gaps.length, 0, 'count', {
      rule: { nb: 'Flyttede kort uten kildebelagt tall for dette målet, som heller ikke ligger i en sektorsum som flytter med dem.', en: 'Moved cards with no sourced figure for this measure that are not inside a sector total moving with them.' },
      inputs: gaps.map((id) => {
        const card = ctx.index.card.get(id);
        const figure = card?.figures[measure];
        const note = figure && 'note' in figure && figure.note ? figure.note : { nb: 'Ikke oppgitt.', en: 'Not given.' };
        return { label: card?.name.nb ?? ctx.custom.get(id)?.name ?? id, responsibility: id, used: { kind: 'missing', note } };
      }),
    }),
    holding: now.holding,
    explanation: { rule: staffRule, inputs },
  };
}

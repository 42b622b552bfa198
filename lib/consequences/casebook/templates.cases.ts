import { expect } from 'vitest';
import type { ArrangementSummary } from '../arrangements';
import type { Consequences } from '../engine';
import { SPECIALIST_TODAY, type Case } from './harness';

// The committee's models as the templates read them (seed 004, with KS' reading in seed 002).
// Figures used below, by the names a person knows them by (see money.cases.ts for the full list):
// - Helsedirektoratet 2023, fastlegeordningen 14 186 mill. kr: kommune basis grant 4 516, folketrygd
//   refunds 7 291, patient fees 2 232, 147 unassigned.
// - SSB via NTB, legevakt 2023, about 4 800 mill. kr: kommune 76 % (3 648), state 864, patients 240, 48 unassigned.
// - SSB KOSTRA 2013: KAD 208,12 mill. kr. SSB specialist health service 2022: 180 590 mill. kr, 134 784 årsverk.
// - SSB 2023: 17 436 årsverk in municipal mental health and substance-use work (the psykisk-helse-rus-kommune card).
//
// Today's handoffs (two in each of the six first pathways, one in the palliative one: thirteen in all)
// are listed at the top of governance.cases.ts.

const years = (list: { year?: number | null; value: number }[]) => list.map((i) => [i.year, i.value]);
const perPathway = (c: Consequences) => Object.fromEntries(c.handoffs.perPathway.map((p) => [p.pathway, p.indicator.value]));
const group = (c: Consequences, id: string | null) => c.arrangements.find((a) => a.id === id)!;
const flow = (c: Consequences, to: string, kind: string, year: number) => c.money.flows.find((f) => f.to === to && f.kind === kind && f.year === year);
const laws = (a: Pick<ArrangementSummary, 'acts'>) => a.acts.map((x) => [x.law, x.responsibilities]);

// Model 3: the kommune's health services to the individual patient that the insurers buy (seed 004
// L474-477), in catalog order; and the specialist cards, those whose own act is helseforetaksloven apart.
const INSURED_MUNICIPAL = ['fastlege', 'legevakt', 'kad', 'svangerskap', 'fysio', 'rask-psykisk-helsehjelp', 'rehabilitering-kommune', 'dms'];
const OWNED = ['felleseide-selskaper', 'ikt-drift', 'sykehusapotek'];
const SPECIALIST_SERVICES = SPECIALIST_TODAY.filter((id) => !OWNED.includes(id));
const questions = (c: Consequences) => [...c.law.open, ...c.financing.open].map((q) => [q.id, q.responsibilities]);

// Model 4's field of mental health and substance use, in catalog order, and its two municipal cards.
const MENTAL_FIELD = ['rask-psykisk-helsehjelp', 'psykisk-helse-rus-kommune', 'dps', 'bup', 'tsb', 'sikkerhetspsykiatri', 'fact', 'dom-tvungent-psykisk-helsevern'];
const MENTAL_MUNICIPAL = ['rask-psykisk-helsehjelp', 'psykisk-helse-rus-kommune'];

/** Each arrangement's money of one kind and year adds up to the board's; no sum ever takes two years. */
function addsUp(c: Consequences) {
  for (const kind of Object.keys(c.money.byYear) as (keyof Consequences['money']['byYear'])[]) {
    for (const total of c.money.byYear[kind]) {
      const parts = c.arrangements.flatMap((a) => a.money[kind].filter((y) => y.year === total.year).map((y) => y.value));
      expect(parts.reduce((s, v) => s + v, 0), `${kind} ${total.year}`).toBeCloseTo(total.value, 0);
    }
    for (const a of c.arrangements) expect(new Set(a.money[kind].map((y) => y.year)).size).toBe(a.money[kind].length);
  }
  const sum = (pick: (a: ArrangementSummary) => number) => c.arrangements.reduce((s, a) => s + pick(a), 0);
  expect(sum((a) => a.handoffs.value)).toBe(c.handoffs.total.value);
  expect(sum((a) => a.handoffs.baseline)).toBe(c.handoffs.total.baseline);
  expect(sum((a) => a.positions.met.value)).toBe(c.positions.met.value);
  expect(sum((a) => a.positions.contradicted.value)).toBe(c.positions.contradicted.value);
  expect(sum((a) => a.moved.length)).toBe(c.moves.length);
  expect(new Set(c.arrangements.flatMap((a) => a.acts.map((x) => x.law))).size).toBe(c.law.count.value);
}

/** Cases worked by hand; see harness.ts for the shape. */
export const templatesCases: Case[] = [
  {
    name: 'modell-2 as KS reads it: the kommune’s 4 516 for fastlege and 3 648 for legevakt get the state as payer',
    board: { template: 'modell-2' },
    why: 'KS reads "all to the state" as splitting the municipal health and care services, the medical part going to the state (002 L176, L189); the template moves fastlege, legevakt (L264-266, L278-282) and KAD (L405-407). Between payers, 2023: fastlege’s basis grant 4 516 and legevakt’s 76 %, 3 648, both paid by the kommuner today and by the state here: 8 164 mill. kr. Refunds, patient fees and the unassigned parts keep their payer: 9 670 + 1 152 = 10 822 within payers (2023). KAD’s only figure is 2013 (208,12), a line of its own. The hospitals’ 180 590 (2022) stay within one payer, the state, as before.',
    check: (c) => {
      expect(flow(c, 'stat', 'between-payers', 2023)).toMatchObject({ from: 'kommune', value: 8_164_000_000, responsibilities: ['fastlege', 'legevakt'] });
      expect(flow(c, 'stat', 'within-payer', 2023)).toMatchObject({ from: 'kommune', value: 10_822_000_000, responsibilities: ['fastlege', 'legevakt'] });
      expect(flow(c, 'stat', 'between-payers', 2013)).toMatchObject({ value: 208_120_000, responsibilities: ['kad'] });
      expect(flow(c, 'stat', 'within-payer', 2022)).toMatchObject({ from: 'spesialisthelsetjenesten', value: 180_590_000_000, sectors: ['spesialist'] });
      expect(c.money.moved).toMatchObject({ value: 8_164_000_000, year: 2023 });
      expect(c.arrangements).toEqual([]);
    },
  },
  {
    name: 'modell-2 as KS reads it: the same 13 handoffs, now between the kommune’s care and the state’s doctors',
    board: { template: 'modell-2' },
    why: 'State = S, kommune = K. Frail elderly: hjemmetjenester K → fastlege S, legevakt S, kad S, sykehus S → utskrivningsklare K, sykehjem K, hjemmetjenester K → fastlege S: 3 (today 2). Chronic: fastlege S → folkehelse K → kad S, sykehus S, fastlege S: 2. Children: helsestasjon K → fastlege S, bup S → koordinator K: 2. Mental health: psykisk-helse-rus-kommune K → fastlege S, dps, tsb, fact S → psykisk-helse-rus-kommune K: 2. Acute far from hospital: fastlege, legevakt, prehospitale, sykehus all S → dms K: 1 (today 2). Pregnancy: 2 as today. Palliative: sykehus S → hjemmetjenester K, palliasjon K: 1 as today. Total 13, as today, but the handoffs move: the frail elderly gain one where home care meets the state’s GP, the acute pathway loses one. Steps cited in the catalog (St.meld. 47 and KS).',
    check: (c) => {
      expect(perPathway(c)).toEqual({ 'skrope-eldre': 3, 'kronisk-syke': 2, 'barn-unge': 2, 'psykisk-rus': 2, 'akutt-distrikt': 1, 'svangerskap-fodsel': 2, lindrende: 1 });
      expect(c.handoffs.total).toMatchObject({ value: 13, baseline: 13, delta: 0 });
      const elderly = c.handoffs.perPathway.find((p) => p.pathway === 'skrope-eldre')!;
      expect(elderly.transitions.map((t) => `${t.fromCard}>${t.toCard}`)).toEqual(['hjemmetjenester>fastlege', 'sykehus>utskrivningsklare', 'hjemmetjenester>fastlege']);
    },
  },
  {
    name: 'modell-3: money to the insurers has no settled payer, so it is neither a new payer nor a reorganisation',
    board: { template: 'modell-3' },
    why: 'Sketch 3 puts the duty to provide and the money with insurers, private or public, that contract providers of specialist and primary care (004 L456-462, L474-477), and asks itself whether the state would pay by an estimate-based appropriation (L483). Who pays the insurer is open, so what the operator paid today moves to a payer not settled: the specialist total 180 590 (2022, all specialist cards move, so the whole sector); fastlege’s basis grant 4 516 and legevakt’s 3 648 (2023): 8 164; KAD 208,12 (2013). Three years, three lines. Folketrygd refunds, patient fees and the unassigned parts keep their payer: 9 670 + 1 152 = 10 822 within payers (2023). Nothing is counted between payers. Staff: 134 784 (2022) and physiotherapy’s 5 322,5 (2023) change employer. The kommune level loses 14 186 + 4 800 = 18 986 of its 2023 sum.',
    check: (c) => {
      expect(years(c.money.byYear['payer-open'])).toEqual([[2022, 180_590_000_000], [2023, 8_164_000_000], [2013, 208_120_000]]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2023, 10_822_000_000]]);
      expect(c.money.byYear['between-payers']).toEqual([]);
      expect(c.money.moved.value).toBe(0);
      expect(years(c.staff.movedByYear)).toEqual([[2022, 134_784], [2023, 5_322.5]]);
      expect(c.money.byLevel.find((l) => l.level === 'forsikring')).toMatchObject({ year: 2022, value: 180_590_000_000 });
      expect(c.money.byLevel.find((l) => l.level === 'kommune')!.delta).toBe(-18_986_000_000);
    },
  },
  {
    name: 'modell-3: an insurer holding primary and specialist care is a side of its own: 16 stances break',
    board: { template: 'modell-3' },
    why: 'The insurer buys both primary and specialist care (004 L456-477), so it is neither the kommune side nor the specialist side. Broken: KS on fastlege (002 L13, L264-272), legevakt (L14, L278-282), KAD (L30, L405-409), DMS (L30-31, L399, L423), secure psychiatry (L292-294), TSB (L15, L286), inpatient psychiatry on DPS (L15, L262, L288) and hospitals (L232, L240): 8. The kommunedirektører on DMS (001 L146-151): 1. St.meld. 47 on fastlege, legevakt, antenatal care, KAD, DMS, municipal and specialist rehabilitation: 7. 16 in all. What stays with the kommune keeps its stances: care (sykehjem, hjemmetjenester), public health, the kommuneoverlege, the municipal mental health work, discharge-ready patients and palliative care; St.meld. 47’s "no hospitals in the kommune" holds, since the insurer is not the kommune.',
    check: (c) => {
      expect(c.positions.results.filter((r) => r.status === 'contradicted').map((r) => r.position)).toEqual([
        'ks-fastlege', 'ks-legevakt-kommune', 'ks-kad', 'ks-dms', 'ks-sikkerhetspsykiatri', 'ks-tsb', 'ks-dps', 'ks-sykehus',
        'kommunedirektorer-dms',
        'stmeld47-fastlege', 'stmeld47-legevakt', 'stmeld47-svangerskap', 'stmeld47-kad', 'stmeld47-dms', 'stmeld47-rehabilitering-kommune', 'stmeld47-rehabilitering-spesialist',
      ]);
      expect(c.positions.contradicted).toMatchObject({ value: 16, baseline: 0, delta: 16 });
      for (const id of ['ks-sykehjem', 'ks-hjemmetjenester-not-stat', 'kdf-hjemmetjenester', 'stmeld47-kommuneoverlege', 'stmeld47-psykisk-helse-rus-kommune', 'stmeld47-sykehus-not-kommune']) {
        expect(c.positions.results.find((r) => r.position === id)?.status, id).toBe('met');
      }
    },
  },
  {
    name: 'modell-3: 13 handoffs as today, but between the insurer’s providers and the kommune’s care',
    board: { template: 'modell-3' },
    why: 'Insurer = I, kommune = K. Frail elderly: hjemmetjenester K → fastlege I, legevakt, kad, sykehus I → utskrivningsklare K, sykehjem, hjemmetjenester K → fastlege I: 3. Chronic: fastlege I → folkehelse K → kad I, sykehus, fastlege I: 2. Children: helsestasjon K → fastlege I, bup I → koordinator K → rehabilitering-kommune I: 3. Mental health: psykisk-helse-rus-kommune K → fastlege I … fact I → psykisk-helse-rus-kommune K: 2. Acute far from hospital: all I until dms I → hjemmetjenester K: 1. Pregnancy: svangerskap, prehospitale, fodsel, svangerskap I → helsestasjon K: 1. Palliative: sykehus I → hjemmetjenester K, palliasjon K: 1. 13, as today; the handoff between primary and specialist care disappears, and one between health care and the kommune’s care takes its place.',
    check: (c) => {
      expect(perPathway(c)).toEqual({ 'skrope-eldre': 3, 'kronisk-syke': 2, 'barn-unge': 3, 'psykisk-rus': 2, 'akutt-distrikt': 1, 'svangerskap-fodsel': 1, lindrende: 1 });
      expect(c.handoffs.total).toMatchObject({ value: 13, baseline: 13, delta: 0 });
      expect(c.handoffs.perPathway.flatMap((p) => p.transitions).every((t) => [t.fromLevel, t.toLevel].sort().join() === 'forsikring,kommune')).toBe(true);
    },
  },
  {
    name: 'modell-3: three acts must change; which act gives the insurer its duty is open',
    board: { template: 'modell-3' },
    why: 'The eight municipal cards have their duty in helse- og omsorgstjenesteloven, which names the kommune; the specialist services theirs in spesialisthelsetjenesteloven, which names the RHFs; felleseide-selskaper, ikt-drift and sykehusapotek are owned by the RHFs under helseforetaksloven. All three must change: 3 acts. No act gives an insurer a duty to provide health care today, and the sketch does not say which would, so that is an open question for every moved card, not a counted act. The insurer still buys specialist care, so psykisk helsevernloven, which governs specialist mental health care, is not counted. Financing is open (L483): no counted change. Fastlege, physiotherapy and contract specialists are partly paid by folketrygd refunds: whether that goes on is open.',
    check: (c) => {
      expect(c.law.changes.map((a) => [a.law, a.responsibilities])).toEqual([
        ['hol', INSURED_MUNICIPAL],
        ['sphl', SPECIALIST_SERVICES],
        ['hfl', OWNED],
      ]);
      expect(c.law.count.value).toBe(3);
      expect(c.financing.changes).toEqual([]);
      const moved = [...INSURED_MUNICIPAL, ...SPECIALIST_TODAY];
      expect(questions(c)).toEqual([
        ['refunds', ['fastlege', 'fysio', 'avtalespesialister']],
        ['insurer-act', moved],
        ['financing-forsikring', moved],
      ]);
    },
  },
  {
    name: 'modell-4: two arrangements by field; only the two municipal mental-health cards change kind of level',
    board: { template: 'modell-4' },
    why: 'The slide keeps today’s bodies (004 L487-500); KS describes the model as different solutions per field (002 L176). Our reading: mental health and substance use gathered under specialist care (002 L262, L290-294), in a column of its own of the specialist kind; everything else as today. The field’s six specialist cards (court-ordered compulsory care among them) stay on the specialist kind, so they do not count as moved; rask psykisk helsehjelp and the municipal mental health and substance-use work go from kommune to specialist care: 2 moves. Arrangements in board order, each with its columns and cards.',
    check: (c) => {
      expect(c.arrangements.map((a) => [a.id, a.levels])).toEqual([
        ['somatikk', ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten']],
        ['psykisk-helse-rus', ['spesialisthelsetjenesten-psykisk-helse-rus']],
      ]);
      expect(group(c, 'psykisk-helse-rus').cards).toEqual(MENTAL_FIELD);
      expect(c.moves.map((m) => m.responsibility)).toEqual(MENTAL_MUNICIPAL);
      expect(group(c, 'psykisk-helse-rus').moved).toEqual(MENTAL_MUNICIPAL);
      expect(group(c, 'somatikk').moved).toEqual([]);
    },
  },
  {
    name: 'modell-4 per arrangement: 17 436 årsverk (2023) and no sourced money move, all in mental health',
    board: { template: 'modell-4' },
    why: 'The municipal mental health work has 17 436 årsverk (2023) and no cost figure; rask psykisk helsehjelp has neither. So the mental-health arrangement moves 17 436 årsverk (2023) to a new employer and no sourced money, "at least", with both cards named as having no cost figure. The other arrangement moves nothing. Summed over the two, the board’s own figures: staff 17 436 (2023), money none.',
    check: (c) => {
      const mental = group(c, 'psykisk-helse-rus');
      expect(years(mental.staffMoved)).toEqual([[2023, 17_436]]);
      expect(Object.values(mental.money).flat()).toEqual([]);
      expect(mental.withoutFigure.money).toEqual(MENTAL_MUNICIPAL);
      expect(mental.withoutFigure.staff).toEqual(['rask-psykisk-helsehjelp']);
      expect(group(c, 'somatikk').staffMoved).toEqual([]);
      expect(years(c.staff.movedByYear)).toEqual([[2023, 17_436]]);
      expect(c.money.movedByYear).toEqual([]);
      addsUp(c);
    },
  },
  {
    name: 'modell-4 per arrangement: handoffs, positions and acts, and how they make the total',
    board: { template: 'modell-4' },
    why: 'Handoffs count where the patient arrives. Mental health: fastlege → bup and fastlege → dps land in it, 2; today the same cards receive 3 (also fact → the municipal mental health work, now one specialist arrangement). The rest: 11 against 10 (the palliative pathway’s sykehus → hjemmetjenester among them), since psykisk-helse-rus-kommune → fastlege now is a handoff into the fastlege. 2 + 11 = 13 = the board’s total, as today. Positions: St.meld. 47 keeps the municipal mental health work with the kommune (003 L5247-5256): broken; KS on DPS, TSB and secure psychiatry (002 L15, L286-294) stay met: 3 met, 1 broken. The rest: 28 met, 0 broken (St.meld. 47 on discharge-ready patients and palliative units among them). 31 and 1 in all. Acts: the two municipal cards leave helse- og omsorgstjenesteloven and enter spesialisthelsetjenesteloven: 2, all in mental health, and the board’s 2 are their union.',
    check: (c) => {
      const mental = group(c, 'psykisk-helse-rus');
      const rest = group(c, 'somatikk');
      expect(mental.handoffs).toEqual({ value: 2, baseline: 3, delta: -1 });
      expect(rest.handoffs).toEqual({ value: 11, baseline: 10, delta: 1 });
      expect(mental.positions).toEqual({ met: { value: 3, baseline: 4, delta: -1 }, contradicted: { value: 1, baseline: 0, delta: 1 } });
      expect(rest.positions).toEqual({ met: { value: 28, baseline: 28, delta: 0 }, contradicted: { value: 0, baseline: 0, delta: 0 } });
      expect(laws(mental)).toEqual([
        ['hol', MENTAL_MUNICIPAL],
        ['sphl', MENTAL_MUNICIPAL],
      ]);
      expect(rest.acts).toEqual([]);
      expect(c.positions.results.filter((r) => r.status === 'contradicted').map((r) => r.position)).toEqual(['stmeld47-psykisk-helse-rus-kommune']);
      addsUp(c);
    },
  },
  {
    name: 'modell-4 with moves: each arrangement keeps its years apart, and a column with no arrangement is a group of its own',
    board: { template: 'modell-4', moves: { legevakt: 'spesialisthelsetjenesten', kad: 'spesialisthelsetjenesten', fastlege: 'stat' } },
    why: 'Legevakt and KAD go to the first specialist column (the "as today" arrangement), fastlege to a new state column with no arrangement. As today arrangement, between payers: legevakt’s 3 648 (2023) and KAD’s 208,12 (2013), two lines, never one sum; within payers 1 152 (2023). The state column: fastlege’s 4 516 between and 9 670 within (2023). Board: 3 648 + 4 516 = 8 164 (2023) and 208,12 (2013) between; 1 152 + 9 670 = 10 822 within. Handoffs: 17 in all (frail elderly 4, chronic 3, children 3, mental health 2, acute 2, pregnancy 2, palliative 1): 5 land on the state’s fastlege (today 1 leads into it), 2 in mental health (today 3), 10 in the rest (today 9). Positions broken: KS and St.meld. 47 on fastlege (state group, 2), on legevakt and KAD (rest, 4), St.meld. 47 on the municipal mental health work (1): 7.',
    check: (c) => {
      expect(c.arrangements.map((a) => a.id)).toEqual(['somatikk', 'psykisk-helse-rus', null]);
      const rest = group(c, 'somatikk');
      const state = group(c, null);
      expect(years(rest.money['between-payers'])).toEqual([[2023, 3_648_000_000], [2013, 208_120_000]]);
      expect(years(rest.money['within-payer'])).toEqual([[2023, 1_152_000_000]]);
      expect(state.levels).toEqual(['stat']);
      expect(years(state.money['between-payers'])).toEqual([[2023, 4_516_000_000]]);
      expect(years(state.money['within-payer'])).toEqual([[2023, 9_670_000_000]]);
      expect(years(c.money.byYear['between-payers'])).toEqual([[2023, 8_164_000_000], [2013, 208_120_000]]);
      expect([rest, group(c, 'psykisk-helse-rus'), state].map((a) => a.handoffs)).toEqual([
        { value: 10, baseline: 9, delta: 1 },
        { value: 2, baseline: 3, delta: -1 },
        { value: 5, baseline: 1, delta: 4 },
      ]);
      expect(c.handoffs.total.value).toBe(17);
      expect([rest, group(c, 'psykisk-helse-rus'), state].map((a) => a.positions.contradicted.value)).toEqual([4, 1, 2]);
      addsUp(c);
    },
  },
  {
    name: 'a board whose columns name no arrangement has no per-arrangement figures',
    board: { template: 'modell-1a' },
    why: 'Arrangements exist only where a column names one (model 4); on any other board the figures are the board’s alone, and nothing is shown twice.',
    check: (c) => {
      expect(c.arrangements).toEqual([]);
    },
  },
];

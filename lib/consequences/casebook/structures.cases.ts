import { expect } from 'vitest';
import { catalog } from '../../catalog';
import { norwegianNames, scanBokmal, scanEnglish } from '../../i18n/language-scan';
import type { Consequences } from '../engine';
import type { Case } from './harness';

// The structures the seeds name, each moved on its own and worked by hand. Rows of the size table
// used (357 municipalities, 1.1.2024): below 5 000: 174 | 10 000: 244, 898 757 people |
// 15 000: 275, 1 279 157 | 20 000: 291, 1 557 282 | 30 000: 321.
// Today's handoffs are listed at the top of governance.cases.ts (13: two in each of the six first
// pathways, one in the palliative one); the frail-elderly pathway passes through the duty to pay
// for discharge-ready patients between the hospital and the short-term bed.

const acts = (c: Consequences) => c.law.changes.map((a) => [a.law, a.responsibilities]);
const questions = (c: Consequences) => [...c.law.open, ...c.financing.open].map((q) => [q.id, q.responsibilities]);
const perPathway = (c: Consequences) => Object.fromEntries(c.handoffs.perPathway.map((p) => [p.pathway, p.indicator.value]));
const transitions = (c: Consequences, pathway: string) =>
  c.handoffs.perPathway.find((p) => p.pathway === pathway)!.transitions.map((t) => `${t.fromCard}>${t.toCard}`);
const contradicted = (c: Consequences) => c.positions.results.filter((r) => r.status === 'contradicted').map((r) => r.position);
const status = (c: Consequences, id: string) => c.positions.results.find((r) => r.position === id)?.status;
const row = (c: Consequences, id: string) => c.populationBase.cards.find((x) => x.responsibility === id)!;
const bandsToday = (c: Consequences) => c.populationBase.bands.map((b) => [b.today.low, b.today.high]);
const bandsNew = (c: Consequences) => c.populationBase.bands.map((b) => [b.newCooperation.low, b.newCooperation.high]);
const years = (list: { year?: number | null; value: number }[]) => list.map((i) => [i.year, i.value]);

// What the committee asks of every model (004 L617-627): supervision first, the rest in the slide's
// order; court-ordered compulsory care (L625) is a card and not among them.
const COMMON = ['common-tilsyn', 'common-ikt', 'common-felleseide', 'common-sentral-forvaltning'];
const OWNED = ['felleseide-selskaper', 'ikt-drift', 'sykehusapotek'];

const TODAY_HANDOFFS = { 'skrope-eldre': 2, 'kronisk-syke': 2, 'barn-unge': 2, 'psykisk-rus': 2, 'akutt-distrikt': 2, 'svangerskap-fodsel': 2, lindrende: 1 };

/** Cases worked by hand; see harness.ts for the shape. */
export const structuresCases: Case[] = [
  {
    name: 'helsefellesskap: KAD and DMS agreed as joint arrangements leave duty and split open, add three handoffs',
    board: { moves: { kad: 'delt', dms: 'delt' } },
    why: 'The health communities are where kommuner and health trusts agree joint arrangements (004 L572; KS on their role and on joint budgets, 002 L23-26, L355-385, L447-451); they hold no service, so the board shows them as the joint level, not as a card. Putting KAD and DMS there: no act is counted, but who holds the duty in a joint body is open (003 L5407-5414), and so is the split of the cost (002 L399-401): two open questions for [kad, dms] in catalog order, 0 financing changes. Handoffs, the joint level being a side of its own: frail elderly legevakt K -> kad delt -> sykehus S -> utskrivningsklare K: 3 (today 2); chronic folkehelse K -> kad delt -> sykehus S -> fastlege K: 3; acute far from hospital legevakt K -> prehospitale S, sykehus S -> dms delt -> hjemmetjenester K: 3. Total 13 + 3 = 16. Positions: KS lists the joint level for DMS (002 L30-31, L399, L423): met; KS on KAD (002 L30, L405-409), the kommunedirektører on DMS (001 L146-151) and St.meld. 47 on KAD (003 L5233-5239) and DMS (003 L5450-5457) want the kommune side: 4 broken. Money: KAD’s only figure, 208,12 mill. kr (SSB KOSTRA 2013), goes to a shared budget; DMS has none.',
    check: (c) => {
      expect(c.law.changes).toEqual([]);
      expect(c.financing.changes).toEqual([]);
      expect(questions(c)).toEqual([
        ['delt-duty', ['kad', 'dms']],
        ['financing-delt-finansiering', ['kad', 'dms']],
      ]);
      expect(perPathway(c)).toEqual({ ...TODAY_HANDOFFS, 'skrope-eldre': 3, 'kronisk-syke': 3, 'akutt-distrikt': 3 });
      expect(c.handoffs.total).toMatchObject({ value: 16, baseline: 13, delta: 3 });
      expect(status(c, 'ks-dms')).toBe('met');
      expect(contradicted(c)).toEqual(['ks-kad', 'kommunedirektorer-dms', 'stmeld47-kad', 'stmeld47-dms']);
      expect(years(c.money.byYear['to-shared'])).toEqual([[2013, 208_120_000]]);
      expect(c.money.unsourcedMoved.value).toBe(1);
    },
  },
  {
    name: 'utskrivningsklare: the duty to pay back in the hospitals is two acts, one financing change and a broken St.meld. 47 stance',
    board: { moves: { utskrivningsklare: 'spesialisthelsetjenesten' } },
    why: 'Today the kommune pays for patients ready for discharge (002 L136, L146), as St.meld. 47 proposed from 2012 (003 L3057-3064, L9920-9924). Handing the cost back to the hospitals: helse- og omsorgstjenesteloven gives the duty to the kommune and must change; spesialisthelsetjenesteloven must take it in: 2 acts. The money came into the kommuner’s block grant from the RHFs’ grants (003 L3078-3082), so the card goes from block grant (ramme) to basis grant plus ISF (blandet): 1 change. Frail elderly: kad K -> sykehus S and sykehus S -> utskrivningsklare K today; now kad -> sykehus and utskrivningsklare S -> sykehjem K: still 2, the handoff moves to the end of the wait. St.meld. 47’s stance that the kommuner hold the responsibility and the money (care-level) breaks; KS’ wish to lift the duty for mental health and substance use only (002 L136) is about who pays for one group and stays apart. No cost figure (the 725 mill. kr of 2008 is an estimate of hospital days, 003 L9892-9894), so money says "at least", 1 card without a figure.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['hol', ['utskrivningsklare']],
        ['sphl', ['utskrivningsklare']],
      ]);
      expect(c.financing.changes).toEqual([
        { responsibility: 'utskrivningsklare', from: 'kommune', to: 'spesialisthelsetjenesten', fromFinancing: 'ramme-kommune', toFinancing: 'rhf-basis-isf', fromBasis: 'ramme', toBasis: 'blandet' },
      ]);
      expect(transitions(c, 'skrope-eldre')).toEqual(['kad>sykehus', 'utskrivningsklare>sykehjem']);
      expect(c.handoffs.total).toMatchObject({ value: 13, delta: 0 });
      expect(contradicted(c)).toEqual(['stmeld47-utskrivningsklare']);
      expect(status(c, 'ks-utskrivningsklare')).toBe('not-applicable');
      expect(c.money.unsourcedMoved.value).toBe(1);
    },
  },
  {
    name: 'utskrivningsklare shared among kommuner, as St.meld. 47 suggests for small ones: nothing the board counts changes',
    board: { moves: { utskrivningsklare: 'interkommunalt' } },
    why: 'St.meld. 47 says small kommuner carry most risk under the duty to pay and can lower it by cooperating (003 L3093-3098), but gives no population figure, so the card has no base. The duty stays with the kommuner, whom kommuneloven already lets cooperate (004 L160-162): no act, no financing change (same block grant). Inter-municipal is the kommune side: handoffs as today, the St.meld. 47 stance met.',
    check: (c) => {
      expect(c.law.changes).toEqual([]);
      expect(c.financing.changes).toEqual([]);
      expect(questions(c)).toEqual([]);
      expect(perPathway(c)).toEqual(TODAY_HANDOFFS);
      expect(status(c, 'stmeld47-utskrivningsklare')).toBe('met');
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
      expect(row(c, 'utskrivningsklare')).toMatchObject({ kind: 'interkommunalt', status: 'no-base' });
    },
  },
  {
    name: 'omsorgsboliger to the state: two acts and an open financing question, no money, no handoff, no stance',
    board: { moves: { omsorgsboliger: 'stat' } },
    why: 'Sheltered housing is part of the kommune’s care services (003 L4987-4994; KS 002 L124-126, L421). On the state: helse- og omsorgstjenesteloven names the kommune and must change, spesialisthelsetjenesteloven (where the state units’ duties are written, 004 L411-443) must take it in: 2 acts. Sketch 2 leaves the state’s financing open (004 L437): an open question, 0 changes. The card has no sourced cost and the SSB care total does not cover the housing itself, so the care total stays with the kommune and money says only that 1 moved card has no figure. It is on no pathway and no source takes a stance on its place, so handoffs and positions are as today.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['hol', ['omsorgsboliger']],
        ['sphl', ['omsorgsboliger']],
      ]);
      expect(questions(c)).toEqual([['financing-statsbudsjett', ['omsorgsboliger']]]);
      expect(c.financing.count.value).toBe(0);
      expect(c.money.byYear['between-payers']).toEqual([]);
      expect(c.money.unsourcedMoved.value).toBe(1);
      expect(c.handoffs.total).toMatchObject({ value: 13, delta: 0 });
      expect(c.positions.contradicted.value).toBe(0);
    },
  },
  {
    name: 'sykestue (on the DMS card) run by the hospital, as in Finnmark’s trial: two acts, one financing change, three stances broken',
    board: { moves: { dms: 'spesialisthelsetjenesten' } },
    why: 'Sykestuer stay on the DMS card, since KS and St.meld. 47 name them with DMS and LMS in every stance (002 L30-31, L389-423; 003 L6147-6151); Finnmark’s 16 sykestue kommuner and their trial of activity-based payment for stays that replace a hospital stay (003 L10088-10110) are cited there. With the card in specialist care: helse- og omsorgstjenesteloven (holder) and spesialisthelsetjenesteloven (receives): 2 acts; block grant to basis grant plus ISF: 1 change. Acute far from hospital: the handoff moves from sykehus -> dms to dms -> hjemmetjenester, still 2. KS (joint or municipal, 002 L30-31, L399, L423), the kommunedirektører (001 L146-151) and St.meld. 47 (003 L5450-5457, L6147-6151) all keep it on the kommune side or joint: 3 broken. Population: the DMS beds’ base leaves the kommuner, so below a base today falls from 291–321 to 291 (the population book works that out).',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['hol', ['dms']],
        ['sphl', ['dms']],
      ]);
      expect(c.financing.changes.map((f) => [f.responsibility, f.fromBasis, f.toBasis])).toEqual([['dms', 'ramme', 'blandet']]);
      expect(transitions(c, 'akutt-distrikt')).toEqual(['legevakt>prehospitale', 'dms>hjemmetjenester']);
      expect(contradicted(c)).toEqual(['ks-dms', 'kommunedirektorer-dms', 'stmeld47-dms']);
      expect(c.populationBase.belowToday).toMatchObject({ value: 291, range: { high: 291, baselineHigh: 321 } });
    },
  },
  {
    name: 'palliasjon in hospital-run units: one more handoff at the end of life, St.meld. 47 broken, the base unchecked',
    board: { moves: { palliasjon: 'spesialisthelsetjenesten' } },
    why: 'Palliative care exists on both levels; St.meld. 47 wants municipal units close to home working with the hospitals’ units (003 L5581-5584, L5619-5632). With the units in specialist care, the palliative pathway (hospital, then home nursing, then the unit for the last period: 003 L5282-5284, L5309-5311, L5545-5549, L5628-5632) gets sykehus S -> hjemmetjenester K and hjemmetjenester K -> palliasjon S: 2 (today 1), total 14. St.meld. 47’s stance breaks. Law: helse- og omsorgstjenesteloven and spesialisthelsetjenesteloven, 2; financing: block grant to basis grant plus ISF, 1. Population: the unit’s base, at least 10 000–15 000 (003 L5643-5650), now sits with the specialist service, whose smallest unit no source gives: unchecked. Below a base today stays 291–321, since folkehelse (20 000) and DMS (20 000–30 000) still cover more municipalities than 244–275.',
    check: (c) => {
      expect(perPathway(c)).toEqual({ ...TODAY_HANDOFFS, lindrende: 2 });
      expect(transitions(c, 'lindrende')).toEqual(['sykehus>hjemmetjenester', 'hjemmetjenester>palliasjon']);
      expect(c.handoffs.total).toMatchObject({ value: 14, baseline: 13, delta: 1 });
      expect(contradicted(c)).toEqual(['stmeld47-palliasjon']);
      expect(c.law.count.value).toBe(2);
      expect(c.financing.count.value).toBe(1);
      expect(row(c, 'palliasjon')).toMatchObject({ status: 'unchecked', below: null, base: { low: 10_000, high: 15_000, qualifier: 'at-least' } });
      expect(c.populationBase.belowToday).toMatchObject({ value: 291, delta: 0, range: { high: 321, baselineHigh: 321 } });
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
    },
  },
  {
    name: 'palliasjon is the municipal base left when folkehelse and DMS go: 244–275 below it today; moved too, none',
    board: { moves: { folkehelse: 'spesialisthelsetjenesten', dms: 'spesialisthelsetjenesten' } },
    why: 'The palliative unit’s base used to sit on the sykehjem card; it is the palliasjon card’s own now, the unit the source speaks of (003 L5603-5650). With miljørettet helsevern (folkehelse, 20 000) and the DMS beds (20 000–30 000) out of the kommuner, the only municipal base left is the unit’s 10 000–15 000: 244 (10 000 row) to 275 (15 000 row) municipalities below it, today’s arrangement and not charged. Bands: 174 under 5 000; 244 − 174 = 70 to 275 − 174 = 101 at 5 000–19 999; none above. The case below moves the unit too.',
    check: (c) => {
      expect(c.populationBase.belowToday).toMatchObject({ value: 244, baseline: 291, delta: -47, range: { high: 275, baselineHigh: 321 } });
      expect(bandsToday(c)).toEqual([[174, 174], [70, 101], [0, 0], [0, 0]]);
      expect(row(c, 'palliasjon')).toMatchObject({ status: 'today', below: { municipalities: { low: 244, high: 275 } } });
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
    },
  },
  {
    name: 'palliasjon, folkehelse and DMS all in specialist care: no municipal base is left, below today 0',
    board: { moves: { folkehelse: 'spesialisthelsetjenesten', dms: 'spesialisthelsetjenesten', palliasjon: 'spesialisthelsetjenesten' } },
    why: 'As above, with the palliative unit moved too: no card with a base sits with the kommuner, so below a base today is 0 at both ends (291–321 on today’s board), and nothing is new, since cards leaving the kommuner ask no cooperation of them. All three are unchecked against the specialist service, whose smallest unit no source gives.',
    check: (c) => {
      expect(c.populationBase.belowToday).toMatchObject({ value: 0, baseline: 291, delta: -291, range: { high: 0, baselineHigh: 321 } });
      expect(bandsToday(c)).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
      expect(['folkehelse', 'dms', 'palliasjon'].map((id) => row(c, id).status)).toEqual(['unchecked', 'unchecked', 'unchecked']);
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
    },
  },
  {
    name: 'kommunal medfinansiering: 244–291 municipalities need new cooperation to carry the risk, at most 77–89 pools',
    board: { moves: { 'kommunal-medfinansiering': 'kommune' } },
    why: 'St.meld. 47 proposes that kommuner pay a share of specialist care, funded by moving part of the RHFs’ grant to them (003 L9387-9399). The risk becomes manageable at about 10 000 inhabitants in some analyses and about 20 000 and up in others (003 L9603-9608), and smaller kommuner must then share it in stable inter-municipal cooperation (003 L9710-9728). The card comes from specialist care, so this is new: 244 (10 000 row) to 291 (20 000 row) municipalities, 898 757 to 1 557 282 people. Pools: 898 757 / 10 000 = 89.9 -> 89 and 1 557 282 / 20 000 = 77.9 -> 77, shown 77–89, an upper bound. Bands: 174 under 5 000; 244 − 174 = 70 to 291 − 174 = 117 at 5 000–19 999. Law: spesialisthelsetjenesteloven, where the whole cost sits with the RHFs today, and helse- og omsorgstjenesteloven, which must give the kommune its share: 2. Financing: basis grant plus ISF to block grant: 1. The amount depends on the design (about 13 mrd. 2009-kroner general, about 2,5 mrd. for the over-80s, 003 L9592-9597, L9639-9643), so no sum is moved and money says "at least". St.meld. 47’s stance is about who pays, so it stays apart.',
    check: (c) => {
      expect(c.populationBase.municipalities).toMatchObject({ value: 244, baseline: 0, delta: 244, range: { high: 291, baselineHigh: 0 } });
      expect(c.populationBase.municipalities.atLeast).toBeUndefined();
      expect(c.populationBase.people).toMatchObject({ value: 898_757, range: { high: 1_557_282 } });
      expect(c.populationBase.units).toMatchObject({ value: 77, range: { high: 89 } });
      expect(bandsNew(c)).toEqual([[174, 174], [70, 117], [0, 0], [0, 0]]);
      expect(row(c, 'kommunal-medfinansiering')).toMatchObject({ status: 'new', base: { low: 10_000, high: 20_000, qualifier: 'at-least' } });
      expect(acts(c)).toEqual([
        ['sphl', ['kommunal-medfinansiering']],
        ['hol', ['kommunal-medfinansiering']],
      ]);
      expect(c.financing.changes.map((f) => [f.responsibility, f.fromFinancing, f.toFinancing])).toEqual([['kommunal-medfinansiering', 'rhf-basis-isf', 'ramme-kommune']]);
      expect(c.money.unsourcedMoved.value).toBe(1);
      expect(status(c, 'stmeld47-medfinansiering')).toBe('not-applicable');
      expect(c.positions.contradicted.value).toBe(0);
    },
  },
  {
    name: 'kommunal medfinansiering pooled in inter-municipal cooperation: the same 244–291, now named outright',
    board: { moves: { 'kommunal-medfinansiering': 'interkommunalt' } },
    why: 'St.meld. 47’s own answer for small kommuner is a cooperation agreement that shares the participants’ total co-financing cost by set criteria (003 L9724-9730). Placed on the inter-municipal level, the cooperation is said out loud; the card comes from specialist care, so it is still new cooperation: the same 244–291 municipalities and at most 77–89 pools, marked explicit.',
    check: (c) => {
      expect(row(c, 'kommunal-medfinansiering').status).toBe('new-explicit');
      expect(c.populationBase.municipalities).toMatchObject({ value: 244, range: { high: 291 } });
      expect(c.populationBase.units).toMatchObject({ value: 77, range: { high: 89 } });
    },
  },
  {
    name: 'dom på tvungent psykisk helsevern out of specialist care, to the kommune: psykisk helsevernloven is touched',
    board: { moves: { 'dom-tvungent-psykisk-helsevern': 'kommune' } },
    why: 'The committee asks whether court-ordered compulsory care should leave the health service (004 L617-625). Specialist care carries it out today under psykisk helsevernloven chapter 5, care the act defines as specialist care (§ 1-2). Placed with the kommune: spesialisthelsetjenesteloven names the RHFs (holder), psykisk helsevernloven must change because the care leaves specialist care, and helse- og omsorgstjenesteloven must take the duty in: 3 acts, in that order. Financing: basis grant plus ISF to block grant, 1 change. No source gives a base, so the count of municipalities needing new cooperation is 0 but "at least". No source takes a stance on where the sentence is carried out: no position flips.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['sphl', ['dom-tvungent-psykisk-helsevern']],
        ['phvl', ['dom-tvungent-psykisk-helsevern']],
        ['hol', ['dom-tvungent-psykisk-helsevern']],
      ]);
      expect(c.law.count.value).toBe(3);
      expect(c.financing.count.value).toBe(1);
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, atLeast: true });
      expect(c.positions.contradicted.value).toBe(0);
      expect(c.handoffs.total).toMatchObject({ value: 13, delta: 0 });
    },
  },
  {
    name: 'dom på tvungent psykisk helsevern to the state: the board reads the state as specialist care, so psykisk helsevernloven is not listed',
    board: { moves: { 'dom-tvungent-psykisk-helsevern': 'stat' } },
    why: 'The slide’s option is the justice sector (004 L625), which has no column of its own. The nearest is the state, which the board reads as sketch 2’s state-run specialist care (004 L411-425): the RHFs’ duty in spesialisthelsetjenesteloven moves to the state and helseforetaksloven is touched because a state unit takes a trust’s place (004 L164-168): 2 acts. psykisk helsevernloven is not listed, since the state still counts as specialist care; a move to the justice sector proper would touch it, and the board cannot show that difference. The state’s financing is an open question (004 L437).',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['sphl', ['dom-tvungent-psykisk-helsevern']],
        ['hfl', ['dom-tvungent-psykisk-helsevern']],
      ]);
      expect(c.law.changes.some((a) => a.law === 'phvl')).toBe(false);
      expect(questions(c)).toEqual([['financing-statsbudsjett', ['dom-tvungent-psykisk-helsevern']]]);
    },
  },
  {
    name: 'sykehusapotek moved with the specialist service in modell 2: helseforetaksloven with the other RHF-owned cards, no sourced cost',
    board: { template: 'modell-2' },
    why: 'The committee’s picture of future tasks lists "Apotek" with the specialist service’s tasks (004 L597-598): the hospital pharmacies the RHFs own. Model 2 moves every specialist card to the state (004 L411-425), the pharmacies with them. Their own act is helseforetaksloven (owned by the RHFs), so they join felleseide-selskaper and ikt-drift on it as owned; the trusts line (state units replacing trusts) lists only cards whose act is another, so they are not on it twice. No act of theirs gives a duty, so spesialisthelsetjenesteloven does not list them. Still 3 distinct acts. Financing: the state’s financing is open (004 L437), so the card joins that open question and no change is counted. Money: the card has no figure of its own; it sits inside the specialist sector total (SSB 2022), which moves within one payer, the state: a reorganisation with no sourced cost of its own.',
    check: (c) => {
      expect(c.law.changes.find((a) => a.law === 'hfl' && a.responsibilities.includes('felleseide-selskaper'))?.responsibilities).toEqual(OWNED);
      expect(c.law.changes.filter((a) => a.responsibilities.includes('sykehusapotek')).map((a) => a.law)).toEqual(['hfl']);
      expect(c.law.count.value).toBe(3);
      expect(c.financing.open.find((q) => q.id === 'financing-statsbudsjett')?.responsibilities).toContain('sykehusapotek');
      expect(c.financing.changes.some((f) => f.responsibility === 'sykehusapotek')).toBe(false);
      expect(catalog.responsibilities.find((r) => r.id === 'sykehusapotek')!.figures.cost).toMatchObject({ missing: 'no sourced figure' });
    },
  },
  {
    name: 'sykehusapotek alone to the state: one act, an open financing question, no money moved, nothing else',
    board: { moves: { sykehusapotek: 'stat' } },
    why: 'The hospital pharmacies are owned by the RHFs under helseforetaksloven, which must change if the state runs them itself: 1 act (the act is the card’s own, so the trusts line does not add it again). Sketch 2’s state financing is open (004 L437): an open question, 0 changes. The card has no sourced cost or årsverk, so money and staff each say 1 moved card has no figure and every money line is empty: the state and the RHFs are one payer, so even a figure would be a reorganisation, not money between payers. No pathway passes through the pharmacies and no source takes a stance on their place: handoffs 13, no stance broken, no population base.',
    check: (c) => {
      expect(acts(c)).toEqual([['hfl', ['sykehusapotek']]]);
      expect(c.law.count.value).toBe(1);
      expect(questions(c)).toEqual([['financing-statsbudsjett', ['sykehusapotek']]]);
      expect(c.financing.changes).toEqual([]);
      expect(c.money.unsourcedMoved.value).toBe(1);
      expect(c.staff.unsourcedMoved.value).toBe(1);
      expect(Object.values(c.money.byYear).flat()).toEqual([]);
      expect(c.handoffs.total).toMatchObject({ value: 13, delta: 0 });
      expect(c.positions.contradicted.value).toBe(0);
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
    },
  },
  {
    name: 'the committee’s common questions stand on today’s board, listed and never counted',
    board: { template: 'dagens-ordning' },
    why: 'The slide "Felles for alle modeller?" asks of every model about IT and digitalisation (004 L619), jointly owned companies across levels (L621), supervision and the county governors’ role (L623) and changes to the central health administration (L627); court-ordered compulsory care (L625) is a card. No card stands for them, so no move settles them: they are listed on today’s board as on any other, supervision first (the structure the board lacked) and the rest in the slide’s order, each citing its line, and the act count stays 0 with no open question of the moves’ own. Their texts are in the language they claim.',
    check: (c) => {
      expect(c.law.common.map((q) => q.id)).toEqual(COMMON);
      expect(c.law.common.every((q) => q.responsibilities.length === 0 && q.source.ref === '004_d99db576314eb3e0.txt')).toBe(true);
      expect(c.law.count.value).toBe(0);
      expect(c.law.changes).toEqual([]);
      expect(questions(c)).toEqual([]);
      const names = norwegianNames(catalog);
      expect(c.law.common.flatMap((q) => [...scanBokmal(q.question.nb, []), ...scanEnglish(q.question.en, names)])).toEqual([]);
    },
  },
  // Every template: the same four questions, and the act count is the distinct acts of its moves alone.
  ...catalog.templates.map(
    (t): Case => ({
      name: `${t.id}: the committee’s common questions are listed and not counted`,
      board: { template: t.id },
      why: 'The questions are asked of every model (004 L617-627), so each template lists the same four; the act count is the number of distinct acts among the changes its moves make, so the questions add nothing to it, and none of them is among the open questions the moves raise.',
      check: (c) => {
        expect(c.law.common.map((q) => q.id)).toEqual(COMMON);
        expect(c.law.count.value).toBe(new Set(c.law.changes.map((a) => a.law)).size);
        expect(questions(c).some(([id]) => String(id).startsWith('common-'))).toBe(false);
      },
    }),
  ),
];

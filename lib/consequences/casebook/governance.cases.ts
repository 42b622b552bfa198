import { expect } from 'vitest';
import type { Consequences } from '../engine';
import { SPECIALIST_TODAY, type Case } from './harness';

// Today's handoffs, worked out once per pathway (K = kommune side, S = specialist side):
// skrope-eldre   hjemmetjenester K, fastlege K, legevakt K, kad K, sykehus S, utskrivningsklare K, sykehjem K, hjemmetjenester K, fastlege K: 2
// kronisk-syke   fastlege K, folkehelse K, kad K, sykehus S, fastlege K: 2
// barn-unge      helsestasjon K, fastlege K, bup S, koordinator K, rehabilitering-kommune K: 2
// psykisk-rus    psykisk-helse-rus-kommune K, fastlege K, dps S, tsb S, fact S, psykisk-helse-rus-kommune K: 2
// akutt-distrikt fastlege K, legevakt K, prehospitale S, sykehus S, dms K, hjemmetjenester K: 2
// svangerskap    svangerskap K, prehospitale S, fodsel S, svangerskap K, helsestasjon K: 2
// lindrende      sykehus S, hjemmetjenester K, palliasjon K: 1
const TODAY_HANDOFFS = { 'skrope-eldre': 2, 'kronisk-syke': 2, 'barn-unge': 2, 'psykisk-rus': 2, 'akutt-distrikt': 2, 'svangerskap-fodsel': 2, lindrende: 1 };

// The cards in spesialisthelsetjenesten today (seed 004 L534-598), in catalog order.
const SPECIALIST = SPECIALIST_TODAY;
// The three specialist cards whose own act is helseforetaksloven (companies and pharmacies the RHFs own), and the rest.
const OWNED = ['felleseide-selskaper', 'ikt-drift', 'sykehusapotek'];
const SERVICES = SPECIALIST.filter((id) => !OWNED.includes(id));
// Court-ordered compulsory care is carried out under psykisk helsevernloven chapter 5; it comes last in catalog order.
const MENTAL_HEALTH = ['dps', 'bup', 'sikkerhetspsykiatri', 'fact', 'dom-tvungent-psykisk-helsevern'];
// The municipal medical part that model 2 moves to the state as KS reads it (seed 002 L176, L189), in catalog order.
const MEDICAL = ['fastlege', 'legevakt', 'kad'];

const acts = (c: Consequences) => c.law.changes.map((a) => [a.law, a.responsibilities]);
const questions = (c: Consequences) => [...c.law.open, ...c.financing.open].map((q) => [q.id, q.responsibilities]);
const perPathway = (c: Consequences) => Object.fromEntries(c.handoffs.perPathway.map((p) => [p.pathway, p.indicator.value]));

/** Nothing touched, nothing open, every handoff as today. */
function asToday(c: Consequences) {
  expect(c.law.changes).toEqual([]);
  expect(c.law.count.value).toBe(0);
  expect(c.financing.changes).toEqual([]);
  expect(c.financing.count.value).toBe(0);
  expect(questions(c)).toEqual([]);
  expect(perPathway(c)).toEqual(TODAY_HANDOFFS);
  expect(c.handoffs.total).toMatchObject({ value: 13, baseline: 13, delta: 0 });
}

/** Cases worked by hand; see harness.ts for the shape. */
export const governanceCases: Case[] = [
  {
    name: 'dagens ordning: no act, no financing change, no open question, 13 handoffs',
    board: { template: 'dagens-ordning' },
    why: 'No card moves, so no rule fires. Handoffs: the six first pathways (steps cited in the catalog from St.meld. 47 and the KS input) have 2 level changes each, and the palliative pathway (003 L5282-5284, L5309-5311, L5534-5650) has 1, hospital to home care, as listed at the top of this file: 13.',
    check: asToday,
  },
  {
    name: 'kdf-murstein moves no card: no act, no financing change, 13 handoffs; only binding pathways’ legal basis is open',
    board: { template: 'kdf-murstein' },
    why: 'Kdf keeps the structures and fills the gaps with binding cooperation (seed 000 L44-52); the template moves no card, so acts, financing and handoffs are as today. Its four binding cross-level pathways (000 L58, L98) raise one open question, never counted: whether they need a legal basis beyond today’s agreements (helse- og omsorgstjenesteloven ch. 6, spesialisthelsetjenesteloven § 2-1e). It names the cards where those pathways change hands today: skrope-eldre kad -> sykehus -> utskrivningsklare, kronisk-syke kad -> sykehus -> fastlege, barn-unge fastlege -> bup -> koordinator, psykisk-rus fastlege -> dps, fact -> psykisk-helse-rus-kommune.',
    check: (c) => {
      expect(c.law.changes).toEqual([]);
      expect(c.law.count.value).toBe(0);
      expect(c.financing.count.value).toBe(0);
      expect(questions(c)).toEqual([
        ['binding-pathways', ['kad', 'sykehus', 'utskrivningsklare', 'fastlege', 'bup', 'koordinator', 'dps', 'fact', 'psykisk-helse-rus-kommune']],
      ]);
      expect(perPathway(c)).toEqual(TODAY_HANDOFFS);
      expect(c.handoffs.total).toMatchObject({ value: 13, baseline: 13, delta: 0 });
    },
  },
  {
    name: 'ks-varianter: KAD to inter-municipal changes no act, no financing and no handoff',
    board: { template: 'ks-varianter' },
    why: 'KAD moves kommune -> interkommunalt (seed 002 L302, L409). The duty stays with the kommuner, who may already cooperate under kommuneloven (seed 004 L160-162), and the cooperation is paid from the same municipal block grant (ramme-kommune): no act, no financing change. Inter-municipal counts as the kommune side, so KAD next to legevakt and sykehus gives the same handoffs as today.',
    check: (c) => {
      expect(c.moves.map((m) => m.responsibility)).toEqual(['kad']);
      asToday(c);
    },
  },
  {
    name: 'modell-2: helse- og omsorgstjenesteloven, spesialisthelsetjenesteloven and helseforetaksloven; the state financing is an open question',
    board: { template: 'modell-2' },
    why: 'All 17 specialist cards move to the state (seed 004 L411-425), and fastlege, legevakt and KAD as KS reads the sketch (seed 002 L176, L189). The three municipal cards: helse- og omsorgstjenesteloven gives their duty to the kommune and must change; the state’s duties are written in spesialisthelsetjenesteloven, which must take them in. The specialist cards: spesialisthelsetjenesteloven gives the duty to the RHFs today and must name the state: the 14 cards whose act it is (court-ordered compulsory care and co-financing among them). helseforetaksloven sets up the trusts the state units replace (seed 004 L164-168): the same 14, plus felleseide-selskaper, ikt-drift and sykehusapotek whose own act it is (owned by the RHFs). psykisk helsevernloven is not touched: the state still runs specialist care, which is what the act governs (§ 1-2). 3 distinct acts. Sketch 2 names financing without settling it (seed 004 L437): all 20 cards go to the open question, 0 counted changes. fastlege and avtalespesialister are partly paid by folketrygd refunds (seed 004 L175-176): whether that continues is open.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['hol', MEDICAL],
        ['sphl', MEDICAL],
        ['sphl', SERVICES],
        ['hfl', SERVICES],
        ['hfl', OWNED],
      ]);
      expect(c.law.count.value).toBe(3);
      expect(c.financing.changes).toEqual([]);
      expect(questions(c)).toEqual([
        ['refunds', ['fastlege', 'avtalespesialister']],
        ['financing-statsbudsjett', [...MEDICAL, ...SPECIALIST]],
      ]);
    },
  },
  {
    name: 'modell-1b: the region’s financing and election are open questions, not changes',
    board: { template: 'modell-1b' },
    why: 'All 17 specialist cards move to a new elected region (seed 004 L378-385). As in model 2, spesialisthelsetjenesteloven (14 cards) and helseforetaksloven (14 + 3) are touched; kommuneloven too, since a new elected body needs rules on elections and governance and the act covers only kommuner and fylkeskommuner today: 17 cards. 3 distinct acts. The sketch asks whether the election is direct or indirect (L397) and names financing without settling it (L395): both are open questions, and no financing change is counted.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['sphl', SERVICES],
        ['hfl', SERVICES],
        ['koml', SPECIALIST],
        ['hfl', OWNED],
      ]);
      expect(c.law.count.value).toBe(3);
      expect(c.financing.changes).toEqual([]);
      expect(c.financing.count.value).toBe(0);
      expect(questions(c)).toEqual([
        ['region-election', SPECIALIST],
        ['refunds', ['avtalespesialister']],
        ['financing-ramme-region', SPECIALIST],
      ]);
    },
  },
  {
    name: 'modell-1a: four acts; 16 cards go from mixed to block financing, avtalespesialister keep their arrangement',
    board: { template: 'modell-1a' },
    why: 'All 17 specialist cards move to the kommune (seed 004 L345-354). spesialisthelsetjenesteloven names the RHFs (14 cards) and helse- og omsorgstjenesteloven, where the kommune’s duties are, must take the same 14 in; psykisk helsevernloven defines its care as specialist care (§ 1-2), so DPS, BUP, sikkerhetspsykiatri, FACT and court-ordered compulsory care (its chapter 5) touch it; helseforetaksloven for the two RHF-owned companies and the hospital pharmacies. 4 acts. Financing: 16 cards are paid like their level today, RHF basis grant plus ISF (blandet, seed 003 L9320-9329), co-financing among them (seed 003 L9394-9399), and the kommune is block-financed (ramme, seed 004 L170-173): 16 changes. avtalespesialister have their own arrangement (practice grant plus fee refunds), which moves with the duty: no change, but whether folketrygden keeps paying the refunds is open.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['sphl', SERVICES],
        ['hol', SERVICES],
        ['phvl', MENTAL_HEALTH],
        ['hfl', OWNED],
      ]);
      expect(c.law.count.value).toBe(4);
      expect(c.financing.changes.map((f) => f.responsibility)).toEqual(SPECIALIST.filter((id) => id !== 'avtalespesialister'));
      expect(c.financing.changes.every((f) => f.fromBasis === 'blandet' && f.toBasis === 'ramme')).toBe(true);
      expect(c.financing.count.value).toBe(16);
      expect(questions(c)).toEqual([['refunds', ['avtalespesialister']]]);
    },
  },
  {
    name: 'fastlege to spesialisthelsetjenesten: folketrygdloven is an open question, not an act touched',
    board: { moves: { fastlege: 'spesialisthelsetjenesten' } },
    why: 'The fastlege duty is in helse- og omsorgstjenesteloven, which names the kommune: touched; spesialisthelsetjenesteloven must take it in. Fastleger are paid by a kommune grant (30 %), folketrygd refunds (35 %) and patient fees (35 %) (seed 003 L9365-9369). The grant part moves with the duty and the arrangement can run under an RHF, as it does for avtalespesialister, so no financing change. The refunds need not change payer, so folketrygdloven is listed as an open question. Handoffs: the fastlege now sits on the specialist side, so akutt-distrikt gains fastlege -> legevakt (2 -> 3) and skrope-eldre gains three (hjemmetjenester -> fastlege, fastlege -> legevakt, hjemmetjenester -> fastlege; 2 -> 5); kronisk-syke, barn-unge and psykisk-rus keep 2 (the change moves to folkehelse, helsestasjon or psykisk-helse-rus-kommune); the palliative pathway has no fastlege step and keeps 1. Total 17.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['hol', ['fastlege']],
        ['sphl', ['fastlege']],
      ]);
      expect(c.financing.changes).toEqual([]);
      expect(questions(c)).toEqual([['refunds', ['fastlege']]]);
      expect(perPathway(c)).toEqual({ ...TODAY_HANDOFFS, 'skrope-eldre': 5, 'akutt-distrikt': 3 });
      expect(c.handoffs.total).toMatchObject({ value: 17, delta: 4 });
    },
  },
  {
    name: 'a shared level does not zero handoffs: legevakt, prehospitale, sykehus and dms on delt',
    board: { moves: { legevakt: 'delt', prehospitale: 'delt', sykehus: 'delt', dms: 'delt' } },
    why: 'delt is a side of its own. akutt-distrikt: fastlege K -> legevakt delt (1), three delt steps (0), dms delt -> hjemmetjenester K (1): 2, as today. skrope-eldre: fastlege K -> legevakt delt, legevakt -> kad K, kad -> sykehus delt, sykehus -> utskrivningsklare K: 4. svangerskap: svangerskap K -> prehospitale delt, prehospitale -> fodsel S, fodsel -> svangerskap K: 3. kronisk-syke: kad -> sykehus delt, sykehus -> fastlege: 2. lindrende: sykehus delt -> hjemmetjenester K: 1, as today. Total 16 against 13 (the old rule, delt as both sides, gave 5). Law: a joint arrangement can run under today’s acts by agreement (Fosen DMS, seed 003 L5407-5414), so no act, but who holds the duty is open. Financing: the split between kommune and trust is open (seed 002 L399-401), so no change is counted.',
    check: (c) => {
      expect(perPathway(c)).toEqual({ ...TODAY_HANDOFFS, 'skrope-eldre': 4, 'svangerskap-fodsel': 3 });
      expect(c.handoffs.total).toMatchObject({ value: 16, baseline: 13, delta: 3 });
      expect(c.law.changes).toEqual([]);
      expect(c.financing.changes).toEqual([]);
      const cards = ['legevakt', 'dms', 'sykehus', 'prehospitale'];
      expect(questions(c)).toEqual([
        ['delt-duty', cards],
        ['financing-delt-finansiering', cards],
      ]);
    },
  },
  {
    name: 'DPS to the kommune touches three acts and one financing change; tannhelse to the kommune changes no basis',
    board: { moves: { dps: 'kommune', tannhelse: 'kommune' } },
    why: 'DPS: spesialisthelsetjenesteloven names the RHFs, helse- og omsorgstjenesteloven must take the duty in, and psykisk helsevernloven governs only specialist care (§ 1-2). Its financing goes from the RHF basis grant plus ISF (blandet) to the kommune block grant (ramme): 1 change. Tannhelse: tannhelsetjenesteloven names the fylkeskommune; helse- og omsorgstjenesteloven must take it in. The fylkeskommune and the kommune are both block-financed (seed 002 L427, seed 004 L170-173): the payer changes (see money), the basis does not. 4 acts in all. Handoffs: barn-unge and psykisk-rus move a step (fastlege -> dps becomes dps -> tsb), each keeping 2.',
    check: (c) => {
      expect(acts(c)).toEqual([
        ['sphl', ['dps']],
        ['phvl', ['dps']],
        ['hol', ['dps', 'tannhelse']],
        ['thl', ['tannhelse']],
      ]);
      expect(c.law.count.value).toBe(4);
      expect(c.financing.changes).toEqual([
        { responsibility: 'dps', from: 'spesialisthelsetjenesten', to: 'kommune', fromFinancing: 'rhf-basis-isf', toFinancing: 'ramme-kommune', fromBasis: 'blandet', toBasis: 'ramme' },
      ]);
      expect(questions(c)).toEqual([]);
      expect(perPathway(c)).toEqual(TODAY_HANDOFFS);
    },
  },
  {
    name: 'moving away and back returns to baseline: modell-2 with every card moved back',
    board: { template: 'modell-2', moves: { ...Object.fromEntries(SPECIALIST.map((id) => [id, 'spesialisthelsetjenesten'])), ...Object.fromEntries(MEDICAL.map((id) => [id, 'kommune'])) } },
    why: 'Every figure is a function of where the cards sit, not of the way they got there. Model 2 moves the 17 specialist cards and fastlege, legevakt and KAD to the state; moving them all back leaves an empty state column and today’s placement, so no act, no financing change, no open question and 13 handoffs.',
    check: (c) => {
      expect(c.moves).toEqual([]);
      asToday(c);
    },
  },
];

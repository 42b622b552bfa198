import { expect } from 'vitest';
import type { Consequences } from '../engine';
import { computeCase, type Case } from './harness';

// Figures used below, by the names a person knows them by:
// - Today's money under directly elected bodies, 2022–2023 only: kommune 215 334,972 mill. kr (2023;
//   SSB kommunehelse 32 612,972 + omsorg 171 900 + what others pay for fastlege 9 670 and legevakt
//   1 152), against the specialist service's 180 590 (2022). Sum 395 924,972; direct 54,39 %.
// - legevakt 4 800 mill. kr (2023, NTB after SSB); folkehelse 3 392,474 mill. kr (2023, SSB function
//   233); fastlege 14 186 (2023): the kommune's basis grant 4 516, folketrygd 7 291, patients 2 232,
//   no payer 147 (Helsedirektoratet); somatic hospitals 103 332 mill. kr and 76 101 årsverk (2018).
// - Size table (1.1.2024): below 5 000: 174 | 20 000: 291, 1 557 282 people | 30 000: 321,
//   2 295 718 | 75 000: 345, 3 383 853.
// - Binding cooperation: the forms are St.meld. 47's (003 L7201-7228 vertskommune, L7273-7283
//   samkommune; each kommune keeps the formal duty) and KS's (002 L300-314, L326-328); the voluntary
//   kind is today's (004 L160-162: kommuner are free to cooperate).
const KOMMUNE_2023 = 215_334_972_000;
const RECENT = KOMMUNE_2023 + 180_590_000_000;
const TODAY_DIRECT = (100 * KOMMUNE_2023) / RECENT;

const acts = (c: Consequences) => c.law.changes.map((a) => [a.law, a.responsibilities]);
const questions = (c: Consequences) => [...c.law.open, ...c.financing.open].map((q) => q.id);
const years = (list: { year?: number | null; value: number }[]) => list.map((i) => [i.year, i.value]);
const row = (c: Consequences, id: string) => c.populationBase.cards.find((x) => x.responsibility === id)!;
const flipped = (c: Consequences) => c.positions.results.filter((r) => r.status !== r.baseline).map((r) => [r.position, r.status]);
const share = (c: Consequences, anchoring: string) => c.democracy.shares.find((s) => s.anchoring === anchoring)?.share ?? 0;

/** Every indicator as on today's board. */
function asToday(c: Consequences) {
  expect(c.moves).toEqual([]);
  expect(c.money.movedByYear).toEqual([]);
  expect(c.staff.movedByYear).toEqual([]);
  expect(c.handoffs.total.delta).toBe(0);
  expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
  expect(c.law.count.value).toBe(0);
  expect(c.financing.count.value).toBe(0);
  expect(questions(c)).toEqual([]);
  expect(c.democracy.directShare.delta).toBeCloseTo(0, 9);
  expect(c.positions.contradicted.value).toBe(0);
}

/** Cases worked by hand; see harness.ts for the shape. */
export const cooperationCases: Case[] = [
  {
    name: 'kdf-murstein: no card moves and every handoff still counts, but 5 of 13 are without a binding pathway',
    board: { template: 'kdf-murstein' },
    why: 'Kdf’s "more binding models" are across the levels, kommune and specialist care, for patients who need both (000 L58, L60, L98), not cooperation between kommuner; the model shifts no responsibility (L104-106) and warns against new organisational forms (L126). So the template uses no binding column and moves no card, and marks the committee’s four groups (004 L602-613) as binding cross-level pathways. Today’s handoffs per pathway (top of governance.cases.ts): skrope-eldre 2, kronisk-syke 2, barn-unge 2, psykisk-rus 2, akutt-distrikt 2, svangerskap-fodsel 2, lindrende 1 = 13. Handoffs stay 13 (delta 0); without a binding pathway: 13 − (2 + 2 + 2 + 2) = 5 = 2 + 2 + 1, against today’s 13: −8. Nothing else differs from today except one open question, binding-pathways, listed and never counted.',
    check: (c) => {
      expect(c.moves).toEqual([]);
      expect(c.money.movedByYear).toEqual([]);
      expect(c.staff.movedByYear).toEqual([]);
      expect(c.handoffs.total).toMatchObject({ value: 13, baseline: 13, delta: 0 });
      expect(c.handoffs.unbound).toMatchObject({ value: 5, baseline: 13, delta: -8 });
      expect(c.bindings).toEqual(['barn-unge', 'kronisk-syke', 'psykisk-rus', 'skrope-eldre']);
      expect(c.handoffs.perPathway.filter((p) => p.bound).map((p) => p.pathway)).toEqual(['skrope-eldre', 'kronisk-syke', 'barn-unge', 'psykisk-rus']);
      expect(c.populationBase.municipalities).toMatchObject({ value: 0, delta: 0 });
      expect(c.law.count.value).toBe(0);
      expect(c.financing.count.value).toBe(0);
      expect(questions(c)).toEqual(['binding-pathways']);
      expect(c.democracy.directShare.delta).toBeCloseTo(0, 9);
      expect(c.positions.contradicted.value).toBe(0);
      expect(c.populationBase.cards.some((x) => x.kind === 'bindende-samarbeid')).toBe(false);
    },
  },
  {
    name: 'kdf-murstein with no pathway marked: exactly today’s board',
    board: { template: 'kdf-murstein' },
    bindings: [],
    why: 'Take the four marks away and nothing of Kdf’s model is left on the board: no card moved, 13 handoffs and 13 without a binding pathway, no open question. The marks are the whole difference between the model and today.',
    check: (c) => {
      asToday(c);
      expect(c.handoffs.unbound).toMatchObject({ value: 13, baseline: 13, delta: 0 });
    },
  },
  {
    name: 'one binding pathway on today’s board: the palliative pathway takes 1 off the unbound count, nothing else moves',
    board: { moves: {} },
    bindings: ['lindrende'],
    why: 'The palliative pathway has 1 handoff today, sykehus (S) -> hjemmetjenester (K) (003 L5282-5284). Marked binding, it still counts: handoffs 13, delta 0. Without a binding pathway: 13 − 1 = 12, delta −1. Its open question names the two cards where it changes hands: sykehus and hjemmetjenester. No money, staff, act, financing or position changes, since each party pays its own part.',
    check: (c) => {
      expect(c.handoffs.total).toMatchObject({ value: 13, delta: 0 });
      expect(c.handoffs.unbound).toMatchObject({ value: 12, baseline: 13, delta: -1 });
      expect(c.law.open.map((q) => [q.id, q.responsibilities])).toEqual([['binding-pathways', ['sykehus', 'hjemmetjenester']]]);
      expect(c.law.count.value).toBe(0);
      expect(c.financing.count.value).toBe(0);
      expect(c.money.movedByYear).toEqual([]);
      expect(c.money.byYear['within-payer']).toEqual([]);
      expect(c.staff.movedByYear).toEqual([]);
      expect(flipped(c)).toEqual([]);
    },
  },
  {
    name: 'binding changes no money, staff or position: kdf-murstein’s figures equal the same board unmarked',
    board: { template: 'kdf-murstein' },
    why: 'A binding pathway is decided by kommune and health trust together and each pays its own part (000 L104-106: no shift of responsibility), so every figure but the unbound count and the open question is the one the unmarked board gives: money per level, staff per level, directly elected share, positions met 32 and contradicted 0, population base 0 new.',
    check: (c) => {
      const unmarked = computeCase({ board: { template: 'kdf-murstein' }, bindings: [] });
      expect(c.money.byLevel).toEqual(unmarked.money.byLevel);
      expect(c.staff.byLevel).toEqual(unmarked.staff.byLevel);
      expect(c.money.byYear).toEqual(unmarked.money.byYear);
      expect(c.democracy.directShare.value).toBeCloseTo(unmarked.democracy.directShare.value, 9);
      expect(c.positions.met.value).toBe(unmarked.positions.met.value);
      expect(c.positions.contradicted.value).toBe(0);
      expect(c.populationBase.municipalities.value).toBe(unmarked.populationBase.municipalities.value);
      expect(c.handoffs.unbound.value).toBe(unmarked.handoffs.unbound.value - 8);
    },
  },
  {
    name: 'binding follows placement: psykisk-rus bound with DPS in the kommune still takes off every handoff it has',
    board: { moves: { dps: 'kommune' } },
    bindings: ['psykisk-rus'],
    why: 'DPS on the kommune side: psykisk-rus is psykisk-helse-rus-kommune K, fastlege K, dps K, tsb S, fact S, psykisk-helse-rus-kommune K: still 2 handoffs (dps -> tsb, fact -> psykisk-helse-rus-kommune), so 13 in all. Bound, those 2 leave the unbound count: 13 − 2 = 11, against today’s 13: −2. The binding is counted on the board’s placement, not today’s.',
    check: (c) => {
      expect(c.handoffs.total.value).toBe(13);
      expect(c.handoffs.unbound).toMatchObject({ value: 11, baseline: 13, delta: -2 });
    },
  },
  {
    name: 'KAD on binding cooperation: kommuneloven is touched, and the municipal count turns "at least"; voluntary changes neither',
    board: { moves: { kad: 'bindende-samarbeid' } },
    why: 'The duty stays with each kommune (003 L7225-7228), so helse- og omsorgstjenesteloven is not touched. But kommuneloven lets kommuner choose whether and how to cooperate (004 L160-162), and the samkommune was taken out again (002 L314, L326): binding them needs new rules, 1 act. On the voluntary level 0 acts (the same move in ks-varianter). Both are paid from the municipal block grant: no financing change; KAD’s only figure (208,12 mill. kr, 2013) moves within the kommune payer. Both count as the kommune side: 13 handoffs as today, ks-kad and stmeld47-kad still met. KAD has no sourced base (the 20 000–30 000 range is a combined bed unit’s), so no municipality is counted, but binding binds an unknown number of kommuner: the count says "at least". The voluntary level keeps today’s cooperation and says nothing more.',
    check: (c) => {
      const voluntary = computeCase({ board: { moves: { kad: 'interkommunalt' } } });
      expect(acts(c)).toEqual([['koml', ['kad']]]);
      expect(c.law.count.value).toBe(1);
      expect(voluntary.law.count.value).toBe(0);
      for (const x of [c, voluntary]) {
        expect(x.financing.count.value).toBe(0);
        expect(years(x.money.byYear['within-payer'])).toEqual([[2013, 208_120_000]]);
        expect(x.money.byYear['between-payers']).toEqual([]);
        expect(x.handoffs.total.delta).toBe(0);
        expect(flipped(x)).toEqual([]);
        expect(x.populationBase.municipalities.value).toBe(0);
      }
      expect(c.populationBase.municipalities.atLeast).toBe(true);
      expect(voluntary.populationBase.municipalities.atLeast).toBeUndefined();
    },
  },
  {
    name: 'legevakt on binding cooperation: the same indirect anchoring as voluntary, so the directly elected share falls alike',
    board: { moves: { legevakt: 'bindende-samarbeid' } },
    why: 'A binding cooperation is governed by a body elected by and among the municipal councils (003 L7273-7276), so it is indirectly anchored, like today’s voluntary cooperation. The whole 4 800 mill. kr (2023) sits on that column: 215 334,972 − 4 800 = 210 534,972 of 395 924,972 = 53,18 % directly elected, down 1,21 points; voluntary gives exactly the same. The money keeps its payers (the kommune’s 76 % stays the kommune’s), so it is a reorganisation of 4 800 within one payer, nothing between payers.',
    check: (c) => {
      const voluntary = computeCase({ board: { moves: { legevakt: 'interkommunalt' } } });
      expect(c.democracy.directShare.value).toBeCloseTo((100 * (KOMMUNE_2023 - 4_800_000_000)) / RECENT, 9);
      expect(share(c, 'indirect')).toBeCloseTo((100 * 4_800_000_000) / RECENT, 9);
      expect(voluntary.democracy.directShare.value).toBeCloseTo(c.democracy.directShare.value, 9);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2023, 4_800_000_000]]);
      expect(c.money.byYear['between-payers']).toEqual([]);
    },
  },
  {
    name: 'folkehelse on binding cooperation: 291 municipalities are bound into cooperation; voluntary makes today’s formal, 0 new',
    board: { moves: { folkehelse: 'bindende-samarbeid' } },
    why: 'Miljørettet helsevern needs at least 20 000 inhabitants (003 L7024-7028). 291 municipalities with 1 557 282 people are below it (20 000 row): 174 under 5 000 and 291 − 174 = 117 at 5 000–19 999. Today many cooperate by choice (just under 60 % in 2009, L7012-7015), which is today’s arrangement; binding is new for every one of the 291, since no kommune is bound today. No source gives a binding cooperation’s size, so it is taken to reach the base: at most floor(1 557 282 / 20 000) = 77 cooperations. On the voluntary level the same card is today’s cooperation made formal: 0 new. Below a base today stays 291–321 (DMS beds are still the kommune’s).',
    check: (c) => {
      const voluntary = computeCase({ board: { moves: { folkehelse: 'interkommunalt' } } });
      expect(c.populationBase.municipalities).toMatchObject({ value: 291, baseline: 0, delta: 291 });
      expect(c.populationBase.municipalities.range).toBeUndefined();
      expect(c.populationBase.people.value).toBe(1_557_282);
      expect(c.populationBase.units.value).toBe(77);
      expect(c.populationBase.bands.map((b) => b.newCooperation.low)).toEqual([174, 117, 0, 0]);
      expect(row(c, 'folkehelse')).toMatchObject({ kind: 'bindende-samarbeid', status: 'new-binding' });
      expect(c.populationBase.belowToday).toMatchObject({ value: 291, range: { high: 321 } });
      expect(voluntary.populationBase.municipalities.value).toBe(0);
      expect(row(voluntary, 'folkehelse').status).toBe('today-explicit');
    },
  },
  {
    name: 'DPS from the hospitals to binding cooperation: the same 321–345 municipalities as voluntary, one act more',
    board: { moves: { dps: 'bindende-samarbeid' } },
    why: 'A DPS serves 30 000–75 000 (Store medisinske leksikon): 321–345 municipalities (30 000 and 75 000 rows), 2 295 718–3 383 853 people, at most floor(2 295 718 / 30 000) = 76 and floor(3 383 853 / 75 000) = 45 cooperations, whether the cooperation is voluntary or binding: the service is new to the kommuner either way. Acts: spesialisthelsetjenesteloven gives the duty to the RHFs, helse- og omsorgstjenesteloven must take it in, psykisk helsevernloven follows specialist care (§ 1-2): 3 on the voluntary level; binding adds kommuneloven: 4. Financing: blandet (basis + ISF) to the block grant, 1 change either way. KS keeps DPS with specialist care (ks-dps): broken on both.',
    check: (c) => {
      const voluntary = computeCase({ board: { moves: { dps: 'interkommunalt' } } });
      for (const x of [c, voluntary]) {
        expect(x.populationBase.municipalities).toMatchObject({ value: 321, range: { high: 345 } });
        expect(x.populationBase.people).toMatchObject({ value: 2_295_718, range: { high: 3_383_853 } });
        expect(x.populationBase.units).toMatchObject({ value: 45, range: { high: 76 } });
        expect(x.financing.changes.map((f) => [f.responsibility, f.fromBasis, f.toBasis])).toEqual([['dps', 'blandet', 'ramme']]);
        expect(flipped(x)).toEqual([['ks-dps', 'contradicted']]);
      }
      expect(row(c, 'dps').status).toBe('new-binding');
      expect(row(voluntary, 'dps').status).toBe('new-explicit');
      expect(c.law.changes.map((a) => a.law).sort()).toEqual(['hol', 'koml', 'phvl', 'sphl']);
      expect(voluntary.law.changes.map((a) => a.law).sort()).toEqual(['hol', 'phvl', 'sphl']);
    },
  },
  {
    name: 'modell-1b, election mode open: the regions’ money is counted apart, the share is 54,39–100 %, and the question is listed',
    board: { template: 'modell-1b' },
    why: 'The sketch asks "Direkte eller indirekte valg?" (004 L397) and the board has not answered. The 180 590 mill. kr (2022) on the region are neither direct nor indirect: 45,61 % under "election mode not settled". Directly elected: the kommune’s 215 334,972 of 395 924,972 = 54,39 % (no change from today), and 100 % if the open part turns out direct. The open question region-election is listed for every moved card.',
    check: (c) => {
      expect(c.democracy.directShare.value).toBeCloseTo(TODAY_DIRECT, 9);
      expect(c.democracy.directShare.delta).toBeCloseTo(0, 9);
      expect(c.democracy.directShare.range?.high).toBeCloseTo(100, 9);
      expect(c.democracy.directShare.range?.baselineHigh).toBeCloseTo(TODAY_DIRECT, 9);
      expect(share(c, 'open')).toBeCloseTo((100 * 180_590_000_000) / RECENT, 9);
      expect(questions(c)).toContain('region-election');
    },
  },
  {
    name: 'modell-1b, direct election chosen: 100 % under directly elected bodies, and the question is settled',
    board: { template: 'modell-1b' },
    choices: { 'region-election': 'direct' },
    why: 'With direct election chosen on the board, the regions’ 180 590 mill. kr (2022) are directly elected like the kommune’s 215 334,972 (2023): 100 %, up 45,61 points. No open part, so no range; region-election is no longer an open question, but kommuneloven is still touched, since a new elected body needs rules whichever way it is elected.',
    check: (c) => {
      expect(c.democracy.directShare.value).toBeCloseTo(100, 9);
      expect(c.democracy.directShare.delta).toBeCloseTo(100 - TODAY_DIRECT, 9);
      expect(c.democracy.directShare.range).toBeUndefined();
      expect(questions(c)).not.toContain('region-election');
      expect(c.law.changes.some((a) => a.law === 'koml')).toBe(true);
    },
  },
  {
    name: 'modell-1b, indirect election chosen: the regions count as indirectly elected, the share stays 54,39 %',
    board: { template: 'modell-1b' },
    choices: { 'region-election': 'indirect' },
    why: 'Indirectly elected regions (by and among other councils) are not directly elected: the 180 590 mill. kr (2022) count as indirect, 45,61 %; the directly elected share is the kommune’s 54,39 %, no change from today, with no range. The question is settled: not listed.',
    check: (c) => {
      expect(c.democracy.directShare.value).toBeCloseTo(TODAY_DIRECT, 9);
      expect(c.democracy.directShare.range).toBeUndefined();
      expect(share(c, 'indirect')).toBeCloseTo((100 * 180_590_000_000) / RECENT, 9);
      expect(share(c, 'open')).toBe(0);
      expect(questions(c)).not.toContain('region-election');
    },
  },
  {
    name: 'state units’ financing: open lists a question; "as the trusts" changes KAD only; "fixed grant" changes the hospitals only',
    board: { moves: { sykehus: 'stat', kad: 'stat' } },
    why: 'Sketch 2 names financing and does not answer (004 L437). Left open: both cards raise the question, 0 changes. Chosen "as the trusts today" (basis grant + ISF, blandet, 003 L9320-9329): sykehus is paid that way already, no change; KAD goes from the block grant (ramme) to blandet, 1 change. Chosen "fixed grant" (ramme): sykehus goes from blandet to ramme, 1 change; KAD stays ramme. Either choice removes the open question.',
    check: (c) => {
      const trusts = computeCase({ board: { moves: { sykehus: 'stat', kad: 'stat' } }, choices: { 'state-financing': 'as-trusts' } });
      const grant = computeCase({ board: { moves: { sykehus: 'stat', kad: 'stat' } }, choices: { 'state-financing': 'ramme' } });
      const changes = (x: Consequences) => x.financing.changes.map((f) => [f.responsibility, f.fromBasis, f.toBasis]);
      expect(c.financing.count.value).toBe(0);
      expect(c.financing.open.map((q) => [q.id, q.responsibilities])).toEqual([['financing-statsbudsjett', ['kad', 'sykehus']]]);
      expect(changes(trusts)).toEqual([['kad', 'ramme', 'blandet']]);
      expect(changes(grant)).toEqual([['sykehus', 'blandet', 'ramme']]);
      expect(trusts.financing.open).toEqual([]);
      expect(grant.financing.open).toEqual([]);
    },
  },
  {
    name: 'sykehus to an insurer: one act, two open questions, its money to a payer not settled, one handoff more',
    board: { moves: { sykehus: 'forsikring' } },
    why: 'Sketch 3 gives the duty to provide to insurers, private or public, who contract providers (004 L447-485). spesialisthelsetjenesteloven gives the duty to the RHFs and must change: 1 act. No act gives an insurer a duty today, and the sketch does not say which would: an open question, as is "Overslagsbevilgning?" (L483) for financing. Money: the 2018 figure, 103 332 mill. kr, goes to a payer the sources leave open, neither between payers nor within one; 76 101 årsverk (2018) change employer. It is older than 2022, so the directly elected share is unchanged. Handoffs: the insurer is a side of its own; in the acute pathway prehospitale (specialist) -> sykehus (insurer) is a new handoff, and the steps around sykehus elsewhere were handoffs already: 13 + 1. KS keeps the hospitals with specialist care (ks-sykehus): broken.',
    check: (c) => {
      expect(acts(c)).toEqual([['sphl', ['sykehus']]]);
      expect(questions(c)).toEqual(['insurer-act', 'financing-forsikring']);
      expect(years(c.money.byYear['payer-open'])).toEqual([[2018, 103_332_000_000]]);
      expect(c.money.byYear['between-payers']).toEqual([]);
      expect(c.money.byYear['within-payer']).toEqual([]);
      expect(years(c.staff.movedByYear)).toEqual([[2018, 76_101]]);
      expect(c.democracy.directShare.delta).toBeCloseTo(0, 9);
      expect(c.handoffs.total.delta).toBe(1);
      expect(flipped(c)).toEqual([['ks-sykehus', 'contradicted']]);
    },
  },
  {
    name: 'fastlege to an insurer: the kommune’s 4 516 go to an open payer, refunds and fees keep theirs, 14 186 leave elected hands',
    board: { moves: { fastlege: 'forsikring' } },
    why: 'fastlege 14 186 mill. kr (2023): the part its operator pays, the kommune’s basis grant 4 516, goes where the payer is not settled; folketrygd 7 291, patients 2 232 and the unassigned 147 keep their payers: 9 670 within one payer. Act: helse- og omsorgstjenesteloven gives the kommune the duty: 1; open: the insurer’s act, its financing, and whether folketrygden keeps paying refunds. The insurer is neither elected nor a trust board: 215 334,972 − 14 186 = 201 148,972 of 395 924,972 = 50,80 % directly elected, 3,58 % under the insurer. KS and St.meld. 47 keep fastleger with the kommune: both broken.',
    check: (c) => {
      expect(acts(c)).toEqual([['hol', ['fastlege']]]);
      expect(questions(c).sort()).toEqual(['financing-forsikring', 'insurer-act', 'refunds']);
      expect(years(c.money.byYear['payer-open'])).toEqual([[2023, 4_516_000_000]]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2023, 9_670_000_000]]);
      expect(c.democracy.directShare.value).toBeCloseTo((100 * (KOMMUNE_2023 - 14_186_000_000)) / RECENT, 9);
      expect(share(c, 'insurer')).toBeCloseTo((100 * 14_186_000_000) / RECENT, 9);
      expect(flipped(c).sort()).toEqual([['ks-fastlege', 'contradicted'], ['stmeld47-fastlege', 'contradicted']]);
    },
  },
  {
    name: 'DPS to an insurer: its care stays specialist care, its base is unchecked, and no municipality is counted',
    board: { moves: { dps: 'forsikring' } },
    why: 'The insurer buys specialist care from specialist providers (004 L456-459), so psykisk helsevernloven, which follows specialist care (§ 1-2), is not touched; spesialisthelsetjenesteloven is (the RHFs lose the duty): 1 act. The insurer is not municipal, and no source gives how many people an insurer covers, so the DPS base (30 000–75 000) is checked against an unknown smallest unit: unchecked, and no municipality enters new cooperation. KS keeps DPS with specialist care; the insurer is a side of its own: broken.',
    check: (c) => {
      expect(acts(c)).toEqual([['sphl', ['dps']]]);
      expect(row(c, 'dps')).toMatchObject({ kind: 'forsikring', status: 'unchecked', below: null });
      expect(c.populationBase.municipalities.value).toBe(0);
      expect(flipped(c)).toEqual([['ks-dps', 'contradicted']]);
    },
  },
];

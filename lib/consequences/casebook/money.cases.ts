import { expect } from 'vitest';
import type { Consequences } from '../engine';
import { SPECIALIST_TODAY, type Case } from './harness';

// Sources, by the names a person knows them by:
// - SSB Kommunehelsetenesta 2023: brutto driftsutgifter 32 612 972 (1 000 kr), functions 232, 233, 241.
// - SSB Omsorgstenestene 2023: brutto driftsutgifter 171,9 mrd. kr, 157 076 årsverk.
// - SSB Spesialisthelsetjenesten 2022: driftskostnader 180 590 mill. kr, 134 784 årsverk.
// - Helsedirektoratet, allmennlegetjenesten 2023: fastlegeordningen 14 186 mill. kr; basisfinansiering 4 516,
//   refusjoner 7 291, egenandeler 2 232 (tables to chapter 5); the 147 left is assigned to no payer.
// - NTB quoting SSB: legevakt 2023 «nær 4,8 mrd.», kommunene 76 %, staten drøyt 18 %, innbyggerne drøyt 5 %.
// - SSB KOSTRA 2013 (old): KAD 208 120, sykehjem 253+261 43 487 325, hjemmetjenester 45 914 688 (1 000 kr).
// - SSB tannhelse 2017: 3 477 245 (1 000 kr). SSB somatikk 2018: 103 332 mill. kr, 76 101 årsverk.
// See public-figures.md sections 1a-1e, 2 and 3 in the research folder for each row.

const level = (c: Consequences, id: string) => c.money.byLevel.find((l) => l.level === id)!;
const staffLevel = (c: Consequences, id: string) => c.staff.byLevel.find((l) => l.level === id)!;
const years = (list: { year?: number | null; value: number }[]) => list.map((i) => [i.year, i.value]);

/** Today's kommune sum, 2023: both SSB sector totals plus the parts of fastlege and legevakt the kommune does not pay. */
const KOMMUNE_2023 = 32_612_972_000 + 171_900_000_000 + (7_291 + 2_232 + 147) * 1e6 + (864 + 240 + 48) * 1e6;

/** Money and staff cases, each worked by hand from the figures above. */
export const moneyCases: Case[] = [
  {
    name: 'today: the kommune level is both SSB sector totals of 2023 plus what others pay for fastlege and legevakt',
    board: { template: 'dagens-ordning' },
    why: '32 612,972 + 171 900 + (7 291 + 2 232 + 147) + (864 + 240 + 48) = 215 334,972 mill. kr (2023). By payer: kommune 32 612,972 + 171 900 = 204 512,972 (the sector totals hold the kommune’s own 4 516 for fastlege and 3 648 for legevakt); stat 7 291 + 864 = 8 155; pasient 2 232 + 240 = 2 472; no payer 147 + 48 = 195. KAD’s 2013 figure (208,12) is another year and stays beside the sum.',
    check: (c) => {
      expect(level(c, 'kommune')).toMatchObject({ year: 2023, value: KOMMUNE_2023, delta: 0 });
      expect(Object.fromEntries(level(c, 'kommune').byPayer.map((p) => [p.payer, p.value]))).toEqual({
        kommune: 204_512_972_000,
        stat: 8_155_000_000,
        pasient: 2_472_000_000,
        unattributed: 195_000_000,
      });
      expect(level(c, 'kommune').otherYears).toEqual([{ year: 2013, value: 208_120_000, baseline: 208_120_000, delta: 0 }]);
    },
  },
  {
    name: 'today: every level for one year, nothing moved, every delta 0',
    board: { template: 'dagens-ordning' },
    why: 'Specialist 180 590 mill. kr and 134 784 årsverk (2022); the counties only tannhelse 3 477,245 mill. kr (2017) and no sourced årsverk; nothing has moved, so every change and every moved figure is 0.',
    check: (c) => {
      expect(level(c, 'spesialisthelsetjenesten')).toMatchObject({ year: 2022, value: 180_590_000_000, delta: 0 });
      expect(staffLevel(c, 'spesialisthelsetjenesten')).toMatchObject({ year: 2022, value: 134_784, delta: 0 });
      expect(level(c, 'fylkeskommune')).toMatchObject({ year: 2017, value: 3_477_245_000, delta: 0 });
      expect(staffLevel(c, 'fylkeskommune')).toMatchObject({ year: null, value: 0 });
      for (const row of [...c.money.byLevel, ...c.staff.byLevel]) {
        expect(row.delta).toBe(0);
        for (const o of row.otherYears) expect(o.delta).toBe(0);
      }
      expect(c.money.movedByYear).toEqual([]);
      expect(c.staff.movedByYear).toEqual([]);
      expect(c.money.moved.value).toBe(0);
    },
  },
  {
    name: 'today: kommune årsverk are "at least", since kommunehelse has no årsverk total',
    board: { template: 'dagens-ordning' },
    why: 'Omsorg 157 076 (2023) holds home care, nursing homes, BPA and (overlapping) mental-health work; kommunehelse has no sum, so its sourced parts are added: helsestasjon 6 994,3 and fysioterapi 5 322,5 (2023). 157 076 + 6 994,3 + 5 322,5 = 169 392,8, a lower bound (doctors and others are not counted).',
    check: (c) => {
      const k = staffLevel(c, 'kommune');
      expect(k.year).toBe(2023);
      expect(k.value).toBeCloseTo(169_392.8, 1);
      expect(k.atLeast).toBe(true);
    },
  },
  {
    name: 'modell 2: specialist care to the state is a reorganisation; the municipal medical part gets a new payer',
    board: { template: 'modell-2' },
    why: 'All specialist cards sit on the state level, so SSB’s whole 2022 specialist total moves with them: 180 590 mill. kr, paid by the state before and after, so a reorganisation. As KS reads the sketch (002 L176, L189), the medical part of the municipal services goes too. 2023 between payers: the kommune’s 4 516 basis grant for fastlege and its 76 % of legevakt, 3 648: 8 164. 2023 within payers: fastlege’s refunds 7 291, patient fees 2 232 and 147 unassigned (9 670), legevakt’s state 864, patients 240 and 48 unassigned (1 152): 10 822. KAD is only known for 2013: 208,12 between payers, a figure of its own. The state level’s largest year is 2022 (180 590); its 2023 (14 186 + 4 800 = 18 986) and 2013 sums stand beside it. Staff: only the 134 784 årsverk (2022) of specialist care; fastlege, legevakt and KAD have no årsverk figure.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2023, 8_164_000_000], [2013, 208_120_000]]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2022, 180_590_000_000], [2023, 10_822_000_000]]);
      expect(c.money.moved).toMatchObject({ value: 8_164_000_000, year: 2023 });
      expect(level(c, 'stat')).toMatchObject({ year: 2022, value: 180_590_000_000, delta: 180_590_000_000 });
      expect(level(c, 'stat').otherYears).toEqual([
        { year: 2023, value: 18_986_000_000, baseline: 0, delta: 18_986_000_000 },
        { year: 2013, value: 208_120_000, baseline: 0, delta: 208_120_000 },
      ]);
      expect(level(c, 'kommune')).toMatchObject({ year: 2023, value: KOMMUNE_2023 - 18_986_000_000, delta: -18_986_000_000 });
      expect(years(c.staff.movedByYear)).toEqual([[2022, 134_784]]);
    },
  },
  {
    name: 'modell 1a: the specialist service to the kommuner moves 180 590 mill. kr (2022) to a new payer, kept apart from 2023',
    board: { template: 'modell-1a' },
    why: 'The state pays for specialist care today; on the kommune level the kommuner would. The 2022 sector total moves whole, as 2022 money; the kommune level’s 2023 sum is unchanged, and the 2022 money shows beside it, not added.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2022, 180_590_000_000]]);
      expect(c.money.moved).toMatchObject({ value: 180_590_000_000, year: 2022 });
      expect(level(c, 'kommune')).toMatchObject({ year: 2023, value: KOMMUNE_2023, delta: 0 });
      expect(level(c, 'kommune').otherYears.find((o) => o.year === 2022)).toMatchObject({ value: 180_590_000_000, delta: 180_590_000_000 });
    },
  },
  {
    name: 'modell 1b: the specialist service to elected regions is money between payers (the state to the regions)',
    board: { template: 'modell-1b' },
    why: 'An elected region holds its own budget, so the 2022 specialist total of 180 590 mill. kr gets a new payer; its årsverk (134 784) change employer.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2022, 180_590_000_000]]);
      expect(level(c, 'region')).toMatchObject({ year: 2022, value: 180_590_000_000 });
      expect(level(c, 'spesialisthelsetjenesten')).toMatchObject({ value: 0, delta: -180_590_000_000 });
    },
  },
  {
    name: 'KS variants: KAD to inter-municipal cooperation is a relabel within the kommune, not a move between levels',
    board: { template: 'ks-varianter' },
    why: 'KAD’s only cost figure is 2013 (KOSTRA 256: 208,12 mill. kr). Inter-municipal cooperation is paid by the kommuner, so the payer is unchanged: 0 between payers, 208,12 (2013) within one payer.',
    check: (c) => {
      expect(c.money.byYear['between-payers']).toEqual([]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2013, 208_120_000]]);
      expect(c.money.moved.value).toBe(0);
      expect(level(c, 'kommune').otherYears.find((o) => o.year === 2013)).toMatchObject({ value: 0, delta: -208_120_000 });
    },
  },
  {
    name: 'Kdf brick wall: no card moves, so no money or staff moves',
    board: { template: 'kdf-murstein' },
    why: 'The template places every card as today; every moved figure is empty and every level change 0.',
    check: (c) => {
      expect(c.money.movedByYear).toEqual([]);
      expect(c.money.byYear['within-payer']).toEqual([]);
      expect(c.staff.movedByYear).toEqual([]);
      for (const row of c.money.byLevel) expect(row.delta).toBe(0);
    },
  },
  {
    name: 'legevakt to the specialist service: only the kommune’s 76 % gets a new payer',
    board: { moves: { legevakt: 'spesialisthelsetjenesten' } },
    why: '76 % of 4 800 = 3 648 mill. kr (2023) moves from the kommuner to the state. The state’s 864, the patients’ 240 and the 48 no source assigns follow the service with their payer: 1 152 within payers. The kommune level loses 4 800 of its 2023 sum; the specialist level (2022) shows the 4 800 (2023) beside its own.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2023, 3_648_000_000]]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2023, 1_152_000_000]]);
      expect(level(c, 'kommune').delta).toBe(-4_800_000_000);
      expect(level(c, 'spesialisthelsetjenesten').otherYears).toEqual([{ year: 2023, value: 4_800_000_000, baseline: 0, delta: 4_800_000_000 }]);
    },
  },
  {
    name: 'fastlege to the state: the basis grant changes payer, folketrygd refunds and patient fees do not',
    board: { moves: { fastlege: 'stat' } },
    why: 'Kommunenes basisfinansiering 4 516 mill. kr (2023) moves to the state. Refunds 7 291 are folketrygden, already state money; patient fees 2 232 stay with patients; 147 no source assigns: 9 670 within payers. The kommune level loses the whole 14 186.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2023, 4_516_000_000]]);
      expect(years(c.money.byYear['within-payer'])).toEqual([[2023, 9_670_000_000]]);
      expect(level(c, 'kommune').delta).toBe(-14_186_000_000);
      expect(level(c, 'stat')).toMatchObject({ year: 2023, value: 14_186_000_000 });
    },
  },
  {
    name: 'sykehjem to the state: a 2013 figure moves as 2013 money, and the 2023 omsorg total says it still holds it',
    board: { moves: { sykehjem: 'stat' } },
    why: 'No 2023 figure splits nursing homes out of SSB’s 171,9 mrd. kr, so it cannot be taken out; the only figure is KOSTRA 2013 (253 + 261 = 43 487,325 mill. kr), which moves as 2013 money between payers. The kommune level’s 2023 sum is unchanged and lists sykehjem as still held.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2013, 43_487_325_000]]);
      expect(level(c, 'kommune')).toMatchObject({ year: 2023, delta: 0 });
      expect(level(c, 'kommune').holding).toEqual(['sykehjem']);
      expect(level(c, 'stat')).toMatchObject({ year: 2013, value: 43_487_325_000 });
    },
  },
  {
    name: 'helsestasjon to the counties: a 2023 part leaves kommunehelse and becomes the counties’ largest year',
    board: { moves: { helsestasjon: 'fylkeskommune' } },
    why: 'KOSTRA 232 (6 483,504 mill. kr, 2023) is a part of the 2023 kommunehelse total, so it is taken out there and moves to a new payer. On the county level, 6 483,504 (2023) is larger than tannhelse 3 477,245 (2017), so 2023 becomes that level’s year and 2017 stands beside it. Its 6 994,3 årsverk (2023) change employer.',
    check: (c) => {
      expect(years(c.money.byYear['between-payers'])).toEqual([[2023, 6_483_504_000]]);
      expect(level(c, 'kommune').delta).toBe(-6_483_504_000);
      expect(level(c, 'fylkeskommune')).toMatchObject({ year: 2023, value: 6_483_504_000 });
      expect(level(c, 'fylkeskommune').otherYears).toEqual([{ year: 2017, value: 3_477_245_000, baseline: 3_477_245_000, delta: 0 }]);
      expect(c.staff.moved).toMatchObject({ value: 6_994.3, year: 2023 });
    },
  },
  {
    name: 'tannhelse to the kommuner: the only county figure (2017) moves as 2017 money',
    board: { moves: { tannhelse: 'kommune' } },
    why: 'Tannhelse’s 3 477,245 mill. kr (2017) moves from the counties to the kommuner: between payers, in a 2017 figure of its own; the county level keeps nothing sourced.',
    check: (c) => {
      expect(c.money.moved).toMatchObject({ value: 3_477_245_000, year: 2017 });
      expect(level(c, 'fylkeskommune')).toMatchObject({ year: 2017, value: 0, delta: -3_477_245_000 });
    },
  },
  {
    name: 'legevakt and DMS to a shared kommune–hospital budget: the split is open, and the headline says "at least"',
    board: { moves: { legevakt: 'delt', dms: 'delt' } },
    why: 'No source says how a shared budget is split, so the kommune’s 3 648 (2023) goes to "to a shared budget", not "between payers"; the others’ 1 152 keep their payer. DMS has no sourced cost, so one moved card is uncosted and every moved figure is a lower bound.',
    check: (c) => {
      expect(c.money.byYear['between-payers']).toEqual([]);
      expect(years(c.money.byYear['to-shared'])).toEqual([[2023, 3_648_000_000]]);
      expect(c.money.unsourcedMoved.value).toBe(1);
      expect(c.money.byYear['to-shared'][0]!.atLeast).toBe(true);
    },
  },
  {
    name: 'sykehus to the kommuner: the 2018 somatic figure moves as 2018 money; the 2022 specialist total still holds it',
    board: { moves: { sykehus: 'kommune' } },
    why: 'SSB somatikk 2018: 103 332 mill. kr and 76 101 årsverk; neither can be taken out of the 2022 totals, so both move as 2018 figures and the specialist level lists sykehus as still held.',
    check: (c) => {
      expect(c.money.moved).toMatchObject({ value: 103_332_000_000, year: 2018 });
      expect(c.staff.moved).toMatchObject({ value: 76_101, year: 2018 });
      expect(level(c, 'spesialisthelsetjenesten').holding).toEqual(['sykehus']);
      expect(level(c, 'spesialisthelsetjenesten').delta).toBe(0);
    },
  },
  {
    name: 'moving away and back: modell 2 with every moved card back where it is today is today',
    board: {
      template: 'modell-2',
      moves: { ...Object.fromEntries(SPECIALIST_TODAY.map((id) => [id, 'spesialisthelsetjenesten' as const])), fastlege: 'kommune', legevakt: 'kommune', kad: 'kommune' },
    },
    why: 'The specialist cards go back to the specialist level and fastlege, legevakt and KAD back to the kommune. With every card where it is today, nothing has moved: no money or staff moved in any year, and every level’s change is 0 (the empty state level holds nothing).',
    check: (c) => {
      expect(c.money.movedByYear).toEqual([]);
      expect(c.money.byYear['within-payer']).toEqual([]);
      expect(c.staff.movedByYear).toEqual([]);
      for (const row of c.money.byLevel) expect(row.delta).toBe(0);
    },
  },
  {
    name: 'directly elected share, modell 2: the trusts to the state change nothing, the municipal medical part lowers it',
    board: { template: 'modell-2' },
    why: 'The share is over the 2022 and 2023 figures: kommune 215 334,972 mill. kr (2023, directly elected) and the specialist total 180 590 (2022, appointed boards); tannhelse (2017) is older and left out. Today: 215 334,972 / 395 924,972 = 54,39 %. The 180 590 going from trust boards to the state leave it as it is: neither is directly elected. Fastlege (14 186) and legevakt (4 800), all 2023, leave the directly elected kommune for the state, whatever their payers: 196 348,972 / 395 924,972 = 49,59 %, down 4,80 points. KAD’s 2013 figure is older and left out.',
    check: (c) => {
      const today = (100 * KOMMUNE_2023) / (KOMMUNE_2023 + 180_590_000_000);
      const now = (100 * (KOMMUNE_2023 - 18_986_000_000)) / (KOMMUNE_2023 + 180_590_000_000);
      expect(c.democracy.directShare.baseline).toBeCloseTo(today, 9);
      expect(c.democracy.directShare.value).toBeCloseTo(now, 9);
      expect(c.democracy.directShare.delta).toBeCloseTo(now - today, 9);
      expect(now).toBeCloseTo(49.59, 2);
    },
  },
  {
    name: 'directly elected share, modell 1b with direct election chosen: elected regions bring all recent money under elected bodies',
    board: { template: 'modell-1b' },
    // The sketch leaves direct or indirect election open (seed 004 L397); this case answers "direct".
    choices: { 'region-election': 'direct' },
    why: 'With the board choosing direct election, the 180 590 mill. kr (2022) move from appointed trust boards to directly elected regions; the kommune’s 215 334,972 (2023) were already directly elected. Share: 100 %, up from 54,39 %. The open and indirect answers are in the cooperation casebook.',
    check: (c) => {
      const today = (100 * KOMMUNE_2023) / (KOMMUNE_2023 + 180_590_000_000);
      expect(c.democracy.directShare.value).toBeCloseTo(100, 9);
      expect(c.democracy.directShare.delta).toBeCloseTo(100 - today, 9);
    },
  },
];

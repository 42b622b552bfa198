import { expect } from 'vitest';
import type { Consequences } from '../engine';
import { computeCase, SPECIALIST_TODAY, type Case } from './harness';

// The size table (357 municipalities, 1.1.2024, research/municipality-sizes.md) rows used below:
// below 5 000: 174 | 10 000: 244, 898 757 people | 15 000: 275, 1 279 157 | 20 000: 291, 1 557 282 |
// 30 000: 321, 2 295 718 | 50 000: 337, 2 914 226 | 75 000: 345, 3 383 853.
//
// Today, three cards with a base sit with the kommune: the palliative unit (palliasjon card) 10 000–15 000
// (003 L5643-5650) -> 244–275; folkehelse's miljørettet helsevern 20 000 (003 L7024-7028) -> 291;
// DMS beds 20 000–30 000 (003 L5938-5943) -> 291–321. The largest at each end: 291–321. Municipal
// co-financing's risk base, 10 000–20 000 (003 L9603-9608), sits in specialist care today (no
// municipal share), whose smallest unit no source gives: unchecked, and not charged to anyone.
const TODAY = { value: 291, range: { high: 321 } };

const pb = (c: Consequences) => c.populationBase;
const row = (c: Consequences, id: string) => pb(c).cards.find((x) => x.responsibility === id)!;
const bands = (c: Consequences) => pb(c).bands.map((b) => [b.newCooperation.low, b.newCooperation.high]);

/** No new cooperation anywhere, and below-the-base-today as on today's board. */
function nothingNew(c: Consequences) {
  expect(pb(c).municipalities).toMatchObject({ value: 0, baseline: 0, delta: 0 });
  expect(pb(c).municipalities.range).toBeUndefined();
  expect(pb(c).people).toMatchObject({ value: 0, delta: 0 });
  expect(pb(c).units).toMatchObject({ value: 0, delta: 0 });
  expect(pb(c).cards.filter((x) => x.status === 'new' || x.status === 'new-explicit')).toEqual([]);
  expect(bands(c)).toEqual([[0, 0], [0, 0], [0, 0], [0, 0]]);
}

const todayUnchanged = (c: Consequences) => expect(pb(c).belowToday).toMatchObject({ ...TODAY, baseline: 291, delta: 0, range: { high: 321, baselineHigh: 321 } });

/** Cases worked by hand; see harness.ts for the shape. */
export const populationCases: Case[] = [
  {
    name: 'dagens ordning: no new cooperation (0, delta 0); 291–321 below a base today, not charged',
    board: { template: 'dagens-ordning' },
    why: 'Nothing moves, so every card with a base sits where it sits today and its small municipalities are today’s arrangement. New cooperation 0, delta 0. Below a base today: the largest of 244–275 (palliative unit, 10 000 and 15 000 rows), 291 (miljørettet helsevern, 20 000 row) and 291–321 (DMS beds, 20 000 and 30 000 rows) at each end, 291–321. By band today: 174 under 5 000; 291 − 174 = 117 at 5 000–19 999; 0–30 (321 − 291) at 20 000–49 999. DPS, FACT and municipal co-financing sit in spesialisthelsetjenesten, whose smallest unit no source gives: unchecked.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
      expect(pb(c).bands.map((b) => [b.today.low, b.today.high])).toEqual([[174, 174], [117, 117], [0, 30], [0, 0]]);
      expect(row(c, 'dms')).toMatchObject({ status: 'today', base: { low: 20_000, high: 30_000, qualifier: 'perhaps-up-to' } });
      expect(row(c, 'dps').status).toBe('unchecked');
      expect(row(c, 'kommunal-medfinansiering').status).toBe('unchecked');
      expect(row(c, 'palliasjon')).toMatchObject({ status: 'today', base: { low: 10_000, high: 15_000, qualifier: 'at-least' } });
      expect(row(c, 'sykehjem')).toMatchObject({ status: 'no-base', base: null });
      expect(row(c, 'kad')).toMatchObject({ status: 'no-base', base: null });
    },
  },
  {
    name: 'ks-varianter: KAD to interkommunalt makes today’s cooperation explicit; nothing new',
    board: { template: 'ks-varianter' },
    why: 'KS moves KAD to an inter-municipal level (002 L302, L409). KAD has no base of its own: the St.meld. 47 range is for a combined bed unit and sits on DMS (003 L5934-5943). KAD units were 70 % inter-municipal in June 2015 (omsorgsforskning.no) and legevakt involves 80 % of municipalities in cooperation (SSB 2021), so keeping them municipal asks for no new cooperation. Everything else as today: 0 new, 291–321 below a base today.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
      expect(row(c, 'kad')).toMatchObject({ kind: 'interkommunalt', status: 'no-base', cooperationToday: { share: 70, of: 'units', year: 2015 } });
      expect(row(c, 'legevakt')).toMatchObject({ kind: 'kommune', cooperationToday: { share: 80, of: 'municipalities', year: 2021 } });
    },
  },
  {
    name: 'kdf-murstein: no card moves, so the same as today',
    board: { template: 'kdf-murstein' },
    why: 'Kdf keeps the structures and fills gaps with binding cooperation (000 L44-52); no card moves, so population bases read exactly as on today’s board: 0 new, 291–321 below a base today.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
    },
  },
  {
    name: 'modell-1a: DPS, FACT and co-financing to the kommune need new cooperation: 337–345 municipalities, at most 178–221 units',
    board: { template: 'modell-1a' },
    why: 'All specialist cards move to the kommune (004 L345-354). DPS catchment 30 000–75 000 (Store medisinske leksikon): 321 (30 000 row) to 345 (75 000 row). ACT team 60 000 (003 L6584-6587) lies between rows: at least 337 (50 000 row), at most 345 (75 000 row). Municipal co-financing moves with the specialist cards, and its risk base 10 000–20 000 (003 L9603-9608; small kommuner must then cooperate, L9710-9728) gives 244 (10 000 row) to 291 (20 000 row), inside the others. Union = larger at each end: 337–345; people 2 914 226–3 383 853. Units: DPS 2 295 718 / 30 000 = 76.5 -> 76 and 3 383 853 / 75 000 = 45.1 -> 45; ACT 3 383 853 / 60 000 = 56.4 -> 56; co-financing 898 757 / 10 000 = 89.9 -> 89 and 1 557 282 / 20 000 = 77.9 -> 77; summed 45 + 56 + 77 = 178 to 76 + 56 + 89 = 221, an upper bound, each service pooled on its own. Bands: 174; 117; 337 − 291 = 46; 0 to 345 − 337 = 8. Sykehus and the other specialist cards have no sourced base, so the count is "at least". The kommune cards stay: 291–321 below today.',
    check: (c) => {
      expect(pb(c).municipalities).toMatchObject({ value: 337, baseline: 0, delta: 337, range: { high: 345, baselineHigh: 0 }, atLeast: true });
      expect(pb(c).people).toMatchObject({ value: 2_914_226, range: { high: 3_383_853 } });
      expect(pb(c).units).toMatchObject({ value: 178, range: { high: 221 } });
      expect(bands(c)).toEqual([[174, 174], [117, 117], [46, 46], [0, 8]]);
      expect(row(c, 'dps')).toMatchObject({ status: 'new', below: { municipalities: { low: 321, high: 345 }, units: { low: 45, high: 76 } } });
      expect(row(c, 'kommunal-medfinansiering')).toMatchObject({ status: 'new', below: { municipalities: { low: 244, high: 291 }, units: { low: 77, high: 89 } } });
      expect(row(c, 'fact')).toMatchObject({ status: 'new', below: { municipalities: { low: 337, high: 345 }, units: { low: 56, high: 56 } } });
      expect(row(c, 'sykehus')).toMatchObject({ kind: 'kommune', status: 'no-base' });
      todayUnchanged(c);
    },
  },
  {
    name: 'modell-1b: specialist cards to elected regions leave the municipal count; region size unknown',
    board: { template: 'modell-1b' },
    why: 'The regions take the specialist cards (004 L378-385). DPS and FACT leave spesialisthelsetjenesten for the region, never touching the municipalities: 0 new. Sketch 1b gives no region sizes (004 L378-405), so their base cannot be checked against the smallest region: unchecked, not assumed fine.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
      expect(row(c, 'dps')).toMatchObject({ kind: 'region', status: 'unchecked', below: null });
      expect(row(c, 'fact')).toMatchObject({ kind: 'region', status: 'unchecked' });
    },
  },
  {
    name: 'modell-2: specialist cards and the municipal medical part to the state; nothing new for the municipalities',
    board: { template: 'modell-2' },
    why: 'State units run specialist care (004 L411, L423-425), and fastlege, legevakt and KAD as KS reads the sketch (002 L176, L189). No card with a base reaches a municipal level, so 0 new. The sketch gives no catchment for state units (004 L411-443): DPS and FACT unchecked. Fastlege, legevakt and KAD have no sourced base, so leaving the kommune changes no count. The cards with a base stay in the kommune (palliasjon, folkehelse, DMS): 291–321 below today.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
      expect(row(c, 'dps')).toMatchObject({ kind: 'stat', status: 'unchecked' });
    },
  },
  {
    name: 'range: DPS alone to the kommune gives 321–345 municipalities, at most 45–76 units',
    board: { moves: { dps: 'kommune' } },
    why: 'The DPS catchment is a range, 30 000–75 000 (Store medisinske leksikon), and stays one. Below 30 000: 321, 2 295 718 people; below 75 000: 345, 3 383 853. Units at most 2 295 718 / 30 000 = 76.5 -> 76 and 3 383 853 / 75 000 = 45.1 -> 45, shown 45–76. Bands: 174 under 5 000; 117 at 5 000–19 999; 321 − 291 = 30 to 337 − 291 = 46 at 20 000–49 999; 0 to 345 − 337 = 8 at 50 000 and over. Only DPS moved and it has a base, so the count is not a lower bound.',
    check: (c) => {
      expect(pb(c).municipalities).toMatchObject({ value: 321, delta: 321, range: { high: 345, baselineHigh: 0 } });
      expect(pb(c).municipalities.atLeast).toBeUndefined();
      expect(pb(c).people).toMatchObject({ value: 2_295_718, range: { high: 3_383_853 } });
      expect(pb(c).units).toMatchObject({ value: 45, range: { high: 76 } });
      expect(bands(c)).toEqual([[174, 174], [117, 117], [30, 46], [0, 8]]);
      todayUnchanged(c);
    },
  },
  {
    name: 'DPS to interkommunalt: the proposal names the cooperation; the same 321–345 count as new',
    board: { moves: { dps: 'interkommunalt' } },
    why: 'A card placed on the inter-municipal level says the municipalities will run it together. DPS was in spesialisthelsetjenesten today, so this cooperation is new: the same 321–345 municipalities and at most 45–76 units as with DPS on the kommune, marked explicit.',
    check: (c) => {
      expect(row(c, 'dps').status).toBe('new-explicit');
      expect(pb(c).municipalities).toMatchObject({ value: 321, range: { high: 345 } });
      expect(pb(c).units).toMatchObject({ value: 45, range: { high: 76 } });
    },
  },
  {
    name: 'FACT to the kommune: a base between two table rows gives 337–345, at most 56 units',
    board: { moves: { fact: 'kommune' } },
    why: 'The ACT base is one number, 60 000 (003 L6584-6587), but the table has rows at 50 000 (337, 2 914 226) and 75 000 (345, 3 383 853), so the count is 337–345 and the people 2 914 226–3 383 853, never interpolated. Units: at most 3 383 853 / 60 000 = 56.4 -> 56. Bands: 174, 117, 337 − 291 = 46, and 0–8 over 50 000.',
    check: (c) => {
      expect(pb(c).municipalities).toMatchObject({ value: 337, range: { high: 345 } });
      expect(pb(c).people).toMatchObject({ value: 2_914_226, range: { high: 3_383_853 } });
      expect(pb(c).units).toMatchObject({ value: 56, delta: 56 });
      expect(pb(c).units.range).toBeUndefined();
      expect(bands(c)).toEqual([[174, 174], [117, 117], [46, 46], [0, 8]]);
      expect(row(c, 'fact').base).toMatchObject({ low: 60_000, high: 60_000, part: { nb: 'ACT-team' } });
    },
  },
  {
    name: 'DMS to spesialisthelsetjenesten leaves the municipal count: below today 291–321 becomes 291',
    board: { moves: { dms: 'spesialisthelsetjenesten' } },
    why: 'Without DMS the bases still with the kommune are 10 000–15 000 (244–275) and 20 000 (291): the largest is 291 at both ends, against 291–321 today, so the high end falls by 30. No new cooperation: a card leaving the municipalities asks none of them. The specialist level’s smallest unit is not sourced: unchecked.',
    check: (c) => {
      nothingNew(c);
      expect(pb(c).belowToday).toMatchObject({ value: 291, delta: 0, range: { high: 291, baselineHigh: 321 } });
      expect(row(c, 'dms')).toMatchObject({ status: 'unchecked', below: null });
    },
  },
  {
    name: 'away and back: modell-1a with every specialist card returned equals today',
    board: {
      template: 'modell-1a',
      moves: Object.fromEntries(SPECIALIST_TODAY.map((id) => [id, 'spesialisthelsetjenesten' as const])),
    },
    why: 'The count depends only on where each card ends up compared with today, not on the path: with every specialist card back where it is today, every figure equals today’s board (0 new, 291–321 below today).',
    check: (c) => {
      const today = computeCase({ board: { template: 'dagens-ordning' } });
      nothingNew(c);
      expect(pb(c).belowToday).toEqual(pb(today).belowToday);
      expect(pb(c).bands).toEqual(pb(today).bands);
      expect(pb(c).cards.map((x) => [x.responsibility, x.kind, x.status])).toEqual(pb(today).cards.map((x) => [x.responsibility, x.kind, x.status]));
    },
  },
  {
    name: 'folkehelse to interkommunalt: today’s cooperation made explicit, not new',
    board: { moves: { folkehelse: 'interkommunalt' } },
    why: 'Miljørettet helsevern needs 20 000 (003 L7024-7028), and just under 60 % of municipalities already cooperated on it, infection control or other community medicine in 2009 (003 L7012-7015). Folkehelse is municipal today, so its 291 small municipalities are today’s arrangement: status today-explicit, 0 new, below today still 291–321.',
    check: (c) => {
      nothingNew(c);
      todayUnchanged(c);
      expect(row(c, 'folkehelse')).toMatchObject({ status: 'today-explicit', below: { municipalities: { low: 291, high: 291 } }, cooperationToday: { share: 60 } });
    },
  },
];

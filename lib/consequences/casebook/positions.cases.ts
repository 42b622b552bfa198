import { expect } from 'vitest';
import { catalog } from '../../catalog';
import type { Consequences } from '../engine';
import { SPECIALIST_TODAY, type Case } from './harness';

// Today's board, worked out once: 36 positions. Every care-level and ownership position sits
// where it wants to be, so 32 are met and none broken; the 4 the board cannot judge are
// ks-utskrivningsklare, stmeld47-avtalespesialister and stmeld47-medfinansiering (financing) and
// stmeld47-koordinator (service form), in catalog order.
// Per actor: KS 12 placed + 1 apart, Kdf 3, kommunedirektører 3, St.meld. 47 14 placed + 3 apart.
const TODAY_MET = 32;
const APART = ['ks-utskrivningsklare', 'stmeld47-avtalespesialister', 'stmeld47-koordinator', 'stmeld47-medfinansiering'];

const ids = (c: Consequences, status: string) => c.positions.results.filter((r) => r.status === status).map((r) => r.position);
const flipped = (c: Consequences) => c.positions.results.filter((r) => r.status !== r.baseline).map((r) => r.position);
const actor = (c: Consequences, id: string) => c.positions.byActor.find((a) => a.stakeholder === id);
const status = (c: Consequences, id: string) => c.positions.results.find((r) => r.position === id)?.status;

/** Nothing flips: every position as today, both counts unchanged. */
function unchanged(c: Consequences) {
  expect(flipped(c)).toEqual([]);
  expect(c.positions.met).toMatchObject({ value: TODAY_MET, delta: 0 });
  expect(c.positions.contradicted).toMatchObject({ value: 0, delta: 0 });
  expect(ids(c, 'not-applicable')).toEqual(APART);
}

// The cards in spesialisthelsetjenesten today (seed 004 L534-598), as the templates move them.
const SPECIALIST = SPECIALIST_TODAY;

/** Cases worked by hand; see harness.ts for the shape. */
export const positionCases: Case[] = [
  {
    name: 'dagens ordning: every placed position met, two apart, all deltas 0',
    board: { template: 'dagens-ordning' },
    why: 'No card moves, so each position is checked against its own baseline. All 32 care-level and ownership positions were written about today’s place of their card and are met (e.g. KS on tannhelse in the fylkeskommune, 002 L11, L244; St.meld. 47 not hospitals in the kommune, 003 L10282-10291; St.meld. 47 on the kommune’s duty for discharge-ready patients, 003 L3057-3076, and on municipal palliative units, L5619-5632). Four cannot be read off a placement: avtalespesialister (003 L10134-10146) and municipal co-financing (003 L9387-9399), both who pays; KS on lifting the duty to pay for one patient group only (002 L136); the contact person (003 L4812-4838, a service form).',
    check: (c) => {
      unchanged(c);
      expect(c.positions.results).toHaveLength(36);
      expect(c.positions.byActor).toEqual([
        { stakeholder: 'ks', met: 12, contradicted: 0, notApplicable: 1, total: 13 },
        { stakeholder: 'kdf', met: 3, contradicted: 0, notApplicable: 0, total: 3 },
        { stakeholder: 'kommunedirektorer', met: 3, contradicted: 0, notApplicable: 0, total: 3 },
        { stakeholder: 'stmeld47', met: 14, contradicted: 0, notApplicable: 3, total: 17 },
      ]);
    },
  },
  {
    name: 'modell 1b: the regions take specialist care and no kommune-versus-specialist stance flips',
    board: { template: 'modell-1b' },
    why: 'All 17 specialist cards move to the new region (004 L378-385), the three structures (court-ordered compulsory care, municipal co-financing and the hospital pharmacies) with them. A region running specialist care is still the specialist side, so the care-level stances on them stay met: KS on secure psychiatry (002 L292-294), TSB (L15, L286) and inpatient psychiatry (L15, L262, L288), KS on hospitals (L232, L240; KS sets hospital ownership aside, L72), St.meld. 47 on specialist rehabilitation (003 L5689-5699) and against hospitals in the kommune (L10282-10291). No ownership position is about a specialist card, and avtalespesialister and co-financing stay apart (who pays). So exactly no position is contradicted.',
    check: (c) => {
      unchanged(c);
      for (const id of ['ks-sikkerhetspsykiatri', 'ks-tsb', 'ks-dps', 'ks-sykehus', 'stmeld47-rehabilitering-spesialist', 'stmeld47-sykehus-not-kommune']) {
        expect(status(c, id), id).toBe('met');
      }
      expect(status(c, 'stmeld47-avtalespesialister')).toBe('not-applicable');
    },
  },
  {
    name: 'modell 2: the state runs specialist care and the municipal medical part, breaking six stances on the latter',
    board: { template: 'modell-2' },
    why: 'All 17 specialist cards move to the state (004 L411, L423-425). The state is the specialist side, so the six care-level stances on specialist cards stay met, as under 1b. Fastlege, legevakt and KAD go to the state too, as KS reads the sketch (002 L176, L189); the state is not the kommune side, so the care-level stances that keep them municipal break: KS on fastleger (002 L13, L264-272), legevakt (L14, L278-282) and KAD (L30, L405-409), and St.meld. 47 on fastleger (003 L2363-2365, L2733-2749), legevakt (L8330-8334, L8484-8496) and KAD (L5233-5239, L5350-5359): 6. Met 32 - 6 = 26; KS 9 of 12 placed (its stance on discharge-ready patients is apart), St.meld. 47 11 of 14 placed (its stances on discharge-ready patients and palliative units stay with the kommune: met). The one ownership stance about the state, KS against splitting municipal health and care (002 L176, L189), is on hjemmetjenester, which stays in the kommune: met. So the board shows the split as six broken stances on the medical cards, not on the care card.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['ks-fastlege', 'ks-legevakt-kommune', 'ks-kad', 'stmeld47-fastlege', 'stmeld47-legevakt', 'stmeld47-kad']);
      expect(c.positions.met).toMatchObject({ value: 26, baseline: TODAY_MET, delta: -6 });
      expect(c.positions.contradicted).toMatchObject({ value: 6, baseline: 0, delta: 6 });
      expect(status(c, 'ks-hjemmetjenester-not-stat')).toBe('met');
      for (const id of ['ks-sikkerhetspsykiatri', 'ks-tsb', 'ks-dps', 'ks-sykehus', 'stmeld47-rehabilitering-spesialist', 'stmeld47-sykehus-not-kommune']) expect(status(c, id), id).toBe('met');
      expect(actor(c, 'ks')).toEqual({ stakeholder: 'ks', met: 9, contradicted: 3, notApplicable: 1, total: 13 });
      expect(actor(c, 'stmeld47')).toEqual({ stakeholder: 'stmeld47', met: 11, contradicted: 3, notApplicable: 3, total: 17 });
      expect(ids(c, 'not-applicable')).toEqual(APART);
    },
  },
  {
    name: 'modell 1a: specialist care in the kommune breaks exactly six stances',
    board: { template: 'modell-1a' },
    why: 'All 17 specialist cards move to the kommune (004 L345-354): the kommune side. Broken: KS on secure psychiatry (002 L292-294), TSB (L15, L286), inpatient psychiatry on the DPS card (L15, L262, L288) and hospitals (L232, L240), all keep-at specialist side; St.meld. 47 on specialist rehabilitation (003 L5689-5699, keep-at specialist side) and not hospitals in the kommune (003 L10282-10291, not-at kommune side). Met falls 32 - 6 = 26. Avtalespesialister and co-financing stay apart; the two St.meld. 47 stances on kommune structures (discharge-ready patients, palliative units) are untouched and met.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['ks-sikkerhetspsykiatri', 'ks-tsb', 'ks-dps', 'ks-sykehus', 'stmeld47-rehabilitering-spesialist', 'stmeld47-sykehus-not-kommune']);
      expect(c.positions.met).toMatchObject({ value: 26, baseline: TODAY_MET, delta: -6 });
      expect(c.positions.contradicted).toMatchObject({ value: 6, baseline: 0, delta: 6 });
      expect(actor(c, 'ks')).toEqual({ stakeholder: 'ks', met: 8, contradicted: 4, notApplicable: 1, total: 13 });
      expect(actor(c, 'stmeld47')).toEqual({ stakeholder: 'stmeld47', met: 12, contradicted: 2, notApplicable: 3, total: 17 });
      expect(ids(c, 'not-applicable')).toEqual(APART);
    },
  },
  {
    name: 'KS variants: KAD run jointly by kommuner stays on the kommune side',
    board: { template: 'ks-varianter' },
    why: 'The only move is KAD to an inter-municipal level (002 L302, L409). Inter-municipal is the kommune side, so KS on KAD (002 L30, L405-409) and St.meld. 47 on municipal beds before, instead of and after hospital (003 L5233-5239, L5350-5359, L5445-5448) both list it and stay met. All deltas 0.',
    check: (c) => {
      unchanged(c);
      expect(status(c, 'ks-kad')).toBe('met');
      expect(status(c, 'stmeld47-kad')).toBe('met');
    },
  },
  {
    name: 'Kdf brick wall: no card moves, all deltas 0',
    board: { template: 'kdf-murstein' },
    why: 'The brick-wall model keeps the structures and moves no card (000 L44-52, L132). Every position is as today: 32 met, 0 contradicted, 4 apart.',
    check: unchanged,
  },
  {
    name: 'one move that flips a care-level stance: DPS to the kommune',
    board: { moves: { dps: 'kommune' } },
    why: 'KS wants enough inpatient psychiatry in specialist care rather than the work drifting to the kommuner (002 L15, L262, L288); the DPS card holds it. DPS on the kommune side breaks that one stance and no other position is about DPS. Contradicted 0 → 1, met 32 → 31.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['ks-dps']);
      expect(flipped(c)).toEqual(['ks-dps']);
      expect(c.positions.met).toMatchObject({ value: 31, delta: -1 });
      expect(c.positions.contradicted).toMatchObject({ value: 1, delta: 1 });
      expect(actor(c, 'ks')).toEqual({ stakeholder: 'ks', met: 11, contradicted: 1, notApplicable: 1, total: 13 });
    },
  },
  {
    name: 'hjemmetjenester to the state breaks the ownership stance and the care-level one',
    board: { moves: { hjemmetjenester: 'stat' } },
    why: 'KS finds the "all to the state" model, which assumes splitting municipal health and care, ill suited (002 L176, L189): ownership, not at the state, so the state breaks it. Kdf wants follow-up and long-term services kept in the kommuner (000 L68-70, L110): care-level, and the state is not the kommune side, so it breaks too. Contradicted 0 → 2.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['ks-hjemmetjenester-not-stat', 'kdf-hjemmetjenester']);
      expect(c.positions.results.filter((r) => r.status === 'contradicted').map((r) => r.scope)).toEqual(['ownership', 'care-level']);
      expect(c.positions.contradicted).toMatchObject({ value: 2, delta: 2 });
    },
  },
  {
    name: 'hjemmetjenester to a region: only the care-level stance breaks',
    board: { moves: { hjemmetjenester: 'region' } },
    why: 'The KS passage (002 L176, L189) is about the state taking the service; a region is not the state, so that ownership stance holds. Kdf’s stance (000 L68-70) is about the kommune side, which a region is not: broken. This is where the two scopes part.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['kdf-hjemmetjenester']);
      expect(status(c, 'ks-hjemmetjenester-not-stat')).toBe('met');
    },
  },
  {
    name: 'moving every specialist card away and back gives today’s positions',
    board: { template: 'modell-1a', moves: Object.fromEntries(SPECIALIST.map((id) => [id, 'spesialisthelsetjenesten' as const])) },
    why: 'Model 1a moves the 17 specialist cards to the kommune (six stances broken, see above); moving all 17 back puts every card where it is today, so every position has its baseline status again and both deltas are 0.',
    check: (c) => {
      expect(c.moves).toEqual([]);
      unchanged(c);
      expect(c.positions.results.map((r) => r.status)).toEqual(c.positions.results.map((r) => r.baseline));
    },
  },
  {
    name: 'one KS stance on fastleger counts once',
    board: { moves: { fastlege: 'spesialisthelsetjenesten' } },
    why: 'KS says fastleger must stay part of municipal services (002 L13, L264) and warns against moving their steering to the health trusts (L268): one stance, one position. St.meld. 47 wants doctor growth in the kommuner and firmer municipal steering of fastleger (003 L2363-2365, L2733-2749). Fastleger in specialist care break those two; KS counts 1, not 2.',
    check: (c) => {
      expect(catalog.positions.filter((p) => p.stakeholder === 'ks' && p.responsibility === 'fastlege').map((p) => p.id)).toEqual(['ks-fastlege']);
      expect(ids(c, 'contradicted')).toEqual(['ks-fastlege', 'stmeld47-fastlege']);
      expect(actor(c, 'ks')).toMatchObject({ contradicted: 1, met: 11, total: 13 });
      expect(c.positions.contradicted).toMatchObject({ value: 2, delta: 2 });
    },
  },
  {
    name: 'a joint kommune–hospital level matches only stances that list it',
    board: { moves: { dms: 'delt', sykehjem: 'delt' } },
    why: 'KS wants DMS kept as a joint kommune–hospital arrangement hosted by a kommune (002 L30-31, L399, L423), so it lists the joint level: met. The kommunedirektører place DMS in municipal health care (001 L146-151) and St.meld. 47 makes local medical centres a municipal task (003 L5450-5457, L6147-6151): broken. On sykehjem, KS rejects joint organisation with hospital beds (002 L32, L419-423), Kdf wants long-term care in the kommuner (000 L68-70, L118) and the kommunedirektører want care local (001 L126-134): all three broken. 5 in all.',
    check: (c) => {
      expect(status(c, 'ks-dms')).toBe('met');
      expect(ids(c, 'contradicted')).toEqual(['ks-sykehjem', 'kdf-sykehjem', 'kommunedirektorer-sykehjem', 'kommunedirektorer-dms', 'stmeld47-dms']);
      expect(c.positions.contradicted).toMatchObject({ value: 5, delta: 5 });
    },
  },
  {
    name: 'a stance the board cannot see never flips: avtalespesialister to the kommune',
    board: { moves: { avtalespesialister: 'kommune' } },
    why: 'St.meld. 47 decides to move fee talks and money for contract specialists from the state and folketrygden to the regional health authorities (003 L10134-10146): a financing stance. Where the card sits says nothing about who pays, so it stays not applicable and nothing flips.',
    check: (c) => {
      expect(status(c, 'stmeld47-avtalespesialister')).toBe('not-applicable');
      unchanged(c);
    },
  },
  {
    name: 'hospitals run by kommuner together are still the kommune side',
    board: { moves: { sykehus: 'interkommunalt' } },
    why: 'The model St.meld. 47 does not propose gives the kommuner the duty to provide all health services, made to cooperate on hospitals by law (003 L10282-10291), so inter-municipal hospitals break it; KS wants to build on today’s division with hospitals in specialist care (002 L232, L240): broken too.',
    check: (c) => {
      expect(ids(c, 'contradicted')).toEqual(['ks-sykehus', 'stmeld47-sykehus-not-kommune']);
    },
  },
];

import type { PayerSplit, Sector } from '../schema';
import { specialistResponsibilities } from './responsibilities-specialist';

const SSB_KOMMUNEHELSE = 'https://www.ssb.no/helse/helsetjenester/statistikk/kommunehelsetenesta';
const SSB_OMSORG = 'https://www.ssb.no/helse/helsetjenester/statistikk/sjukeheimar-heimetenester-og-andre-omsorgstenester';
const SSB_SPESIALIST = 'https://www.ssb.no/helse/helsetjenester/statistikk/spesialisthelsetjenesten';
const HDIR_KAP5 =
  'https://www.helsedirektoratet.no/rapporter/allmennlegetjenesten-arsrapport-2023-inklusive-status-per-mai-2024/vedlegg-utfyllende-tabeller-og-figurer/tabeller-til-kapittel-5';
const LEGEVAKT_TOTAL = 'https://www.dagsavisen.no/nyheter/innenriks/2024/10/31/ssb-legevakt-i-norge-kostet-rundt-48-milliarder-i-fjor/';

/**
 * The cards that sit in the specialist service today; SSB's statistic covers all of the trusts'
 * activity, court-ordered compulsory care included. Municipal co-financing is a way of paying part
 * of that activity, not activity of its own, so the statistic does not cover it. The hospital
 * pharmacies are run by trusts the RHFs own, as the jointly owned companies already on this list
 * are, so their running costs and årsverk are inside the total the statistic gives.
 */
const SPECIALIST = [...specialistResponsibilities.map((r) => r.id), 'dom-tvungent-psykisk-helsevern', 'sykehusapotek'];

/**
 * The three sector statistics a level's totals start from. SSB publishes kommunehelse and
 * omsorg as two statistics over different KOSTRA functions; both are 2023, so they add. No
 * sector total for the counties' health services was found, so that level is its cards alone.
 */
export const sectors: Sector[] = [
  {
    id: 'kommunehelse',
    name: { nb: 'Kommunehelsetjenesten', en: 'Municipal health services' },
    level: 'kommune',
    covers: {
      nb: 'Kommunenes brutto driftsutgifter til helsestasjon og skolehelsetjeneste, forebygging og diagnose, behandling og rehabilitering (KOSTRA-funksjon 232, 233 og 241), der kommunenes egne utgifter til fastlege og legevakt ligger.',
      en: 'The municipalities’ gross running expenditure on health clinics and school health, prevention, and diagnosis, treatment and rehabilitation (KOSTRA functions 232, 233 and 241), which hold their own spending on fastlege and legevakt.',
    },
    cost: {
      value: 32_612_972_000,
      unit: 'NOK',
      year: 2023,
      source: { ref: SSB_KOMMUNEHELSE, locator: 'Brutto driftsutgifter, kommunehelsetenesta i alt (funksjon 232, 233 og 241), 2023' },
    },
    staff: {
      missing: 'no sourced figure',
      note: {
        nb: 'SSB gir årsverk for enkelte yrker (leger, fysioterapeuter, helsestasjon), men ingen sum for kommunehelsetjenesten.',
        en: 'SSB gives FTEs for some professions (doctors, physiotherapists, health clinics) but no total for municipal health services.',
      },
    },
    responsibilities: ['fastlege', 'legevakt', 'helsestasjon', 'folkehelse', 'fysio', 'psykisk-helse-rus-kommune'],
  },
  {
    id: 'omsorg',
    name: { nb: 'Omsorgstjenestene', en: 'Care services' },
    level: 'kommune',
    covers: {
      nb: 'Sykehjem, hjemmetjenester, brukerstyrt personlig assistanse og andre omsorgstjenester i kommunene (KOSTRA-funksjon 234, 253, 254 og 261).',
      en: 'Nursing homes, home-based services, user-controlled personal assistance and other municipal care services (KOSTRA functions 234, 253, 254 and 261).',
    },
    cost: {
      value: 171_900_000_000,
      unit: 'NOK',
      year: 2023,
      source: { ref: SSB_OMSORG, locator: 'Brutto driftsutgifter til omsorgstenestene, 2023 (171,9 mrd. kr)' },
    },
    staff: {
      value: 157_076,
      unit: 'arsverk',
      year: 2023,
      source: { ref: SSB_OMSORG, locator: 'Årsverk i omsorgstenestene i alt, 2023 (avtalte årsverk, veke i november)' },
    },
    // Palliative units are nursing-home wards (function 253). Sheltered housing itself is outside the
    // four functions (the help given there is home care); no source places the payment for
    // discharge-ready patients in them, so it is left out too.
    responsibilities: ['sykehjem', 'hjemmetjenester', 'bpa', 'psykisk-helse-rus-kommune', 'palliasjon'],
  },
  {
    id: 'spesialist',
    name: { nb: 'Spesialisthelsetjenesten', en: 'Specialist health service' },
    level: 'spesialisthelsetjenesten',
    covers: {
      nb: 'Driftskostnadene og årsverkene i de regionale helseforetakene og helseforetakene, med private institusjoner de har avtale med.',
      en: 'The running costs and årsverk of the regional health authorities and health trusts, with the private institutions they contract.',
    },
    cost: {
      value: 180_590_000_000,
      unit: 'NOK',
      year: 2022,
      source: { ref: SSB_SPESIALIST, locator: 'Driftskostnader i alt, 2022 (180 590 mill. kr, løpende priser)' },
    },
    staff: {
      value: 134_784,
      unit: 'arsverk',
      year: 2022,
      source: { ref: SSB_SPESIALIST, locator: 'Årsverk i alt, 2022' },
    },
    responsibilities: SPECIALIST,
  },
];

/**
 * Cards whose cost the sources split between payers. The other cards are paid in full by the
 * level that runs them. Each split adds up to the card's cost figure of the same year.
 */
export const payerSplits: PayerSplit[] = [
  {
    responsibility: 'fastlege',
    parts: [
      {
        payer: 'operator',
        value: 4_516_000_000,
        note: { nb: 'Kommunenes basisfinansiering (basistilskudd og utjamning), 2023.', en: 'The municipalities’ per-capita funding (basis grants and equalisation), 2023.' },
        source: { ref: HDIR_KAP5, locator: 'Fastlegeordningen: sum basisfinansiering 2023 (4 516 mill. kr)' },
      },
      {
        payer: 'stat',
        value: 7_291_000_000,
        note: { nb: 'Refusjoner fra folketrygden, 2023.', en: 'Refunds from folketrygden (national insurance), 2023.' },
        source: { ref: HDIR_KAP5, locator: 'Fastlegeordningen: sum refusjoner 2023 (7 291 mill. kr)' },
      },
      {
        payer: 'pasient',
        value: 2_232_000_000,
        note: { nb: 'Egenandeler betalt av pasientene, 2023.', en: 'Co-payments paid by patients, 2023.' },
        source: { ref: HDIR_KAP5, locator: 'Fastlegeordningen: egenandeler 2023 (2 232 mill. kr)' },
      },
      {
        payer: 'unattributed',
        value: 147_000_000,
        note: {
          nb: 'Forskjellen mellom totalen (14 186 mill. kr, løpende priser) og summen av de tre delene (14 039 mill. kr, tabell i faste 2023-priser); kildene fordeler den ikke på betaler.',
          en: 'The difference between the total (14 186 mill. kr, current prices) and the sum of the three parts (14 039 mill. kr, a table in fixed 2023 prices); the sources assign it to no payer.',
        },
        source: { ref: HDIR_KAP5, locator: 'Fastlegeordningen: basisfinansiering, refusjoner og egenandeler 2023' },
      },
    ],
  },
  {
    responsibility: 'legevakt',
    parts: [
      {
        payer: 'operator',
        value: 3_648_000_000,
        note: { nb: 'Kommunenes andel, 76 % av 4,8 mrd. kr (2023).', en: 'The municipalities’ share, 76 % of 4.8 bn kr (2023).' },
        source: { ref: LEGEVAKT_TOTAL, locator: 'NTB etter SSB: kommunene betalte 76 % av legevaktutgiftene i 2023' },
      },
      {
        payer: 'stat',
        value: 864_000_000,
        note: { nb: 'Statens andel, «drøyt 18 %» av 4,8 mrd. kr (2023); regnet som 18 %.', en: 'The state’s share, “just over 18 %” of 4.8 bn kr (2023); counted as 18 %.' },
        source: { ref: LEGEVAKT_TOTAL, locator: 'NTB etter SSB: staten betalte drøyt 18 prosent i 2023' },
      },
      {
        payer: 'pasient',
        value: 240_000_000,
        note: { nb: 'Innbyggernes egenandeler, «drøyt 5 %» av 4,8 mrd. kr (2023); regnet som 5 %.', en: 'Residents’ co-payments, “just over 5 %” of 4.8 bn kr (2023); counted as 5 %.' },
        source: { ref: LEGEVAKT_TOTAL, locator: 'NTB etter SSB: innbyggerne betalte drøyt 5 prosent i 2023' },
      },
      {
        payer: 'unattributed',
        value: 48_000_000,
        note: {
          nb: 'Den ene prosenten de avrundede andelene ikke dekker («drøyt» 18 og 5 %); kilden sier ikke hvem som betaler den.',
          en: 'The one per cent the rounded shares leave (“just over” 18 and 5 %); the source does not say who pays it.',
        },
        source: { ref: LEGEVAKT_TOTAL, locator: 'NTB etter SSB: samlede utgifter til legevakt 2023' },
      },
    ],
  },
];

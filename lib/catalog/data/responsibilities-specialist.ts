import type { MissingFigure, Responsibility, Source } from '../schema';
import { SEEDS } from '../sources';

const S002 = SEEDS.ks;
const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;

const SSB_SOMATIKK_2018 = 'https://www.ssb.no/390480/somatiske-spesialisthelsetjenester-hovedtall';
const SML_DPS = 'https://sml.snl.no/distriktspsykiatrisk_senter';
const AMBULANSE_2023 = 'https://www.dagensmedisin.no/okning-i-akuttoppdrag-med-ambulansebiler/641291';
const SSB_AMBULANSE_2021 =
  'https://www.ssb.no/helse/helsetjenester/statistikk/spesialisthelsetjenesten/artikler/flere-ambulanseoppdrag-i-2021';
const INNST_186_S =
  'https://stortinget.no/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2015-2016/inns-201516-186/3/';
const SSB_TANNHELSE_2017 = 'https://www.ssb.no/helse/statistikker/tannhelse/aar/2018-06-28';
const NOU_2024_18 = 'https://regjeringen.no/no/dokumenter/nou-2024-18/id3054538/?ch=4';

const cite = (ref: string, locator: string): Source => ({ ref, locator });
const gap = (note: string): MissingFigure => ({ missing: 'no sourced figure', note });

/** The specialist totals cover every specialist card at once, so they are named in notes but given to none. */
const SPECIALIST_TOTAL_NOTE =
  'The 2022 totals for all specialist care (180 590 mill. kr; 134 784 årsverk) cover every specialist card and are not split.';
const PHV_TOTAL_NOTE =
  'The old psykisk helsevern total (23 536 mill. kr and 19 438 årsverk, 2017) covers adults and children together, so it belongs to no single card.';

/**
 * The specialist health service's cards: services the four RHFs must provide today under
 * spesialisthelsetjenesteloven, plus their jointly owned companies and IT operation.
 */
export const specialistResponsibilities: Responsibility[] = [
  {
    id: 'sykehus',
    name: { nb: 'Sykehus (somatikk i helseforetak)', en: 'Hospitals (somatic care in health trusts)' },
    gloss: {
      nb: 'Utredning og behandling av kroppslige sykdommer og skader på sykehus, akutt og planlagt, med innleggelse eller poliklinisk.',
      en: 'Diagnosis and treatment of physical illness and injury in hospital, acute and planned, as inpatient or outpatient care.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: {
        value: 103_332_000_000,
        unit: 'NOK',
        year: 2018,
        source: cite(SSB_SOMATIKK_2018, 'Somatiske spesialisthelsetjenester, hovudtal: driftskostnader 2018 (mill. kr)'),
        note: `Old (2018): no newer somatic split was found. ${SPECIALIST_TOTAL_NOTE} Whether this table also holds ambulance or contract-specialist costs was not checked.`,
      },
      staff: {
        value: 76_101,
        unit: 'arsverk',
        year: 2018,
        source: cite(SSB_SOMATIKK_2018, 'Somatiske spesialisthelsetjenester, hovudtal: årsverk 2018'),
        note: `Old (2018). ${SPECIALIST_TOTAL_NOTE}`,
      },
      populationBase: gap('No sourced minimum catchment for a lokalsykehus or acute hospital (public-figures.md §6).'),
      volumes: [
        {
          value: 13_141,
          unit: 'beds',
          year: 2018,
          source: cite(SSB_SOMATIKK_2018, 'Somatiske spesialisthelsetjenester, hovudtal: senger 2018'),
          note: 'Somatic beds, old (2018).',
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L551-553, L584'),
      cite(S003, 'L4172-4176'),
      cite(S003, 'L10297-10303'),
      cite(S002, 'L176'),
    ],
  },
  {
    id: 'fodsel',
    name: { nb: 'Fødsel (fødeinstitusjon)', en: 'Childbirth at a maternity unit' },
    gloss: {
      nb: 'Hjelp under fødselen på sykehusenes fødeinstitusjoner, med følgetjeneste for fødende som har lang reisevei.',
      en: 'Care during birth at the hospitals’ maternity units, with an escort service for women who live far away.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('No cost for birth care found in public-figures.md.'),
      staff: gap('No årsverk figure found; St.meld. 47 says only that most midwives work in specialist care (003 L6651-6653).'),
      populationBase: gap('No source gives a minimum catchment for a maternity unit.'),
      volumes: [],
    },
    sources: [
      cite(S003, 'L6637-6642'),
      cite(S003, 'L6651-6653'),
      cite(S003, 'L6727-6732'),
      cite(S003, 'L6679-6685'),
    ],
  },
  {
    id: 'dps',
    name: { nb: 'Distriktspsykiatrisk senter (DPS)', en: 'District psychiatric centre (DPS)' },
    gloss: {
      nb: 'Lokalt spesialisttilbud i psykisk helsevern for voksne, med poliklinikk, ambulant arbeid, dag- og døgnbehandling.',
      en: 'Local specialist mental health service for adults, with outpatient clinics, outreach work, day and inpatient care.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    // Psykisk helsevern is by definition specialist care (psykisk helsevernloven § 1-2).
    laws: ['sphl', 'phvl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap(`No recent DPS cost found. ${PHV_TOTAL_NOTE}`),
      staff: gap(`No DPS årsverk found. ${PHV_TOTAL_NOTE}`),
      populationBase: {
        value: 30_000,
        high: 75_000,
        unit: 'inhabitants',
        year: 2008,
        source: cite(SML_DPS, 'Store medisinske leksikon, «distriktspsykiatrisk senter»: opptaksområde'),
        qualifier: 'catchment',
        note: 'Intended catchment 30 000 to 75 000 inhabitants (about 2008); some northern DPS serve fewer than 20 000.',
      },
      volumes: [
        {
          value: 75,
          unit: 'units',
          year: 2008,
          source: cite(SML_DPS, 'Store medisinske leksikon, «distriktspsykiatrisk senter»: antall DPS januar 2008'),
          note: 'DPS in January 2008 (old).',
        },
      ],
    },
    sources: [cite(S004, 'L534, L551-553, L555'), cite(S003, 'L6313-6324')],
  },
  {
    id: 'bup',
    name: { nb: 'Psykisk helsevern for barn og unge (BUP)', en: 'Child and adolescent mental health service (BUP)' },
    gloss: {
      nb: 'Spesialisthelsetjenestens utredning og behandling av psykiske lidelser hos barn og unge, mest poliklinisk og i samarbeid med kommunen.',
      en: 'Specialist assessment and treatment of mental illness in children and young people, mostly outpatient and together with municipal services.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl', 'phvl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap(`No recent BUP cost found. ${PHV_TOTAL_NOTE}`),
      staff: gap(`No BUP årsverk found. ${PHV_TOTAL_NOTE}`),
      populationBase: gap('No minimum catchment for BUP found (public-figures.md §6).'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L559'), cite(S003, 'L6326-6333')],
  },
  {
    id: 'tsb',
    name: { nb: 'Tverrfaglig spesialisert rusbehandling (TSB)', en: 'Specialised interdisciplinary substance-use treatment (TSB)' },
    gloss: {
      nb: 'Spesialisthelsetjenestens behandling av rusavhengighet: poliklinikk, avrusning og kortere eller lengre institusjonsopphold, også LAR.',
      en: 'Specialist treatment of substance dependence: outpatient care, detox and short or long institutional stays, including opioid substitution (LAR).',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap(`No recent TSB cost found (public-figures.md §3). ${SPECIALIST_TOTAL_NOTE}`),
      staff: gap('No TSB årsverk found (public-figures.md §3).'),
      populationBase: gap('No source gives a minimum catchment for TSB.'),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L594-595'),
      cite(S003, 'L6377-6382, L6393-6395'),
      cite(S003, 'L10305-10308'),
      cite(S002, 'L286'),
    ],
  },
  {
    id: 'sikkerhetspsykiatri',
    name: { nb: 'Sikkerhetspsykiatri', en: 'Secure (forensic) psychiatry' },
    gloss: {
      nb: 'Psykisk helsevern med høyt sikkerhetsnivå for pasienter som kan være til fare for andre.',
      en: 'Mental health care with a high level of security for patients who may be a danger to others.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl', 'phvl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('No cost for sikkerhetspsykiatri found in public-figures.md.'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('No source gives a minimum catchment for sikkerhetspsykiatri.'),
      volumes: [],
    },
    sources: [cite(S002, 'L292'), cite(S002, 'L288'), cite(S002, 'L294')],
  },
  {
    id: 'fact',
    name: { nb: 'FACT- og ACT-team', en: 'FACT and ACT teams (assertive community treatment)' },
    gloss: {
      nb: 'Tverrfaglige oppsøkende team fra DPS og kommune som følger opp folk med alvorlig psykisk lidelse, ofte med rusproblemer, der de bor.',
      en: 'Interdisciplinary outreach teams from DPS and the kommune that follow up people with severe mental illness, often with substance use, where they live.',
    },
    // Teams are run jointly by kommune and DPS (003 L6546-6547) and are not a statutory municipal
    // task (003 L6587-6589 only raises the idea), so the specialist side is the baseline.
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl', 'phvl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('No cost for ACT/FACT teams found in public-figures.md.'),
      staff: gap('No national årsverk figure found; St.meld. 47 gives only the size of one team (at least six posts).'),
      populationBase: {
        value: 60_000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L6584-6587'),
        part: { nb: 'ACT-team', en: 'ACT team' },
        qualifier: 'at-least',
        note: 'Helsedirektoratet, cited in St.meld. 47: an ACT team needs at least six posts and about 60 000 inhabitants; at most ten posts for 90 000–100 000. The figure is given for ACT; the card covers ACT and FACT teams.',
      },
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L594'),
      cite(S003, 'L6546-6551'),
      cite(S003, 'L6584-6589'),
    ],
  },
  {
    id: 'prehospitale',
    name: { nb: 'Prehospitale tjenester (ambulanse og AMK)', en: 'Prehospital services (ambulance and emergency dispatch, AMK)' },
    gloss: {
      nb: 'Ambulanse på vei, sjø og i lufta og medisinske nødmeldesentraler, som gir akutt hjelp før pasienten kommer til sykehus.',
      en: 'Road, boat and air ambulances and emergency medical dispatch centres, giving urgent care before the patient reaches hospital.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: {
        value: 8_800_000_000,
        unit: 'NOK',
        year: 2023,
        source: cite(AMBULANSE_2023, 'Article quoting SSB: driftskostnader ambulansetjenesten 2023'),
        note: '«8,8 mrd.» in a press report quoting SSB; about 5 % of specialist operating costs.',
      },
      staff: {
        value: 5030,
        unit: 'arsverk',
        year: 2023,
        source: cite(AMBULANSE_2023, 'Article quoting SSB: avtalte årsverk i ambulansetjenesten 2023'),
        note: '«Rundt 5030» avtalte årsverk, about 4 % of all specialist årsverk.',
      },
      populationBase: gap('No source gives a minimum catchment for ambulance or AMK services.'),
      volumes: [
        {
          value: 325_000,
          unit: 'missions',
          year: 2023,
          source: cite(AMBULANSE_2023, 'Article quoting SSB: akutte oppdrag med ambulansebil 2023'),
          note: 'Acute missions by road ambulance.',
        },
        {
          value: 159_000,
          unit: 'missions',
          year: 2023,
          source: cite(AMBULANSE_2023, 'Article quoting SSB: vanlige oppdrag med ambulansebil 2023'),
          note: 'Non-acute missions by road ambulance; total missions fell 4 % in 2023.',
        },
        {
          value: 789_000,
          unit: 'missions',
          year: 2021,
          source: cite(SSB_AMBULANSE_2021, 'Ambulanseoppdrag i alt 2021'),
          note: 'All ambulance types; 97 % by road.',
        },
      ],
    },
    sources: [cite(S004, 'L534, L582'), cite(S003, 'L6679-6682')],
  },
  {
    id: 'pasientreiser',
    name: { nb: 'Pasientreiser', en: 'Patient travel (pasientreiser)' },
    gloss: {
      nb: 'Dekning og organisering av pasienters reiser til og fra offentlig finansiert undersøkelse og behandling.',
      en: 'Covering and arranging patients’ journeys to and from publicly funded examination and treatment.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    // The RHFs' duty to provide patient travel sits in spesialisthelsetjenesteloven; the
    // patient's right to have it covered is in pasient- og brukerrettighetsloven.
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('Cost of pasientreiser not found (public-figures.md §3, §7).'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('Not applicable to a travel scheme; no source gives one.'),
      volumes: [],
    },
    sources: [cite(S004, 'L561, L574-575')],
  },
  {
    id: 'avtalespesialister',
    name: { nb: 'Avtalespesialister', en: 'Contract specialists (avtalespesialister)' },
    gloss: {
      nb: 'Privatpraktiserende lege- og psykologspesialister som har driftsavtale med et regionalt helseforetak.',
      en: 'Self-employed medical and psychology specialists with an operating contract with a regional health authority.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    // Contract specialists bill fee refunds to folketrygden (Helfo) on top of the RHF's practice grant;
    // the committee lists a Helfo part in the RHFs' financing (004 L175-176).
    laws: ['sphl', 'ftrl'],
    financing: 'takst-driftstilskudd',
    figures: {
      cost: {
        value: 3_200_000_000,
        unit: 'NOK',
        year: 2014,
        source: cite(INNST_186_S, 'Innst. 186 S (2015–2016), kap. 3: statens utgifter til avtalespesialister 2014'),
        note: '«Nær 3,2 mrd. kr» paid by the state in 2014. Old; public share only, patient fees not included. No recent figure found.',
      },
      staff: gap('No årsverk figure found; only a head count (see volumes).'),
      populationBase: gap('No source gives a minimum catchment for contract specialists.'),
      volumes: [
        {
          value: 1500,
          unit: 'persons',
          year: 2014,
          source: cite(INNST_186_S, 'Innst. 186 S (2015–2016), kap. 3: antall avtalespesialister'),
          note: '«Rundt 1 500» avtalespesialister (old).',
        },
        {
          value: 28,
          unit: 'percent',
          year: 2014,
          source: cite(INNST_186_S, 'Innst. 186 S (2015–2016), kap. 3: andel av somatisk poliklinisk aktivitet'),
          note: 'Share of somatic outpatient activity (old).',
        },
        {
          value: 23,
          unit: 'percent',
          year: 2014,
          source: cite(INNST_186_S, 'Innst. 186 S (2015–2016), kap. 3: andel av poliklinisk aktivitet i psykisk helsevern'),
          note: 'Share of outpatient activity in psykisk helsevern (old).',
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L586'),
      cite(S003, 'L10115-10119'),
      cite(S003, 'L10134-10146'),
    ],
  },
  {
    id: 'rehabilitering-spesialist',
    name: { nb: 'Habilitering og rehabilitering i spesialisthelsetjenesten', en: 'Specialist habilitation and rehabilitation' },
    gloss: {
      nb: 'Habilitering og rehabilitering som krever spesialkompetanse eller spesialutstyr, i sykehus og i private institusjoner med avtale.',
      en: 'Habilitation and rehabilitation that need special expertise or equipment, in hospitals and in contracted private institutions.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap(
        'No national cost found. Public-figures.md has only regional purchases from private institutions (about 300 mill. kr in Helse Nord 2023, unclear whether per year; about 300 mill. kr a year in Helse Midt-Norge around 2016); each covers one region and is not used.',
      ),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('No source gives a minimum catchment for specialist rehabilitation.'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L592'), cite(S003, 'L5689-5699'), cite(S002, 'L122')],
  },
  {
    id: 'laboratorier',
    name: { nb: 'Laboratorier og røntgen', en: 'Laboratory and imaging services' },
    gloss: {
      nb: 'Medisinske laboratorieanalyser og bildediagnostikk ved sykehus og ved private institutter med avtale.',
      en: 'Medical laboratory tests and imaging at hospitals and at contracted private institutes.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['sphl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('Recent lab and imaging cost not found (public-figures.md §3, §7).'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('No source gives a minimum catchment for lab or imaging services.'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L597'), cite(S003, 'L10309-10315')],
  },
  {
    id: 'felleseide-selskaper',
    name: { nb: 'Felleseide selskaper (RHF)', en: 'Jointly owned RHF companies' },
    gloss: {
      nb: 'Fem selskaper som de fire regionale helseforetakene eier sammen: Sykehusinnkjøp, Luftambulansetjenesten, Pasientreiser, Nødnett og Sykehusbygg.',
      en: 'Five companies the four regional health authorities own together: Sykehusinnkjøp, Luftambulansetjenesten, Pasientreiser, Nødnett and Sykehusbygg.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['hfl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('No cost for the jointly owned companies found in public-figures.md.'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('Not applicable to national support companies; no source gives one.'),
      volumes: [],
    },
    sources: [cite(S004, 'L561, L574-575'), cite(S004, 'L621')],
  },
  {
    id: 'ikt-drift',
    name: { nb: 'IKT-drift', en: 'IT system operation (IKT-drift)' },
    gloss: {
      nb: 'Drift av journalsystemer, nett og annen IKT for helseforetakene, gjort av fire (fem) IKT-driftere.',
      en: 'Running patient record systems, networks and other IT for the health trusts, done by four (five) IT operators.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    laws: ['hfl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap('No IT operating cost found in public-figures.md.'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('Not applicable; no source gives one.'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L588'), cite(S004, 'L617-619'), cite(S002, 'L559')],
  },
];

/** The fylkeskommune's cards: the public dental service and county public health work. */
export const countyResponsibilities: Responsibility[] = [
  {
    id: 'tannhelse',
    name: { nb: 'Den offentlige tannhelsetjenesten', en: 'Public dental service' },
    gloss: {
      nb: 'Fylkeskommunens gratis eller rimelige tannbehandling for barn, unge og andre prioriterte grupper, og tilbud til voksne mot betaling.',
      en: 'The county’s free or low-cost dental care for children, young people and other priority groups, plus paid care for adults.',
    },
    baselineLevel: 'fylkeskommune',
    laws: ['thl'],
    financing: 'ramme-fylke',
    figures: {
      cost: {
        value: 3_477_245_000,
        unit: 'NOK',
        year: 2017,
        source: cite(SSB_TANNHELSE_2017, 'Tannhelsetenesta 2017: brutto driftsutgifter totalt (1 000 kr)'),
        note: 'Old (2017), the newest cost found; no 2018–2024 figure.',
      },
      staff: gap(
        'SSB gives 4 041,5 tannlegeårsverk and 991,2 tannpleiarårsverk for 2017, but for public and private dental care together, so they do not measure this card.',
      ),
      populationBase: gap('No source gives a minimum population for the public dental service.'),
      volumes: [
        {
          value: 840_618,
          unit: 'persons',
          year: 2017,
          source: cite(SSB_TANNHELSE_2017, 'Prioriterte personar undersøkt/behandla 2017'),
          note: 'People in priority groups examined or treated (old).',
        },
        {
          value: 1_500_000,
          unit: 'persons',
          year: 2022,
          source: cite(NOU_2024_18, 'NOU 2024:18 kap. 4: personer som mottok tjenester fra den offentlige tannhelsetjenesten'),
          note: '«Om lag 1,5 millioner» (28 % of the population); 1,3 million with a statutory right and 260 000 paying adults.',
        },
      ],
    },
    sources: [cite(S004, 'L534, L590'), cite(S002, 'L11'), cite(S002, 'L244')],
  },
  {
    id: 'folkehelse-fylke',
    name: { nb: 'Folkehelsearbeid i fylkeskommunen', en: 'County public health work' },
    gloss: {
      nb: 'Fylkeskommunens oversikt over helsetilstanden i fylket og støtte til kommunenes folkehelsearbeid.',
      en: 'The county’s overview of health in the county and its support for the municipalities’ public health work.',
    },
    baselineLevel: 'fylkeskommune',
    laws: ['fhl'],
    financing: 'ramme-fylke',
    figures: {
      cost: gap('No cost for county public health work found in public-figures.md.'),
      staff: gap('No årsverk figure found.'),
      populationBase: gap('Not applicable; no source gives one.'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L590'), cite(S003, 'L7868-7871'), cite(S003, 'L8131-8136')],
  },
];

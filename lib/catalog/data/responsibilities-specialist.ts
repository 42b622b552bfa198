import type { Responsibility, Text } from '../schema';
import { cite, gap } from './cite';
import { SEEDS } from '../seeds';

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

/** A note that ends with a note shared by several cards, in both languages. */
const ending = (nb: string, en: string, shared: Text): Text => ({ nb: `${nb} ${shared.nb}`, en: `${en} ${shared.en}` });

/** The specialist totals cover every specialist card at once, so they are named in notes but given to none. */
const SPECIALIST_TOTAL_NOTE: Text = {
  nb: 'Summene for hele spesialisthelsetjenesten i 2022 (180 590 mill. kr og 134 784 årsverk) dekker alle spesialistkortene og er ikke fordelt.',
  en: 'The 2022 totals for all specialist care (NOK 180,590 m and 134,784 FTEs) cover every specialist card and are not split.',
};
const PHV_TOTAL_NOTE: Text = {
  nb: 'Den gamle summen for psykisk helsevern (23 536 mill. kr og 19 438 årsverk, 2017) gjelder voksne og barn samlet, så den hører ikke til ett enkelt kort.',
  en: 'The old mental health care total (NOK 23,536 m and 19,438 FTEs, 2017) covers adults and children together, so it belongs to no single card.',
};

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
        note: {
          nb: `Gammelt tall (2018): vi fant ingen nyere tall for somatikken alene. ${SPECIALIST_TOTAL_NOTE.nb} Vi har ikke sjekket om tabellen også rommer utgifter til ambulanse eller avtalespesialister.`,
          en: `Old figure (2018): no newer figure for somatic care alone was found. ${SPECIALIST_TOTAL_NOTE.en} Whether this table also includes ambulance or contract-specialist costs was not checked.`,
        },
      },
      staff: {
        value: 76_101,
        unit: 'arsverk',
        year: 2018,
        source: cite(SSB_SOMATIKK_2018, 'Somatiske spesialisthelsetjenester, hovudtal: årsverk 2018'),
        note: ending('Gammelt tall (2018).', 'Old figure (2018).', SPECIALIST_TOTAL_NOTE),
      },
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for et lokalsykehus eller akuttsykehus.',
        'No source gives a minimum catchment for a local or acute hospital.',
      ),
      volumes: [
        {
          value: 13_141,
          unit: 'beds',
          year: 2018,
          source: cite(SSB_SOMATIKK_2018, 'Somatiske spesialisthelsetjenester, hovudtal: senger 2018'),
          note: { nb: 'Somatiske senger, gammelt tall (2018).', en: 'Somatic beds, old figure (2018).' },
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
      cost: gap('Vi fant ingen kostnad for fødselsomsorgen.', 'No cost for birth care was found.'),
      staff: gap(
        'Vi fant ingen årsverkstall; St.meld. 47 sier bare at de fleste jordmødre jobber i spesialisthelsetjenesten.',
        'No FTE figure was found; St.meld. 47 says only that most midwives work in specialist care.',
      ),
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for en fødeinstitusjon.',
        'No source gives a minimum catchment for a maternity unit.',
      ),
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
      cost: { missing: 'no sourced figure', note: ending('Vi fant ingen nyere kostnad for DPS.', 'No recent DPS cost was found.', PHV_TOTAL_NOTE) },
      staff: { missing: 'no sourced figure', note: ending('Vi fant ingen årsverkstall for DPS.', 'No FTE figure for DPS was found.', PHV_TOTAL_NOTE) },
      populationBase: {
        value: 30_000,
        high: 75_000,
        unit: 'inhabitants',
        year: 2008,
        source: cite(SML_DPS, 'opptaksområde'),
        qualifier: 'catchment',
        note: {
          nb: 'Tiltenkt opptaksområde 30 000 til 75 000 innbyggere (rundt 2008); noen DPS i nord dekker færre enn 20 000.',
          en: 'Intended catchment 30,000 to 75,000 inhabitants (around 2008); some DPS in the north serve fewer than 20,000.',
        },
      },
      volumes: [
        {
          value: 75,
          unit: 'units',
          year: 2008,
          source: cite(SML_DPS, 'antall DPS i januar 2008'),
          note: { nb: 'DPS i januar 2008 (gammelt tall).', en: 'DPS in January 2008 (old figure).' },
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
      cost: { missing: 'no sourced figure', note: ending('Vi fant ingen nyere kostnad for BUP.', 'No recent BUP cost was found.', PHV_TOTAL_NOTE) },
      staff: { missing: 'no sourced figure', note: ending('Vi fant ingen årsverkstall for BUP.', 'No FTE figure for BUP was found.', PHV_TOTAL_NOTE) },
      populationBase: gap('Vi fant ikke noe minste opptaksområde for BUP.', 'No minimum catchment for BUP was found.'),
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
      cost: { missing: 'no sourced figure', note: ending('Vi fant ingen nyere kostnad for TSB.', 'No recent TSB cost was found.', SPECIALIST_TOTAL_NOTE) },
      staff: gap('Vi fant ingen årsverkstall for TSB.', 'No FTE figure for TSB was found.'),
      populationBase: gap('Ingen kilde oppgir et minste opptaksområde for TSB.', 'No source gives a minimum catchment for TSB.'),
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
      cost: gap('Vi fant ingen kostnad for sikkerhetspsykiatrien.', 'No cost for secure psychiatry was found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for sikkerhetspsykiatri.',
        'No source gives a minimum catchment for secure psychiatry.',
      ),
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
      cost: gap('Vi fant ingen kostnad for ACT- og FACT-team.', 'No cost for ACT and FACT teams was found.'),
      staff: gap(
        'Vi fant ingen nasjonale årsverkstall; St.meld. 47 oppgir bare størrelsen på ett team (minst seks stillinger).',
        'No national FTE figure was found; St.meld. 47 gives only the size of one team (at least six posts).',
      ),
      populationBase: {
        value: 60_000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L6584-6587'),
        part: { nb: 'ACT-team', en: 'ACT team' },
        qualifier: 'at-least',
        note: {
          nb: 'Helsedirektoratet, gjengitt i St.meld. 47: et ACT-team trenger minst seks stillinger og om lag 60 000 innbyggere, og høyst ti stillinger for 90 000–100 000. Tallet gjelder ACT; kortet dekker både ACT- og FACT-team.',
          en: 'Directorate of Health, cited in St.meld. 47: an ACT team needs at least six posts and about 60,000 inhabitants, and at most ten posts for 90,000–100,000. The figure is given for ACT; the card covers both ACT and FACT teams.',
        },
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
        source: cite(AMBULANSE_2023, 'artikkel etter SSB: driftskostnader i ambulansetjenesten 2023'),
        note: {
          nb: '«8,8 mrd.» i en avisartikkel som viser til SSB; om lag 5 % av driftskostnadene i spesialisthelsetjenesten.',
          en: '“8.8 bn” in a press report citing SSB; about 5 % of specialist care operating costs.',
        },
      },
      staff: {
        value: 5030,
        unit: 'arsverk',
        year: 2023,
        source: cite(AMBULANSE_2023, 'artikkel etter SSB: avtalte årsverk i ambulansetjenesten 2023'),
        note: {
          nb: '«Rundt 5030» avtalte årsverk, om lag 4 % av alle årsverk i spesialisthelsetjenesten.',
          en: '“Around 5,030” contracted FTEs, about 4 % of all specialist care FTEs.',
        },
      },
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for ambulanse eller AMK.',
        'No source gives a minimum catchment for ambulance or emergency dispatch services.',
      ),
      volumes: [
        {
          value: 325_000,
          unit: 'missions',
          year: 2023,
          source: cite(AMBULANSE_2023, 'artikkel etter SSB: akutte oppdrag med ambulansebil 2023'),
          note: { nb: 'Akutte oppdrag med ambulansebil.', en: 'Acute missions by road ambulance.' },
        },
        {
          value: 159_000,
          unit: 'missions',
          year: 2023,
          source: cite(AMBULANSE_2023, 'artikkel etter SSB: vanlige oppdrag med ambulansebil 2023'),
          note: {
            nb: 'Vanlige, ikke-akutte oppdrag med ambulansebil; samlet antall oppdrag falt 4 % i 2023.',
            en: 'Non-acute missions by road ambulance; total missions fell 4 % in 2023.',
          },
        },
        {
          value: 789_000,
          unit: 'missions',
          year: 2021,
          source: cite(SSB_AMBULANSE_2021, 'Ambulanseoppdrag i alt 2021'),
          note: { nb: 'Alle typer ambulanse; 97 % med bil.', en: 'All types of ambulance; 97 % by road.' },
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
      cost: gap('Vi fant ikke kostnaden for pasientreiser.', 'The cost of patient travel was not found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap(
        'Passer ikke for en reiseordning; ingen kilde oppgir et slikt tall.',
        'Does not apply to a travel scheme; no source gives one.',
      ),
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
        source: cite(INNST_186_S, 'kap. 3: statens utgifter til avtalespesialister 2014'),
        note: {
          nb: '«Nær 3,2 mrd. kr» betalt av staten i 2014. Gammelt tall, og bare den offentlige delen: egenandelene er ikke med. Vi fant ikke noe nyere tall.',
          en: '“Close to NOK 3.2 bn” paid by the state in 2014. Old figure, and the public share only: patient fees are not included. No recent figure was found.',
        },
      },
      staff: gap('Vi fant ingen årsverkstall, bare et antall personer.', 'No FTE figure was found, only a head count.'),
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for avtalespesialister.',
        'No source gives a minimum catchment for contract specialists.',
      ),
      volumes: [
        {
          value: 1500,
          unit: 'persons',
          year: 2014,
          source: cite(INNST_186_S, 'kap. 3: antall avtalespesialister'),
          note: { nb: '«Rundt 1 500» avtalespesialister (gammelt tall).', en: '“Around 1,500” contract specialists (old figure).' },
        },
        {
          value: 28,
          unit: 'percent',
          year: 2014,
          source: cite(INNST_186_S, 'kap. 3: andel av somatisk poliklinisk aktivitet'),
          note: { nb: 'Andel av den somatiske polikliniske aktiviteten (gammelt tall).', en: 'Share of somatic outpatient activity (old figure).' },
        },
        {
          value: 23,
          unit: 'percent',
          year: 2014,
          source: cite(INNST_186_S, 'kap. 3: andel av poliklinisk aktivitet i psykisk helsevern'),
          note: {
            nb: 'Andel av den polikliniske aktiviteten i psykisk helsevern (gammelt tall).',
            en: 'Share of outpatient activity in mental health care (old figure).',
          },
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
        'Vi fant ingen nasjonal kostnad, bare regionale kjøp fra private institusjoner: om lag 300 mill. kr i Helse Nord i 2023 (uklart om per år) og rundt 300 mill. kr i året i Helse Midt-Norge rundt 2016. Hvert tall gjelder én region og er ikke brukt.',
        'No national cost was found, only regional purchases from private institutions: about NOK 300 m in Helse Nord in 2023 (unclear whether per year) and around NOK 300 m a year in Helse Midt-Norge around 2016. Each covers one region and is not used.',
      ),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for rehabilitering i spesialisthelsetjenesten.',
        'No source gives a minimum catchment for specialist rehabilitation.',
      ),
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
      cost: gap('Vi fant ingen nyere kostnad for laboratorier og røntgen.', 'No recent cost for laboratory and imaging services was found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap(
        'Ingen kilde oppgir et minste opptaksområde for laboratorier eller røntgen.',
        'No source gives a minimum catchment for laboratory or imaging services.',
      ),
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
      cost: gap('Vi fant ingen kostnad for de felleseide selskapene.', 'No cost for the jointly owned companies was found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap(
        'Passer ikke for nasjonale støtteselskaper; ingen kilde oppgir et slikt tall.',
        'Does not apply to national support companies; no source gives one.',
      ),
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
      cost: gap('Vi fant ingen kostnad for IKT-driften.', 'No IT operating cost was found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap('Passer ikke her; ingen kilde oppgir et slikt tall.', 'Does not apply; no source gives one.'),
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
        note: {
          nb: 'Gammelt tall (2017), men det nyeste vi fant; ingen tall for 2018–2024.',
          en: 'Old figure (2017), the newest cost found; no figure for 2018–2024.',
        },
      },
      staff: gap(
        'SSB oppgir 4 041,5 tannlegeårsverk og 991,2 tannpleierårsverk for 2017, men for offentlig og privat tannhelse samlet, så tallene måler ikke dette kortet.',
        'SSB gives 4,041.5 dentist FTEs and 991.2 dental hygienist FTEs for 2017, but for public and private dental care together, so they do not measure this card.',
      ),
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for den offentlige tannhelsetjenesten.',
        'No source gives a minimum population for the public dental service.',
      ),
      volumes: [
        {
          value: 840_618,
          unit: 'persons',
          year: 2017,
          source: cite(SSB_TANNHELSE_2017, 'Prioriterte personar undersøkt/behandla 2017'),
          note: {
            nb: 'Personer i prioriterte grupper som ble undersøkt eller behandlet (gammelt tall).',
            en: 'People in priority groups examined or treated (old figure).',
          },
        },
        {
          value: 1_500_000,
          unit: 'persons',
          year: 2022,
          source: cite(NOU_2024_18, 'kap. 4: personer som mottok tjenester fra den offentlige tannhelsetjenesten'),
          note: {
            nb: '«Om lag 1,5 millioner» (28 % av befolkningen); 1,3 millioner med lovfestet rett og 260 000 betalende voksne.',
            en: '“About 1.5 million” (28 % of the population); 1.3 million with a statutory right and 260,000 paying adults.',
          },
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
      cost: gap('Vi fant ingen kostnad for fylkeskommunenes folkehelsearbeid.', 'No cost for county public health work was found.'),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: gap('Passer ikke her; ingen kilde oppgir et slikt tall.', 'Does not apply; no source gives one.'),
      volumes: [],
    },
    sources: [cite(S004, 'L534, L590'), cite(S003, 'L7868-7871'), cite(S003, 'L8131-8136')],
  },
];

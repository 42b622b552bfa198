import type { Figure, Responsibility, Text } from '../schema';
import { SEEDS } from '../seeds';
import { cite, gap } from './cite';

const S002 = SEEDS.ks;
const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;

const SSB_KOMMUNEHELSE = 'https://www.ssb.no/helse/helsetjenester/statistikk/kommunehelsetenesta';
const RESSURSPORTAL = 'https://www.ressursportal.no/kommunalt-psykisk-helse--og-rusarbeid/is-248/';

const stMeld47BedsBase = (locator: string, note: Text): Figure => ({
  value: 20000,
  unit: 'inhabitants',
  year: 2009,
  source: cite(S003, locator),
  note,
});

/**
 * The kommune's health clinics, prevention, therapy, mental-health work, coordination and local
 * medical centres, under helse- og omsorgstjenesteloven and folkehelseloven, with their sourced figures.
 */
export const kommuneHealthResponsibilities: Responsibility[] = [
  {
    id: 'helsestasjon',
    name: { nb: 'Helsestasjon og skolehelsetjeneste', en: 'Child health clinics and school health service' },
    gloss: {
      nb: 'Forebyggende helsetilbud til barn og unge fra 0 til 20 år og familiene deres, med kontroller, vaksiner og samtaler.',
      en: 'Preventive health service for children and young people aged 0–20 and their families: check-ups, vaccines and counselling.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 6_483_504_000,
        unit: 'NOK',
        year: 2023,
        source: cite(
          SSB_KOMMUNEHELSE,
          'Brutto driftsutgifter, KOSTRA 232 Førebygging, helsestasjons- og skulehelseteneste, 2023 (1 000 kr)',
        ),
        note: {
          nb: '4 951 kr per innbygger 0–20 år. SSB omtaler funksjonen som forebygging, helsestasjon og skolehelsetjeneste samlet.',
          en: 'NOK 4,951 per inhabitant aged 0–20. SSB labels the function as prevention, health clinics and school health together.',
        },
      },
      staff: {
        value: 6994.3,
        unit: 'arsverk',
        year: 2023,
        source: cite(SSB_KOMMUNEHELSE, 'Årsverk i helsestasjons- og skulehelsetenesta, 2023'),
        note: {
          nb: '53,4 per 10 000 innbyggere 0–20 år; +2,3 % fra 2022. SINTEF-tallet på kortet for psykisk helse- og rusarbeid i kommunen overlapper med SSB-tall som dette.',
          en: '53.4 per 10,000 inhabitants aged 0–20; +2.3 % from 2022. The SINTEF count on the municipal mental health and substance-use card overlaps with SSB counts such as this one.',
        },
      },
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for helsestasjon eller skolehelsetjeneste.',
        'No source gives a minimum population for health clinics or school health services.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L536-537, L548-549'),
      cite(S003, 'L7798-7802'),
      cite(S003, 'L8093-8105'),
    ],
  },
  {
    id: 'svangerskap',
    name: { nb: 'Svangerskapsomsorg (jordmor i kommunen)', en: 'Antenatal care (municipal midwife)' },
    gloss: {
      nb: 'Kontroller og oppfølging av gravide, og av mor og barn de første dagene etter fødselen, ved jordmor, helsestasjon og fastlege.',
      en: 'Check-ups and follow-up of pregnant women, and of mother and baby in the first days after birth, by the midwife, helsestasjon and fastlege.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant ingen egen kostnad. Jordmødre i kommunen lønnes som andre kommuneansatte (St.meld. 47), så kostnaden ligger i kommunens øvrige helseutgifter.',
        'No separate cost was found. Municipal midwives are paid like other municipal staff (St.meld. 47), so the cost sits inside wider municipal health spending.',
      ),
      staff: gap('Vi fant ingen årsverkstall for jordmødre i kommunene.', 'No FTE count for municipal midwives was found.'),
      populationBase: gap(
        'Ingen tall. St.meld. 47 mener mindre kommuner bør samarbeide om jordmortjenesten, men oppgir ikke noe innbyggertall.',
        'No figure. St.meld. 47 says smaller municipalities should cooperate on the midwife service but gives no population number.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L566-567'),
      cite(S003, 'L6642-6643'),
      cite(S003, 'L6700-6704'),
      cite(S003, 'L9380-9382'),
    ],
  },
  {
    id: 'folkehelse',
    name: { nb: 'Folkehelse og forebygging', en: 'Public health and prevention' },
    gloss: {
      nb: 'Kommunens arbeid for å fremme helse og forebygge sykdom i hele befolkningen, også i andre sektorer, blant annet miljørettet helsevern og smittevern.',
      en: 'The kommune’s work to promote health and prevent disease across the population, also in other sectors, including environmental health and infection control.',
    },
    baselineLevel: 'kommune',
    laws: ['fhl'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 3_392_474_000,
        unit: 'NOK',
        year: 2023,
        source: cite(SSB_KOMMUNEHELSE, 'Brutto driftsutgifter, KOSTRA 233 Forebyggende helsearbeid, 2023 (1 000 kr)'),
        note: {
          nb: '611 kr per innbygger; 22,4 % lavere enn i 2022. Forebygging i andre sektorer (planlegging, skole) er ikke med i denne funksjonen.',
          en: 'NOK 611 per inhabitant; down 22.4 % from 2022. Prevention done in other sectors (planning, schools) is not in this function.',
        },
      },
      staff: gap('Vi fant ingen årsverkstall for folkehelsearbeidet.', 'No FTE count for public health work was found.'),
      populationBase: {
        value: 20000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L7024-7028'),
        part: { nb: 'miljørettet helsevern', en: 'environmental health (miljørettet helsevern)' },
        qualifier: 'at-least',
        note: {
          nb: 'Helsedirektoratets rapport IS-1633, gjengitt i St.meld. 47: miljørettet helsevern fungerer godt der kommunen eller et interkommunalt samarbeid dekker minst 20 000 innbyggere. Det gjelder den delen av folkehelsearbeidet, ikke alt.',
          en: 'Directorate of Health report IS-1633, cited in St.meld. 47: environmental health works well where the municipality or an inter-municipal cooperation covers at least 20,000 inhabitants. It applies to that part of public health work, not all of it.',
        },
        cooperationToday: {
          share: 60,
          of: 'municipalities',
          year: 2009,
          source: cite(S003, 'L7012-7015'),
          note: {
            nb: 'Snaut 60 % av kommunene samarbeidet i 2009 om miljørettet helsevern, smittevern eller annet samfunnsmedisinsk arbeid; tallet skiller ikke mellom de tre.',
            en: 'In 2009 just under 60 % of municipalities cooperated on environmental health, infection control or other community medicine; the figure does not separate the three.',
          },
        },
      },
      volumes: [
        {
          value: 60,
          unit: 'percent',
          year: 2009,
          source: cite(S003, 'L6907-6909'),
          note: {
            nb: 'Andel kommuner med egen folkehelsekoordinator, slik det ble oppgitt i 2009; 80 % av disse stillingene var på 60 % eller mindre.',
            en: 'Share of municipalities with their own public health coordinator, as stated in 2009; 80 % of these posts were 60 % of a full-time post or less.',
          },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L563-564'),
      cite(S003, 'L7798-7802'),
      cite(S003, 'L6904-6909'),
      cite(S002, 'L205'),
    ],
  },
  {
    id: 'fysio',
    name: { nb: 'Fysio- og ergoterapi', en: 'Physiotherapy and occupational therapy' },
    gloss: {
      nb: 'Trening, behandling og tilrettelegging som hjelper folk å bevare eller vinne tilbake funksjon i hverdagen.',
      en: 'Training, treatment and adaptation that help people keep or regain everyday function.',
    },
    baselineLevel: 'kommune',
    laws: ['hol', 'ftrl'],
    // Contract physiotherapists are paid by driftstilskudd plus takster and fees (003 L9370-9377);
    // therapists employed by the kommune are block-financed.
    financing: 'takst-driftstilskudd',
    figures: {
      cost: gap(
        'Vi fant ingen kostnad. St.meld. 47 oppgir bare hvordan avtalefysioterapeutene finansieres: driftstilskudd 25 %, refusjoner fra folketrygden om lag 58 % og egenandeler om lag 17 %.',
        'No cost was found. St.meld. 47 gives only how contract physiotherapists are financed: practice grant 25 %, refunds from national insurance about 58 % and patient fees about 17 %.',
      ),
      staff: {
        value: 5322.5,
        unit: 'arsverk',
        year: 2023,
        source: cite(SSB_KOMMUNEHELSE, 'Fysioterapeutårsverk i kommunane, 2023'),
        note: {
          nb: '9,6 per 10 000 innbyggere. Bare fysioterapeuter; vi fant ikke tall for ergoterapeuter.',
          en: '9.6 per 10,000 inhabitants. Physiotherapists only; no count for occupational therapists was found.',
        },
      },
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for fysio- eller ergoterapi.',
        'No source gives a minimum population for physiotherapy or occupational therapy.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L546, L548-549'),
      cite(S003, 'L4974-4978'),
      cite(S003, 'L9370-9377'),
    ],
  },
  {
    id: 'rask-psykisk-helsehjelp',
    name: { nb: 'Rask psykisk helsehjelp', en: 'Rapid mental health help (Rask psykisk helsehjelp)' },
    gloss: {
      nb: 'Lavterskeltilbud i kommunen som gir tidlig og kortvarig hjelp ved lettere psykiske plager.',
      en: 'Low-threshold municipal service giving early, short-term help for milder mental health problems.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant ikke tall for denne tjenesten, og heller ikke for kommunenes utgifter til psykisk helse generelt.',
        'No figure was found for this service, nor for municipal mental health spending in general.',
      ),
      staff: gap(
        'Vi fant ingen årsverkstall for tjenesten; SINTEF-tallet på kortet for psykisk helse- og rusarbeid i kommunen kan omfatte den.',
        'No FTE figure was found for this service; the SINTEF count on the municipal mental health and substance-use card may include it.',
      ),
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for denne tjenesten.',
        'No source gives a minimum population for this service.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L569-570'),
      cite(S003, 'L6493-6496'),
      cite(S003, 'L6502-6505'),
    ],
  },
  {
    id: 'psykisk-helse-rus-kommune',
    name: { nb: 'Psykisk helse- og rusarbeid i kommunen', en: 'Municipal mental health and substance-use services' },
    gloss: {
      nb: 'Kommunens oppfølging, behandling, bolig- og aktivitetstilbud for personer med psykiske lidelser eller rusproblemer.',
      en: 'The kommune’s follow-up, treatment, housing and activity services for people with mental illness or substance-use problems.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant ikke kommunenes utgifter til psykisk helse- og rusarbeid.',
        'No figure was found for municipal spending on mental health and substance-use work.',
      ),
      staff: {
        value: 17_436,
        unit: 'arsverk',
        year: 2023,
        source: cite(RESSURSPORTAL, 'IS-24/8, årsverk totalt i kommunalt psykisk helse- og rusarbeid, 2023'),
        note: {
          nb: '13 445 for voksne og 3 991 for barn og unge. SINTEF-tallet overlapper med SSBs årsverkstall på andre kort (helsestasjon, omsorg), så en sum av årsverk på tvers av kortene teller noen personer to ganger.',
          en: '13,445 for adults and 3,991 for children and young people. This SINTEF count overlaps with the SSB counts on other cards (health clinics, care services), so staff totals across cards count some people twice.',
        },
      },
      populationBase: gap(
        'Ingen tall. St.meld. 47 sier at forsterkede boliger for de tyngste brukerne krever et større befolkningsgrunnlag, men oppgir ikke noe tall.',
        'No figure. St.meld. 47 says supported housing for the heaviest users needs a larger population base but gives no number.',
      ),
      volumes: [
        {
          value: 30,
          unit: 'percent',
          year: 2009,
          source: cite(S003, 'L6357-6359'),
          note: {
            nb: 'Andel av ressursene til psykisk helse som gikk til kommunale tjenester (om lag 70 % gikk til spesialisthelsetjenesten), slik det ble oppgitt i 2009.',
            en: 'Share of mental health resources going to municipal services (about 70 % went to specialist care), as stated in 2009.',
          },
        },
      ],
    },
    sources: [
      cite(S002, 'L290'),
      cite(S003, 'L6311-6313'),
      cite(S003, 'L6355-6359'),
      cite(S002, 'L116'),
    ],
  },
  {
    id: 'rehabilitering-kommune',
    name: { nb: 'Habilitering og rehabilitering i kommunen', en: 'Municipal habilitation and rehabilitation' },
    gloss: {
      nb: 'Tverrfaglig hjelp til å utvikle eller gjenvinne funksjon og mestring der folk bor: hjemme, på skolen eller i kommunale døgnplasser.',
      en: 'Interdisciplinary help to build or regain function and coping where people live: at home, at school or in municipal beds.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant ingen egen kostnad. KOSTRA-funksjon 241 (diagnose, behandling og re-/habilitering: 22 736 994 i 1 000 kr, 2023) rommer også utgifter til fastlege, legevakt og fysioterapi og er ikke fordelt på kortene.',
        'No separate cost was found. KOSTRA function 241 (diagnosis, treatment and re-/habilitation: 22,736,994 in NOK 1,000, 2023) also includes spending on regular GPs, out-of-hours care and physiotherapy and is not split between the cards.',
      ),
      staff: gap('Vi fant ingen årsverkstall for rehabilitering i kommunene.', 'No FTE count for municipal rehabilitation was found.'),
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for rehabilitering i kommunen.',
        'No source gives a minimum population for municipal rehabilitation.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L592'),
      cite(S003, 'L5689-5699'),
      cite(S003, 'L5742-5746'),
      cite(S002, 'L122'),
    ],
  },
  {
    id: 'koordinator',
    name: { nb: 'Koordinator og koordinerende enhet', en: 'Care coordinator and coordinating unit' },
    gloss: {
      nb: 'En fast kontaktperson, og en enhet, som samordner tjenestene for pasienter med langvarige og sammensatte behov.',
      en: 'A named contact person, and a unit, that coordinate services for patients with long-term and complex needs.',
    },
    // The statutory coordinating unit exists in both kommuner and HF (003 L5799-5802); no source
    // puts the task at one level only, so the municipal side is the baseline.
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Det finnes ikke noe kostnadstall; ifølge St.meld. 47 legges rollen til eksisterende stillinger, ikke nye.',
        'No cost figure exists; according to St.meld. 47 the role is added to existing posts, not new ones.',
      ),
      staff: gap(
        'Ingen årsverkstall; koordinatorrollen ligger i eksisterende stillinger.',
        'No FTE figure; the coordinator role sits in existing posts.',
      ),
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for denne funksjonen.',
        'No source gives a minimum population for this function.',
      ),
      volumes: [],
    },
    sources: [
      cite(S004, 'L534, L595'),
      cite(S003, 'L5799-5802'),
      cite(S003, 'L4812-4828'),
    ],
  },
  {
    id: 'kommuneoverlege',
    name: { nb: 'Kommuneoverlege (samfunnsmedisin)', en: 'Municipal medical officer (kommuneoverlege)' },
    gloss: {
      nb: 'Legen som er kommunens medisinskfaglige rådgiver, med ansvar for blant annet smittevern, beredskap og helse i planarbeidet.',
      en: 'The doctor who is the kommune’s medical adviser, covering infection control, preparedness and health in planning.',
    },
    baselineLevel: 'kommune',
    // The kommunelege duty is in helse- og omsorgstjenesteloven § 5-5, its tasks in folkehelseloven § 27.
    laws: ['hol', 'fhl'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap('Vi fant ingen egen kostnad.', 'No separate cost was found.'),
      staff: gap(
        'Vi fant ingen årsverkstall; SSBs sum av legeårsverk (6 987,3 i 2023) gjelder alle kommuneleger og er ikke fordelt.',
        'No FTE figure was found; the SSB total of doctor FTEs (6,987.3 in 2023) covers all municipal doctors and is not split.',
      ),
      populationBase: gap(
        'Ingen tall for kommuneoverlegen som sådan. Grunnlaget på 20 000 innbyggere for miljørettet helsevern står på folkehelsekortet.',
        'No figure for the municipal medical officer as such. The base of 20,000 inhabitants for environmental health is placed on the public health card.',
      ),
      volumes: [
        {
          value: 60,
          unit: 'percent',
          year: 2009,
          source: cite(S003, 'L7012-7015'),
          note: {
            nb: '«Nærmere 60 pst.»: andel kommuner som samarbeidet med andre om miljørettet helsevern, smittevern eller annet samfunnsmedisinsk arbeid, slik det ble oppgitt i 2009.',
            en: '“Close to 60 per cent”: share of municipalities cooperating with others on environmental health, infection control or other community medicine, as stated in 2009.',
          },
        },
      ],
    },
    sources: [
      cite(S003, 'L8514-8521'),
      cite(S002, 'L272'),
      cite(S002, 'L282'),
      cite(S003, 'L7012-7018'),
    ],
  },
  {
    id: 'dms',
    name: {
      nb: 'Distriktsmedisinske sentre (DMS), lokalmedisinske sentre og sykestuer',
      en: 'DMS (district medical centres), local medical centres and sykestuer',
    },
    gloss: {
      nb: 'Lokale sentre der kommuner, ofte sammen, samler tjenester som legevakt, døgnplasser og poliklinikk med spesialister fra sykehuset.',
      en: 'Local centres where municipalities, often together, gather services such as legevakt, beds and outpatient clinics with visiting hospital specialists.',
    },
    // The committee's slide places DMS with the kommuner; hospitals often take part (002 L399).
    // Sykestuer stay on this card: KS and St.meld. 47 name them together with DMS and LMS in every
    // stance (002 L30-31, L389-423; 003 L6147-6151), so a card of their own would split one stance
    // in two. Their own facts, Finnmark's 16 sykestuer and the trial paying them by activity for
    // stays that replace a hospital stay (003 L10088-10110), are cited here.
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant verken antall eller kostnad. KS påpeker at finansieringen varierer: noen sykehus kjøper tjenester av kommunen, andre deler kostnadene etter faste nøkler.',
        'Neither a count nor a cost was found. KS notes that financing varies: some hospitals buy services from the municipality, others share the costs by fixed keys.',
      ),
      staff: gap('Vi fant ingen årsverkstall.', 'No FTE figure was found.'),
      populationBase: {
        ...stMeld47BedsBase(
          'L5934-5943',
          {
            nb: 'St.meld. 47 ber kommunene vurdere å samle slike tjenester i et lokalmedisinsk senter, og mener at kanskje opp mot 20 000–30 000 innbyggere er et passende grunnlag for å drive en sengeenhet for observasjon, utredning, etterbehandling og lindrende behandling godt. Meldingen tar forbehold, så begge endene er tatt med, og tallet er ikke et fast minstekrav.',
            en: 'St.meld. 47 asks municipalities to consider gathering such services in a local medical centre, and considers perhaps up to about 20,000–30,000 inhabitants a suitable base for running a bed unit for observation, assessment, aftercare and palliative care well. The white paper hedges this, so both ends are kept, and it is not a firm minimum.',
          },
        ),
        high: 30_000,
        part: { nb: 'døgnplasser for observasjon, utredning, etterbehandling og lindring', en: 'beds for observation, assessment, aftercare and palliative care' },
        qualifier: 'perhaps-up-to',
      },
      volumes: [
        {
          value: 16,
          unit: 'units',
          year: 2009,
          source: cite(S003, 'L10090-10097'),
          note: {
            nb: 'Kommuner i Finnmark med sykestue, alle med i finansieringsforsøket i 2009.',
            en: 'Municipalities in Finnmark with a sykestue (local infirmary), all in the 2009 financing trial.',
          },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L543-544, L548-549'),
      cite(S002, 'L391'),
      cite(S003, 'L5369-5384'),
      cite(S002, 'L399'),
      cite(S003, 'L10088-10110'),
    ],
  },
];

import type { Responsibility } from '../schema';
import { cite, gap } from './cite';
import { kommuneHealthResponsibilities } from './responsibilities-kommune-health';
import { SEEDS } from '../seeds';

const S002 = SEEDS.ks;
const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;

const SSB_OMSORG = 'https://www.ssb.no/helse/helsetjenester/statistikk/sjukeheimar-heimetenester-og-andre-omsorgstenester';
const SSB_KOSTRA_2013 = 'https://www.ssb.no/185055/utgifter-i-kommunale-helse-og-omsorgstjenester.1-000-kroner';
const SSB_ALLMENNLEGE = 'https://www.ssb.no/helse/helsetjenester/statistikk/allmennlegetjenesten';
const SSB_LEGEVAKT_2021 = 'https://www.ssb.no/helse/helsetjenester/artikler/legevakttjenesten-i-norske-kommuner-i-2021';
const HDIR_AARSRAPPORT =
  'https://www.helsedirektoratet.no/rapporter/allmennlegetjenesten-arsrapport-2023-inklusive-status-per-mai-2024';
const HDIR_UTGIFTER = `${HDIR_AARSRAPPORT}/utgifter-til-allmennlegetjenesten/samlede-utgifter-til-allmennlegetjenesten`;
const HDIR_FASTLEGE = `${HDIR_AARSRAPPORT}/utvikling-i-fastlegeordningen`;
const HDIR_LEGEVAKT_KONS = `${HDIR_AARSRAPPORT}/befolkningens-bruk-av-fastlege-og-legevakt/konsultasjoner-med-legevakt`;
const HDIR_KAD = 'https://www.helsedirektoratet.no/rapporter/status-for-kommunalt-dogntilbud-for-oyeblikkelig-hjelp-2022/sammendrag';
const OMSORGSFORSKNING_KAD = 'http://www.omsorgsforskning.no/nyheter/ubrukte_senger';
const LEGEVAKT_TOTAL =
  'https://www.dagsavisen.no/nyheter/innenriks/2024/10/31/ssb-legevakt-i-norge-kostet-rundt-48-milliarder-i-fjor/';
const LEGEVAKTREGISTER = 'https://app.cristin.no/results/show.jsf?id=2048188';

/** The SSB omsorg total covers three cards at once, so it is named in their notes but given to none. */
const OMSORG_STAFF_GAP = gap(
  'SSB oppgir 157 076 årsverk for alle omsorgstjenestene i 2023 (sykehjem, hjemmetjenester og BPA samlet); vi fant ingen fordeling per tjeneste.',
  'SSB gives 157,076 FTEs for all care services in 2023 (nursing homes, home-based care and BPA together); no split by service was found.',
);

/**
 * The kommune's doctors, acute beds and care: services the 357 municipalities hold today under
 * helse- og omsorgstjenesteloven, with their sourced figures; the kommune's other services follow
 * from responsibilities-kommune-health.ts.
 */
export const kommuneResponsibilities: Responsibility[] = [
  {
    id: 'fastlege',
    name: { nb: 'Fastlege', en: 'Regular GP (fastlege)' },
    gloss: {
      nb: 'Allmennlegen hver innbygger står på liste hos, som er første kontakt med helsetjenesten og henviser videre til spesialist.',
      en: 'The general practitioner each resident is listed with: the first point of contact and the gatekeeper to specialist care.',
    },
    baselineLevel: 'kommune',
    // Folketrygden pays about a third of fastlege income as fee refunds (003 L9365-9369).
    laws: ['hol', 'ftrl'],
    financing: 'fastlege-blandet',
    figures: {
      cost: {
        value: 14_186_000_000,
        unit: 'NOK',
        year: 2023,
        source: cite(HDIR_UTGIFTER, 'Samlede utgifter til allmennlegetjenesten, raden Fastlegeordningen, 2023 (mill. kr)'),
        note: {
          nb: 'Hentet fra registrene over utbetalinger (FLO og KUHR), i løpende priser: basistilskudd, refusjoner og egenandeler. Kommunenes egne merkostnader er ikke med (anslått til 813 mill. kr i 2021, et usikkert anslag). Legevakt (1 079 mill. kr) og LIS1 står på egne rader i tabellen og er holdt utenfor, så tallet overlapper ikke med legevaktkortet.',
          en: 'Taken from the payment registers (FLO and KUHR), in current prices: per-capita grants, refunds and patient fees. The municipalities’ own extra costs are left out (estimated at NOK 813 m in 2021, an uncertain estimate). Out-of-hours care (NOK 1,079 m) and LIS1 are separate rows in the table and not included, so this figure does not overlap the legevakt card.',
        },
      },
      staff: gap(
        'SSB oppgir 6 987,3 legeårsverk i 2023 for alle leger i kommunenes helse- og omsorgstjenester: fastleger, LIS1 og andre kommuneleger. Summen gjelder flere kort og er ikke fordelt på dem.',
        'SSB gives 6,987.3 doctor FTEs in 2023 for all doctors in municipal health and care: regular GPs, LIS1 interns and other municipal doctors. The total spans several cards and is not split between them.',
      ),
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for å drive en fastlegetjeneste.',
        'No source gives a minimum population for running a regular GP service.',
      ),
      volumes: [
        {
          value: 5268,
          unit: 'doctors',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Antall fastleger, 4. kvartal 2023'),
          note: { nb: '5 391 per 1. mai 2024.', en: '5,391 on 1 May 2024.' },
        },
        {
          value: 5614,
          unit: 'units',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Antall lister totalt, 4. kvartal 2023'),
          note: { nb: 'Fastlegelister; 322 av dem hadde ingen fast lege.', en: 'Regular GP lists; 322 of them had no permanent doctor.' },
        },
        {
          value: 214_106,
          unit: 'persons',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Listeinnbyggere uten fast lege, 4. kvartal 2023'),
          note: { nb: 'Innbyggere på en liste uten fast lege.', en: 'Residents on a list with no permanent doctor.' },
        },
        {
          value: 1005,
          unit: 'persons',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Gjennomsnittlig listelengde (kun faste leger), 4. kvartal 2023'),
          note: { nb: 'Gjennomsnittlig listelengde.', en: 'Average list length.' },
        },
        {
          value: 16_884_831,
          unit: 'consultations',
          year: 2023,
          source: cite(SSB_ALLMENNLEGE, 'Konsultasjoner hos fastlege, alle diagnoser, 2023'),
          note: { nb: '3,0 per innbygger; 72 % av innbyggerne hadde minst én.', en: '3.0 per person; 72 % of residents had at least one.' },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L541, L548-549'),
      cite(S002, 'L13'),
      cite(S002, 'L248'),
      cite(S003, 'L9365-9369'),
    ],
  },
  {
    id: 'legevakt',
    name: { nb: 'Legevakt', en: 'Legevakt (out-of-hours emergency primary care)' },
    gloss: {
      nb: 'Kommunal legetjeneste for akutt hjelp når fastlegekontoret er stengt, med beredskap hele døgnet.',
      en: 'Municipal doctor service for urgent help when the GP office is closed, on call around the clock.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 4_800_000_000,
        unit: 'NOK',
        year: 2023,
        source: cite(LEGEVAKT_TOTAL, 'NTB etter SSB: samlede utgifter til legevakt 2023'),
        note: {
          nb: 'Oppgitt som «nær 4,8 mrd.» for alle som betaler: kommunene 76 %, staten drøyt 18 % og innbyggerne drøyt 5 %. Summen rommer allerede Helsedirektoratets registertall for legevakt (1 079 mill. kr), så de to skal ikke legges sammen. Fastlegekortet bruker bare tallet for fastlegeordningen, der legevakt ikke er med.',
          en: 'Reported as “close to 4.8 bn” across all payers: the municipalities 76 %, the state just over 18 % and residents just over 5 %. The total already contains the Directorate of Health’s register figure for out-of-hours care (NOK 1,079 m), so the two must not be added. The regular GP card uses only the figure for the GP scheme, which does not include out-of-hours care.',
        },
      },
      staff: gap(
        'Helsedirektoratet oppgir ingen årsverk for legevakt, og i KOSTRA kan legevaktens kostnader ikke skilles ut.',
        'The Directorate of Health reports no FTEs for out-of-hours care, and KOSTRA cannot separate its cost.',
      ),
      populationBase: {
        ...gap(
          'Ingen kilde oppgir et minstetall. I 2022 dekket 168 legevakter 356 kommuner, i snitt om lag 32 700 innbyggere hver (vår utregning: folketallet 1.1.2023 delt på 168). Det er et gjennomsnitt, ikke en norm.',
          'No source gives a minimum. In 2022, 168 out-of-hours services covered 356 municipalities, on average about 32,700 inhabitants each (our calculation: the population on 1 January 2023 divided by 168). That is an average, not a norm.',
        ),
        cooperationToday: {
          share: 80,
          of: 'municipalities',
          year: 2021,
          source: cite(SSB_LEGEVAKT_2021, 'Andel kommuner i interkommunalt legevaktsamarbeid, 2021'),
          note: {
            nb: '80 % av kommunene var med i et interkommunalt legevaktsamarbeid i 2021.',
            en: 'In 2021, 80 % of the municipalities took part in an inter-municipal legevakt cooperation.',
          },
        },
      },
      volumes: [
        {
          value: 1_426_846,
          unit: 'consultations',
          year: 2023,
          source: cite(HDIR_LEGEVAKT_KONS, 'Konsultasjoner med legevakt, 2023 (KPR)'),
          note: { nb: '26 per 100 innbyggere.', en: '26 per 100 inhabitants.' },
        },
        {
          value: 168,
          unit: 'units',
          year: 2022,
          source: cite(LEGEVAKTREGISTER, 'Nasjonalt legevaktregister: antall legevakter'),
          note: { nb: 'Legevakter som dekket de 356 kommunene i 2022.', en: 'Out-of-hours services covering the 356 municipalities of 2022.' },
        },
        {
          value: 94,
          unit: 'units',
          year: 2022,
          source: cite(LEGEVAKTREGISTER, 'Nasjonalt legevaktregister: antall legevaktsentraler'),
          note: {
            nb: 'Legevaktsentraler, som tar imot telefonene; NORCEs prosjektside oppgir 95.',
            en: 'Out-of-hours call centres (legevaktsentraler); the NORCE project page gives 95.',
          },
        },
        {
          value: 80,
          unit: 'percent',
          year: 2021,
          source: cite(SSB_LEGEVAKT_2021, 'Andel kommuner i interkommunalt legevaktsamarbeid, 2021'),
          note: {
            nb: 'Andel av kommunene som var med i et interkommunalt legevaktsamarbeid.',
            en: 'Share of municipalities taking part in some inter-municipal out-of-hours cooperation.',
          },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L557'),
      cite(S002, 'L14'),
      cite(S003, 'L8330-8334'),
      cite(S002, 'L270'),
    ],
  },
  {
    id: 'kad',
    name: { nb: 'Kommunale akutte døgnplasser (KAD)', en: 'KAD (municipal acute inpatient beds)' },
    gloss: {
      nb: 'Døgnplasser i kommunen for pasienter som ellers ville blitt lagt inn akutt på sykehus.',
      en: 'Municipal inpatient beds for patients who would otherwise be admitted to hospital as emergencies.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 208_120_000,
        unit: 'NOK',
        year: 2013,
        source: cite(SSB_KOSTRA_2013, 'Brutto driftsutgifter, funksjon 256 Akutthjelp, 2013 (1 000 kr)'),
        note: {
          nb: 'Gammelt tall: KOSTRA-funksjon 256 i 2013, da KAD fortsatt ble bygd opp, så det viser ikke dagens tjeneste. Vi fant ikke tall for funksjon 256 for 2022–2024.',
          en: 'Old figure: KOSTRA function 256 in 2013, while KAD was still being phased in, so it does not reflect today’s service. No figure for function 256 for 2022–2024 was found.',
        },
      },
      staff: gap('Vi fant ingen årsverkstall for KAD.', 'No FTE figure for KAD was found.'),
      populationBase: {
        ...gap(
          'Ingen kilde oppgir et befolkningsgrunnlag for KAD alene. Spennet i St.meld. 47 (kanskje opp mot 20 000–30 000) gjelder en samlet sengeenhet for observasjon, utredning, etterbehandling og lindrende behandling i et lokalmedisinsk senter, og står derfor på DMS-kortet. Helsedirektoratet fant høyest belegg der en KAD dekker 20 000–49 999 innbyggere (2022); det er en erfaring, ikke en norm.',
          'No source gives a population base for KAD on its own. The St.meld. 47 range (perhaps up to about 20,000–30,000) is for a combined bed unit for observation, assessment, aftercare and palliative care in a local medical centre, so it sits on the DMS card. The Directorate of Health found occupancy highest where a KAD serves 20,000–49,999 inhabitants (2022); that is an observation, not a norm.',
        ),
        cooperationToday: {
          share: 70,
          of: 'units',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'KAD/ØHD, juni 2015: 280 kommuner, 447 senger; 70 % av enhetene interkommunale'),
          note: {
            nb: '70 % av KAD-enhetene var interkommunale i juni 2015 (andel av enhetene, ikke av kommunene).',
            en: 'In June 2015, 70 % of KAD units were inter-municipal (a share of units, not of municipalities).',
          },
        },
      },
      volumes: [
        {
          value: 47,
          unit: 'percent',
          year: 2022,
          source: cite(HDIR_KAD, 'Sammendrag: beleggsprosent 2022'),
          note: {
            nb: 'Gjennomsnittlig belegg; 72 % av pasientene var 67 år eller eldre.',
            en: 'Average bed occupancy; 72 % of patients were 67 or older.',
          },
        },
        {
          value: 447,
          unit: 'beds',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'Øyeblikkelig hjelp døgnplasser, juni 2015'),
          note: {
            nb: 'Gammelt tall (juni 2015). 64 % av enhetene hadde 1–2 senger; 70 % var interkommunale.',
            en: 'Old figure (June 2015). 64 % of the units had 1–2 beds; 70 % were inter-municipal.',
          },
        },
        {
          value: 280,
          unit: 'units',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'Kommuner med tilbud, juni 2015'),
          note: { nb: 'Kommuner med KAD-tilbud, juni 2015 (gammelt tall).', en: 'Municipalities offering KAD, June 2015 (old figure).' },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L539, L548-549'),
      cite(S002, 'L405-409'),
      cite(S003, 'L5350-5362'),
    ],
  },
  {
    id: 'sykehjem',
    name: { nb: 'Sykehjem og heldøgns omsorg', en: 'Nursing homes (sykehjem) and 24-hour care' },
    gloss: {
      nb: 'Kommunale institusjonsplasser med pleie, behandling og tilsyn hele døgnet, for lange eller korte opphold.',
      en: 'Municipal institution places with nursing, treatment and supervision around the clock, for long or short stays.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 43_487_325_000,
        unit: 'NOK',
        year: 2013,
        source: cite(
          SSB_KOSTRA_2013,
          'Brutto driftsutgifter, funksjon 253 Helse og omsorg i institusjon og 261 Institusjonslokaler, 2013 (1 000 kr)',
        ),
        note: {
          nb: 'Summen av funksjon 253 (39 341 063) og 261 (4 146 262), i 1 000 kr. Gammelt tall (2013); funksjon 253 gjelder alle kommunale pleie- og omsorgsinstitusjoner, ikke bare sykehjem. Omsorgssummen for 2023 (171,9 mrd. kr) dekker sykehjem, hjemmetjenester og BPA samlet og er ikke fordelt på kortene.',
          en: 'Sum of function 253 (39,341,063) and 261 (4,146,262), in NOK 1,000. Old figure (2013); function 253 covers all municipal care institutions, not only nursing homes. The 2023 care total (NOK 171.9 bn) covers nursing homes, home-based care and BPA together and is not split between the cards.',
        },
      },
      staff: OMSORG_STAFF_GAP,
      // The palliative unit's base (003 L5643-5650) moved to the palliasjon card, which is that unit.
      populationBase: gap(
        'Ingen kilde gir et befolkningsgrunnlag for sykehjem som helhet. Grunnlaget St.meld. 47 gir for en palliativ enhet (minst 10 000–15 000 innbyggere), ligger på kortet for lindrende behandling.',
        'No source gives a population base for nursing homes as a whole. The base St.meld. 47 gives for a palliative unit (at least 10,000–15,000 inhabitants) is on the palliative care card.',
      ),
      volumes: [
        {
          value: 39_754,
          unit: 'places',
          year: 2023,
          source: cite(SSB_OMSORG, 'Plassar i institusjon i alt 31.12.2023'),
          note: { nb: 'Private plasser utgjør 7,7 %.', en: 'Private places make up 7.7 %.' },
        },
        {
          value: 31_405,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Bebuarar på langtidsopphald 31.12.2023'),
          note: { nb: 'Beboere på langtidsopphold.', en: 'Residents on long-term stays.' },
        },
        {
          value: 10_014,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Bebuarar på tidsavgrensa opphald 31.12.2023'),
          note: { nb: 'Beboere på tidsavgrenset opphold.', en: 'Residents on time-limited stays.' },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L539, L548-549'),
      cite(S003, 'L4987-4994'),
      cite(S002, 'L421'),
    ],
  },
  {
    id: 'hjemmetjenester',
    name: { nb: 'Hjemmebaserte helse- og omsorgstjenester', en: 'Home-based care (hjemmetjenester)' },
    gloss: {
      nb: 'Hjemmesykepleie og praktisk bistand til folk som bor i egen bolig eller omsorgsbolig.',
      en: 'Home nursing and practical help for people living in their own home or in sheltered housing.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: {
        value: 45_914_688_000,
        unit: 'NOK',
        year: 2013,
        source: cite(SSB_KOSTRA_2013, 'Brutto driftsutgifter, funksjon 254 Helse og omsorg til hjemmeboende, 2013 (1 000 kr)'),
        note: {
          nb: 'Gammelt tall (2013). Funksjon 254 rommer også BPA og annen hjelp til hjemmeboende; BPA-kortet har ingen kostnad, så ingenting telles to ganger. Omsorgssummen for 2023 er ikke fordelt på kortene.',
          en: 'Old figure (2013). Function 254 also includes BPA and other help to people living at home; the BPA card carries no cost, so nothing is counted twice. The 2023 care total is not split between the cards.',
        },
      },
      staff: OMSORG_STAFF_GAP,
      populationBase: gap(
        'Ingen kilde oppgir et minste innbyggertall for hjemmebaserte tjenester.',
        'No source gives a minimum population for home-based care.',
      ),
      volumes: [
        {
          value: 175_353,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Brukarar av helsetenester i heimen 31.12.2023'),
          note: { nb: 'Brukere av hjemmesykepleie.', en: 'Users of home nursing.' },
        },
        {
          value: 77_636,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Brukarar av praktisk bistand 31.12.2023'),
          note: { nb: 'Brukere av praktisk bistand (hjemmehjelp).', en: 'Users of practical help (home help).' },
        },
        {
          value: 26.9,
          unit: 'percent',
          year: 2023,
          source: cite(SSB_OMSORG, 'Del av innbyggjarar 80 år og over med heimetenester, 2023'),
          note: {
            nb: 'Andel av innbyggerne som er 80 år eller eldre, som får hjemmetjenester.',
            en: 'Share of residents aged 80 or over who receive home-based care.',
          },
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L579-580'),
      cite(S003, 'L5018-5022'),
      cite(S002, 'L124'),
    ],
  },
  {
    id: 'bpa',
    name: { nb: 'Brukerstyrt personlig assistanse (BPA)', en: 'User-controlled personal assistance (BPA)' },
    gloss: {
      nb: 'Praktisk hjelp i hverdagen der brukeren selv styrer assistentene og hvordan hjelpen gis.',
      en: 'Everyday practical help where the user directs the assistants and how the help is given.',
    },
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'Vi fant ingen egen kostnad. BPA inngår i KOSTRA-funksjon 254, og det gamle tallet fra 2013 for den funksjonen står på kortet for hjemmetjenester.',
        'No separate cost was found. BPA is part of KOSTRA function 254, whose old 2013 figure sits on the home-based care card.',
      ),
      staff: gap(
        'Vi fant ingen årsverkstall for BPA; assistentene inngår i omsorgssummen (157 076 årsverk, 2023), som ikke er fordelt.',
        'No FTE count for BPA was found; the assistants are inside the care total (157,076 FTEs, 2023), which is not split.',
      ),
      populationBase: gap('Ingen kilde oppgir et minste innbyggertall for BPA.', 'No source gives a minimum population for BPA.'),
      volumes: [
        {
          value: 4226,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'BPA, brukarar 31.12.2023'),
          note: { nb: '+17,3 % fra 2019 til 2023.', en: '+17.3 % from 2019 to 2023.' },
        },
      ],
    },
    sources: [cite(S004, 'L534, L541, L548-549'), cite(SSB_OMSORG, 'BPA, brukarar 31.12.2023')],
  },
  ...kommuneHealthResponsibilities,
];

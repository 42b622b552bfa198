import type { Figure, MissingFigure, Responsibility, Source } from '../schema';
import { SEEDS } from '../sources';

const S002 = SEEDS.ks;
const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;

const SSB_KOMMUNEHELSE = 'https://www.ssb.no/helse/helsetjenester/statistikk/kommunehelsetenesta';
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
const RESSURSPORTAL = 'https://www.ressursportal.no/kommunalt-psykisk-helse--og-rusarbeid/is-248/';

const cite = (ref: string, locator: string): Source => ({ ref, locator });
const gap = (note: string): MissingFigure => ({ missing: 'no sourced figure', note });

/** The SSB omsorg total covers three cards at once, so it is named in their notes but given to none. */
const OMSORG_STAFF_GAP = gap(
  'SSB gives 157 076 årsverk for all omsorgstjenester in 2023 (sykehjem, home services and BPA together); no split per service was found (public-figures.md §1b).',
);

const stMeld47BedsBase = (locator: string, note: string): Figure => ({
  value: 20000,
  unit: 'inhabitants',
  year: 2009,
  source: cite(S003, locator),
  note,
});

/**
 * The kommune's cards: services the 357 municipalities hold today under
 * helse- og omsorgstjenesteloven (and folkehelseloven), with their sourced figures.
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
        source: cite(HDIR_UTGIFTER, 'Samlede utgifter til allmennlegetjenesten, row Fastlegeordningen, 2023 (mill. kr)'),
        note: 'Register-based (FLO and KUHR), current prices: basis grants, refunds and patient fees. Excludes the municipalities’ own extra costs (813 mill. kr in 2021, an uncertain estimate). Legevakt (1 079 mill. kr) and LIS1 are separate rows and not included, so this does not overlap the legevakt card.',
      },
      staff: gap(
        'SSB gives 6 987,3 legeårsverk (2023) for all doctors in municipal health and care: fastleger, LIS1 and other municipal doctors. That total spans several cards and is not split.',
      ),
      populationBase: gap('No source gives a minimum population for running a fastlege service.'),
      volumes: [
        {
          value: 5268,
          unit: 'doctors',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Antall fastleger, 4. kvartal 2023'),
          note: '5 391 per 1 May 2024.',
        },
        {
          value: 5614,
          unit: 'units',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Antall lister totalt, 4. kvartal 2023'),
          note: 'Fastlege lists; 322 of them had no fixed doctor.',
        },
        {
          value: 214_106,
          unit: 'persons',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Listeinnbyggere uten fast lege, 4. kvartal 2023'),
          note: 'Residents on a list without a fixed doctor.',
        },
        {
          value: 1005,
          unit: 'persons',
          year: 2023,
          source: cite(HDIR_FASTLEGE, 'Gjennomsnittlig listelengde (kun faste leger), 4. kvartal 2023'),
          note: 'Average list length.',
        },
        {
          value: 16_884_831,
          unit: 'consultations',
          year: 2023,
          source: cite(SSB_ALLMENNLEGE, 'Konsultasjoner hos fastlege, alle diagnoser, 2023'),
          note: '3,0 per person; 72 % of residents had at least one.',
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
        source: cite(LEGEVAKT_TOTAL, 'NTB article quoting SSB: samlede utgifter til legevakt 2023'),
        note: 'Printed as «nær 4,8 mrd.», all payers: kommunene 76 %, the state just over 18 %, residents just over 5 %. This total already holds the register-based legevakt row (1 079 mill. kr, Helsedirektoratet); do not add the two. The fastlege card uses only the fastlegeordning row, which excludes legevakt.',
      },
      staff: gap(
        'Helsedirektoratet reports no årsverk for legevakt, and KOSTRA cannot separate its cost (public-figures.md §1c).',
      ),
      populationBase: {
        ...gap(
          'No published minimum found. 168 legevakter served 356 municipalities in 2022, about 32 700 inhabitants each on average (derived in public-figures.md §6); that is an average, not a norm.',
        ),
        cooperationToday: {
          share: 80,
          of: 'municipalities',
          year: 2021,
          source: cite(SSB_LEGEVAKT_2021, 'Share of municipalities in inter-municipal legevakt cooperation, 2021'),
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
          note: '26 per 100 inhabitants.',
        },
        {
          value: 168,
          unit: 'units',
          year: 2022,
          source: cite(LEGEVAKTREGISTER, 'Nasjonalt legevaktregister: antall legevakter'),
          note: 'Legevakter covering the 356 municipalities of 2022.',
        },
        {
          value: 94,
          unit: 'units',
          year: 2022,
          source: cite(LEGEVAKTREGISTER, 'Nasjonalt legevaktregister: antall legevaktsentraler'),
          note: 'Legevaktsentraler (call centres); the NORCE project page says 95.',
        },
        {
          value: 80,
          unit: 'percent',
          year: 2021,
          source: cite(SSB_LEGEVAKT_2021, 'Share of municipalities in inter-municipal legevakt cooperation, 2021'),
          note: 'Share of municipalities taking part in some inter-municipal legevakt cooperation.',
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
        source: cite(SSB_KOSTRA_2013, 'Brutto driftsutgifter, row 256 Akutthjelp, 2013 (1 000 kr)'),
        note: 'Old: KOSTRA 256 in 2013, while KAD was still being phased in, so it does not reflect today’s service. No 2022–2024 figure for 256 was found.',
      },
      staff: gap('No årsverk for KAD found (public-figures.md §1c).'),
      populationBase: {
        ...gap(
          'No base is given for KAD as such. The St.meld. 47 range (perhaps up to about 20 000–30 000) is for a combined bed unit with observation, assessment, aftercare and palliative care in a lokalmedisinsk senter, so it sits on the DMS card (003 L5934-5943). Helsedirektoratet found occupancy highest where a KAD serves 20 000–49 999 inhabitants (2022); that is evidence, not a norm.',
        ),
        cooperationToday: {
          share: 70,
          of: 'units',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'KAD/ØHD, June 2015: 280 municipalities, 447 beds; 70 % of the units inter-municipal'),
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
          note: 'Average bed occupancy; 72 % of patients were 67 or older.',
        },
        {
          value: 447,
          unit: 'beds',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'Øyeblikkelig hjelp døgnplasser, June 2015'),
          note: 'Old (June 2015). 64 % of units had 1–2 beds; 70 % were inter-municipal.',
        },
        {
          value: 280,
          unit: 'units',
          year: 2015,
          source: cite(OMSORGSFORSKNING_KAD, 'Kommuner med tilbud, June 2015'),
          note: 'Municipalities with a KAD offer, June 2015 (old).',
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
          'Brutto driftsutgifter, rows 253 Helse og omsorg i institusjon and 261 Institusjonslokaler, 2013 (1 000 kr)',
        ),
        note: 'Sum of 253 (39 341 063) and 261 (4 146 262), in 1 000 kr. Old (2013); 253 covers all municipal care institutions, not only sykehjem. The 2023 omsorg total (171,9 mrd. kr) covers sykehjem, home services and BPA together and is not split across cards.',
      },
      staff: OMSORG_STAFF_GAP,
      populationBase: {
        value: 10_000,
        high: 15_000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L5643-5650'),
        part: { nb: 'palliativ enhet', en: 'palliative care unit' },
        qualifier: 'at-least',
        note: 'St.meld. 47, citing the national guidelines: a stable palliative unit treating above basic palliative level needs at least 10 000–15 000 inhabitants, depending on age mix, admission criteria and specialisation. Such units are sykehjem wards (003 L5603-5610, L5634-5642), so the base is for that part of the card, not for sykehjem as such.',
      },
      volumes: [
        {
          value: 39_754,
          unit: 'places',
          year: 2023,
          source: cite(SSB_OMSORG, 'Plassar i institusjon i alt 31.12.2023'),
          note: 'Private share 7,7 %.',
        },
        {
          value: 31_405,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Bebuarar på langtidsopphald 31.12.2023'),
          note: 'Residents on long-term stays.',
        },
        {
          value: 10_014,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Bebuarar på tidsavgrensa opphald 31.12.2023'),
          note: 'Residents on time-limited stays.',
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
        source: cite(SSB_KOSTRA_2013, 'Brutto driftsutgifter, row 254 Helse og omsorg til hjemmeboende, 2013 (1 000 kr)'),
        note: 'Old (2013). Function 254 also holds BPA and other help to people living at home; the BPA card carries no cost, so nothing is counted twice. The 2023 omsorg total is not split across cards.',
      },
      staff: OMSORG_STAFF_GAP,
      populationBase: gap('No source gives a minimum population for home-based services.'),
      volumes: [
        {
          value: 175_353,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Brukarar av helsetenester i heimen 31.12.2023'),
          note: 'Users of home nursing.',
        },
        {
          value: 77_636,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'Brukarar av praktisk bistand 31.12.2023'),
          note: 'Users of practical help (heimehjelp).',
        },
        {
          value: 26.9,
          unit: 'percent',
          year: 2023,
          source: cite(SSB_OMSORG, 'Del av innbyggjarar 80 år og over med heimetenester, 2023'),
          note: 'Share of residents aged 80+ who use home services.',
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
        'No separate cost found (public-figures.md §1b, §7). BPA is part of KOSTRA 254, whose old 2013 figure sits on the hjemmetjenester card.',
      ),
      staff: gap('No årsverk count for BPA found; BPA staff are inside the omsorg total (157 076 årsverk, 2023), which is not split.'),
      populationBase: gap('No source gives a minimum population for BPA.'),
      volumes: [
        {
          value: 4226,
          unit: 'persons',
          year: 2023,
          source: cite(SSB_OMSORG, 'BPA, brukarar 31.12.2023'),
          note: '+17,3 % from 2019 to 2023.',
        },
      ],
    },
    sources: [cite(S004, 'L534, L541, L548-549'), cite(SSB_OMSORG, 'BPA, brukarar 31.12.2023')],
  },
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
        note: '4 951 kr per inhabitant aged 0–20. SSB prints the function as prevention plus helsestasjon and school health.',
      },
      staff: {
        value: 6994.3,
        unit: 'arsverk',
        year: 2023,
        source: cite(SSB_KOMMUNEHELSE, 'Årsverk i helsestasjons- og skulehelsetenesta, 2023'),
        note: '53,4 per 10 000 inhabitants aged 0–20; +2,3 % from 2022. The SINTEF count on the psykisk-helse-rus-kommune card overlaps with SSB counts like this one.',
      },
      populationBase: gap('No source gives a minimum population for helsestasjon or school health.'),
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
        'No separate cost found. Municipal midwives are paid as ordinary municipal staff (003 L9380-9382), so the cost sits inside wider municipal health spending.',
      ),
      staff: gap('No årsverk count for municipal midwives found in public-figures.md.'),
      populationBase: gap(
        'No figure. St.meld. 47 says smaller municipalities should cooperate on the midwife service (003 L6720-6721) but gives no population number.',
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
        note: '611 kr per inhabitant; down 22,4 % from 2022. Prevention done in other sectors (planning, schools) is not in this function.',
      },
      staff: gap('No årsverk count for folkehelse work found in public-figures.md.'),
      populationBase: {
        value: 20000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L7024-7028'),
        part: { nb: 'miljørettet helsevern', en: 'environmental health (miljørettet helsevern)' },
        qualifier: 'at-least',
        note: 'Helsedirektoratet report IS-1633, cited in St.meld. 47: miljørettet helsevern works well where the kommune or inter-municipal cooperation covers at least 20 000 inhabitants. It holds for that part of folkehelse work, not all of it.',
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
          note: 'Share of municipalities with their own folkehelsekoordinator, as stated in 2009; 80 % of these posts were 60 % of a full post or less.',
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
        'No cost found (public-figures.md §1a, §7). St.meld. 47 gives only the financing shares for contract physiotherapists: driftstilskudd 25 %, folketrygd refunds about 58 %, patient fees about 17 % (003 L9370-9374).',
      ),
      staff: {
        value: 5322.5,
        unit: 'arsverk',
        year: 2023,
        source: cite(SSB_KOMMUNEHELSE, 'Fysioterapeutårsverk i kommunane, 2023'),
        note: '9,6 per 10 000 inhabitants. Physiotherapists only; no count for ergoterapeuter was found.',
      },
      populationBase: gap('No source gives a minimum population for physiotherapy or occupational therapy.'),
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
      cost: gap('No figure for this service in public-figures.md; municipal mental health cost in general was not found either.'),
      staff: gap('No årsverk figure for this service found; the SINTEF count on the psykisk-helse-rus-kommune card may include it.'),
      populationBase: gap('No source gives a minimum population for this service.'),
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
      cost: gap('Municipal cost for mental health and substance-use work was not found (public-figures.md §1d, §7).'),
      staff: {
        value: 17_436,
        unit: 'arsverk',
        year: 2023,
        source: cite(RESSURSPORTAL, 'IS-24/8, årsverk totalt i kommunalt psykisk helse- og rusarbeid, 2023'),
        note: '13 445 for adults and 3 991 for children and young people. This SINTEF count overlaps with the SSB årsverk counts on other cards (helsestasjon, omsorg), so staff totals across cards count some people twice.',
      },
      populationBase: gap(
        'No figure. St.meld. 47 says reinforced housing for heavy users needs a larger population base but gives no number (003 L6521-6523).',
      ),
      volumes: [
        {
          value: 30,
          unit: 'percent',
          year: 2009,
          source: cite(S003, 'L6357-6359'),
          note: 'Share of mental health resources going to municipal services (about 70 % went to specialist care), as stated in 2009.',
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
        'No separate cost found. KOSTRA 241 (diagnose, behandling, re-/habilitering: 22 736 994 in 1 000 kr, 2023) also holds fastlege, legevakt and physiotherapy spending and is not split across cards.',
      ),
      staff: gap('No årsverk count for municipal rehabilitation found.'),
      populationBase: gap('No source gives a minimum population for municipal rehabilitation.'),
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
      cost: gap('No cost figure exists; St.meld. 47 says the role is added to existing posts, not new ones (003 L4818-4821).'),
      staff: gap('No årsverk figure; the coordinator role sits in existing posts.'),
      populationBase: gap('No source gives a minimum population for this function.'),
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
      cost: gap('No separate cost found in public-figures.md.'),
      staff: gap('No årsverk figure found; the SSB legeårsverk total (6 987,3, 2023) covers all municipal doctors and is not split.'),
      populationBase: gap(
        'No figure for the kommuneoverlege as such. The 20 000 base for miljørettet helsevern (003 L7024-7028) is placed on the folkehelse card.',
      ),
      volumes: [
        {
          value: 60,
          unit: 'percent',
          year: 2009,
          source: cite(S003, 'L7012-7015'),
          note: '«Nærmere 60 pst.»: share of municipalities cooperating with others on miljørettet helsevern, smittevern or other community medicine, as stated in 2009.',
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
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap(
        'No count or cost found (public-figures.md §3, §7). KS notes that financing varies: some hospitals buy services from the kommune, others share costs by fixed keys (002 L399).',
      ),
      staff: gap('No årsverk figure found.'),
      populationBase: {
        ...stMeld47BedsBase(
          'L5934-5943',
          'St.meld. 47 asks kommuner to consider gathering such services in a lokalmedisinsk senter, and calls a population of perhaps up to about 20 000–30 000 inhabitants suitable for running a bed unit with observation, assessment, aftercare and palliative care well. The source hedges it ("kanskje helt opp til"), so both ends are kept, and it is not a firm minimum.',
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
          note: 'Municipalities with a sykestue in Finnmark, all in the 2009 financing trial.',
        },
      ],
    },
    sources: [
      cite(S004, 'L534, L543-544, L548-549'),
      cite(S002, 'L391'),
      cite(S003, 'L5369-5384'),
      cite(S002, 'L399'),
    ],
  },
];

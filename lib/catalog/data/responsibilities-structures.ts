import type { MissingFigure, Responsibility, Text } from '../schema';
import { cite } from './cite';
import { SEEDS } from '../seeds';

const S001 = SEEDS.kommunedirektorer;
const S002 = SEEDS.ks;
const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;
const LOVDATA_PHVL = 'https://lovdata.no/dokument/NL/lov/1999-07-02-62';

const gap = (note: Text): MissingFigure => ({ missing: 'no sourced figure', note });

/**
 * Structures the seeds name that the first catalog left out, as cards on today's level. Two of
 * them are ways of paying rather than services (the duty to pay for patients ready for discharge,
 * and municipal co-financing of specialist care): their column says who carries the cost, so
 * moving them shows in money, law, financing and population base like any other card.
 * Not carded, and why (the method document, "Structures the sources name"): the health communities
 * (helsefellesskapene) are the arena where kommuner and health trusts agree joint arrangements,
 * so they describe the joint level, not a card; supervision (tilsyn) and the committee's other
 * "common to all models?" items are asked of every model, so the engine lists them as standing open
 * questions (the law indicator) rather than as cards; sykestuer stay on the DMS card, as every
 * source names them together. Pharmacies are carded as the hospital pharmacies only: the committee's
 * picture puts "Apotek" among the specialist service's tasks, and community pharmacies are private.
 */
export const structureKommuneResponsibilities: Responsibility[] = [
  {
    id: 'utskrivningsklare',
    name: { nb: 'Utskrivningsklare pasienter: kommunens betalingsplikt', en: 'Patients ready for discharge: the kommune’s duty to pay' },
    gloss: {
      nb: 'Et betalingsansvar, ikke en tjeneste. Når sykehuset har meldt at en pasient er ferdigbehandlet, skal kommunen ta over, og den betaler sykehuset for døgnene pasienten blir liggende og vente. Ligger kortet hos spesialisthelsetjenesten, bærer sykehuset selv kostnaden for ventedøgnene.',
      en: 'A duty to pay, not a service. Once the hospital has reported a patient ready for discharge, the kommune is to take over, and it pays the hospital for the days the patient stays on waiting. With the card in specialist care, the hospital carries the cost of those waiting days itself.',
    },
    // Today's rule as KS describes it (002 L136, L146); St.meld. 47 proposed it from 2012 (003 L3057-3064).
    baselineLevel: 'kommune',
    // The duty to pay rests on helse- og omsorgstjenesteloven and a payment regulation under it (003 L3085-3087).
    laws: ['hol'],
    // The money went into the kommuner's block grant, taken from the RHFs' grants (003 L3078-3082, L9927-9930).
    financing: 'ramme-kommune',
    figures: {
      cost: gap({
        nb: 'Ingen kilde sier hva kommunene betaler i dag. St.meld. 47 anslo sykehusets kostnad for ventedøgnene til 725 mill. kr i året (2008, regnet med 5 000 kr per døgn og med stor usikkerhet), og kommunene skulle få tilført midler tilsvarende sykehuskostnaden. I 2007 ble bare om lag 40 mill. kr krevd inn fra kommunene.',
        en: 'No source says what the kommuner pay today. St.meld. 47 put the hospital cost of the waiting days at NOK 725 m a year (2008, at NOK 5,000 a day and very uncertain), and the kommuner were to receive funds matching that hospital cost. In 2007 only about NOK 40 m was charged to the kommuner.',
      }),
      staff: gap({
        nb: 'Et betalingsansvar har ingen egne årsverk; de som tar imot pasienten, står på kortene for sykehjem og hjemmetjenester.',
        en: 'A duty to pay has no staff of its own; those who receive the patient are on the nursing home and home care cards.',
      }),
      populationBase: gap({
        nb: 'Ingen tallfestet base. St.meld. 47 sier at særlig små kommuner bærer risiko ved betalingsplikten, og at interkommunalt samarbeid kan dempe den, men gir ikke noe innbyggertall.',
        en: 'No base is given as a number. St.meld. 47 says small kommuner in particular carry risk under the duty to pay, and that inter-municipal cooperation can reduce it, but it gives no population figure.',
      }),
      // SINTEF's estimate for mental health care, quoted in the note: 003 L9856-9858.
      volumes: [
        {
          value: 150_000,
          unit: 'days',
          year: 2008,
          source: cite(S003, 'L9843-9849'),
          note: {
            nb: 'Somatiske liggedøgn for utskrivningsklare pasienter etter helseforetakenes kartlegging høsten 2008. Pasientdata for årets to første tertialer ga 19 000 opphold og om lag 145 000 døgn. I psykisk helsevern anslo SINTEF 400 000–500 000 oppholdsdøgn.',
            en: 'Somatic bed-days of patients ready for discharge, from the health authorities’ survey in autumn 2008. Patient data for the year’s first two four-month periods gave 19,000 stays and about 145,000 days. In mental health care SINTEF estimated 400,000–500,000 days.',
          },
        },
      ],
    },
    sources: [
      cite(S002, 'L134-136, L146'),
      cite(S003, 'L3057-3098'),
      cite(S003, 'L5316-5322'),
      cite(S003, 'L9832-9858, L9918-9932'),
    ],
  },
  {
    id: 'omsorgsboliger',
    name: { nb: 'Omsorgsboliger', en: 'Sheltered housing (omsorgsboliger)' },
    gloss: {
      nb: 'Kommunale boliger for folk som trenger hjelp i hverdagen. Sammen med hjemmetjenestene er de en av måtene kommunene gir omsorg hele døgnet på, ved siden av sykehjem. Hjelpen beboerne får, ligger på kortet for hjemmetjenester.',
      en: 'Municipal housing for people who need help in daily life. Together with home care it is one of the ways the kommuner give round-the-clock care, beside nursing homes. The help residents get is on the home care card.',
    },
    // St.meld. 47 counts omsorgsboliger among the municipal care services (003 L4987-4994).
    baselineLevel: 'kommune',
    // The care given in the housing is a duty under helse- og omsorgstjenesteloven; the board lists no act for the housing itself.
    laws: ['hol'],
    // Run on the kommune's free income; KS asks for more varied state investment grants (002 L124), which the board does not model.
    financing: 'ramme-kommune',
    figures: {
      cost: gap({
        nb: 'Ingen kostnad funnet. SSB-statistikken for omsorgstjenestene som tavla starter fra, dekker hjelpen som gis (KOSTRA-funksjon 234, 253, 254 og 261), ikke selve boligene, så kortet regnes ikke inn i den.',
        en: 'No cost found. The SSB care statistic the board starts from covers the help given (KOSTRA functions 234, 253, 254 and 261), not the housing itself, so the card is not counted inside it.',
      }),
      staff: gap({
        nb: 'Årsverkene som gir hjelp i boligene, ligger i SSBs sum for omsorgstjenestene (157 076 i 2023), som ikke er delt på tjenester.',
        en: 'The årsverk giving help in the housing are in SSB’s total for the care services (157,076 in 2023), which is not split by service.',
      }),
      populationBase: gap({
        nb: 'Ingen kilde gir et befolkningsgrunnlag for omsorgsboliger.',
        en: 'No source gives a population base for sheltered housing.',
      }),
      volumes: [],
    },
    sources: [
      cite(S003, 'L4987-4994'),
      cite(S003, 'L3089-3092'),
      cite(S003, 'L5399-5403'),
      cite(S003, 'L5777-5780'),
      cite(S002, 'L124-126'),
      cite(S002, 'L421'),
    ],
  },
  {
    id: 'palliasjon',
    name: { nb: 'Lindrende behandling (palliative enheter)', en: 'Palliative care (palliative units)' },
    gloss: {
      nb: 'Behandling, pleie og omsorg for pasienter med uhelbredelig sykdom og kort forventet levetid: her de palliative enhetene og sengene i kommunens sykehjem. Sykehusene har egne palliative enheter, som de kommunale skal samarbeide tett med.',
      en: 'Treatment, nursing and care for patients with incurable illness and a short life expectancy: here the palliative units and beds in the kommune’s nursing homes. Hospitals have palliative units of their own, which the municipal ones are to work closely with.',
    },
    // Palliative care exists on both levels (003 L5581-5584); the units the base speaks of are municipal (003 L5603-5632).
    baselineLevel: 'kommune',
    laws: ['hol'],
    financing: 'ramme-kommune',
    figures: {
      cost: gap({
        nb: 'Ingen kostnad funnet. St.meld. 47 sier bare om én enhet at driften koster mer enn et vanlig sykehjem og vesentlig mindre enn sykehus, og at sykehuset var med og betalte for plassene.',
        en: 'No cost found. St.meld. 47 says of one unit only that it costs more to run than an ordinary nursing home and much less than a hospital, and that the hospital helped pay for the places.',
      }),
      staff: gap({
        nb: 'Ingen årsverk funnet; St.meld. 47 beskriver bemanningen uten tall. Personalet ligger i SSBs sum for omsorgstjenestene.',
        en: 'No årsverk found; St.meld. 47 describes the staffing without numbers. The staff are in SSB’s total for the care services.',
      }),
      populationBase: {
        value: 10_000,
        high: 15_000,
        unit: 'inhabitants',
        year: 2009,
        source: cite(S003, 'L5643-5650'),
        part: { nb: 'palliativ enhet', en: 'palliative care unit' },
        qualifier: 'at-least',
        note: {
          nb: 'St.meld. 47, etter de nasjonale retningslinjene: en stabil palliativ enhet som gir mer enn grunnleggende lindrende behandling, trenger minst 10 000–15 000 innbyggere, avhengig av alderssammensetning, inntakskriterier og hvor spesialisert den skal være. Grunnlaget gjelder enheten, ikke all lindrende behandling i kommunen.',
          en: 'St.meld. 47, citing the national guidelines: a stable palliative unit treating above the basic level needs at least 10,000–15,000 inhabitants, depending on age mix, admission criteria and how specialised it is to be. The base is for the unit, not for all palliative care in the kommune.',
        },
      },
      volumes: [
        {
          value: 226,
          unit: 'beds',
          year: 2008,
          source: cite(S003, 'L5603-5610'),
          note: {
            nb: 'Palliative senger i kommunene i november 2008: 164 i 27 palliative enheter i sykehjem og 62 enkeltsenger i 35 andre sykehjem; 57 flere enn i 2006.',
            en: 'Palliative beds in the kommuner in November 2008: 164 in 27 palliative units in nursing homes and 62 single beds in 35 other nursing homes; 57 more than in 2006.',
          },
        },
      ],
    },
    sources: [
      cite(S003, 'L5576-5584'),
      cite(S003, 'L5603-5650'),
      cite(S003, 'L5233-5239'),
      cite(S001, 'L99-102'),
    ],
  },
];

/** The structures the specialist health service holds today. */
export const structureSpecialistResponsibilities: Responsibility[] = [
  {
    id: 'dom-tvungent-psykisk-helsevern',
    name: { nb: 'Dom på tvungent psykisk helsevern', en: 'Court-ordered compulsory mental health care' },
    gloss: {
      nb: 'En særreaksjon i straffesaker: retten dømmer en lovbryter til tvungent psykisk helsevern i stedet for straff, og spesialisthelsetjenesten gjennomfører dommen. Utvalget spør om dette bør over til justissektoren.',
      en: 'A special sanction in criminal cases: the court sentences an offender to compulsory mental health care instead of punishment, and specialist care carries out the sentence. The committee asks whether this should move to the justice sector.',
    },
    baselineLevel: 'spesialisthelsetjenesten',
    // Psykisk helsevernloven chapter 5 governs carrying out the sentence, as care the act defines as specialist care (§ 1-2).
    laws: ['sphl', 'phvl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap({
        nb: 'Ingen kostnad funnet. Den gamle summen for psykisk helsevern (23 536 mill. kr, 2017) dekker all psykisk helsevern og er ikke delt.',
        en: 'No cost found. The old total for mental health care (NOK 23,536 m, 2017) covers all of it and is not split.',
      }),
      staff: gap({ nb: 'Ingen årsverk funnet.', en: 'No årsverk found.' }),
      populationBase: gap({
        nb: 'Ingen kilde gir et befolkningsgrunnlag. Sikkerhetsavdelingene der mange av de dømte er, ligger på kortet for sikkerhetspsykiatri.',
        en: 'No source gives a population base. The secure wards where many of those sentenced are held are on the secure psychiatry card.',
      }),
      volumes: [],
    },
    sources: [cite(S004, 'L617-625'), cite(LOVDATA_PHVL, 'kapittel 5')],
  },
  {
    id: 'kommunal-medfinansiering',
    name: { nb: 'Kommunal medfinansiering av spesialisthelsetjenesten', en: 'Municipal co-financing of specialist care' },
    gloss: {
      nb: 'Et finansieringsgrep, ikke en tjeneste: kommunen betaler en andel av spesialisthelsetjenestene innbyggerne bruker, og får overført en del av statens tilskudd til helseforetakene for å gjøre det. Hos spesialisthelsetjenesten betyr kortet at kommunene ikke betaler noen slik andel, som i dag; i kommunen at de gjør det, slik St.meld. 47 foreslo.',
      en: 'A way of paying, not a service: the kommune pays a share of the specialist care its residents use, and receives part of the state’s grant to the health authorities to do so. With the card in specialist care the kommuner pay no such share, as today; with it in the kommune they do, as St.meld. 47 proposed.',
    },
    // The committee's slide on today's financing names block grants for the kommuner and state
    // grants plus activity payments for the RHFs, with no municipal share (004 L170-176).
    baselineLevel: 'spesialisthelsetjenesten',
    // Today the whole cost sits with the RHFs' duty to provide; a municipal share is written into
    // the municipal act, which the engine adds as the act of the level the card moves to.
    laws: ['sphl'],
    // Part of the RHFs' grant would move into the kommuner's block grant (003 L9394-9399).
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap({
        nb: 'Ingen enkelt sum: beløpet avhenger av hvordan ordningen innrettes. Med en andel på 20 % anslo St.meld. 47 om lag 13 mrd. 2009-kroner for en generell ordning (10 mrd. somatikk, 3 mrd. psykisk helsevern, rusbehandling og rehabilitering) og om lag 2,5 mrd. kroner for en ordning avgrenset til pasienter over 80 år. Tavla velger ikke mellom dem.',
        en: 'No single sum: the amount depends on how the scheme is designed. At a 20 % share St.meld. 47 estimated about NOK 13 bn in 2009 kroner for a general scheme (NOK 10 bn somatic, NOK 3 bn mental health, substance use treatment and rehabilitation) and about NOK 2.5 bn for a scheme limited to patients over 80. The board does not choose between them.',
      }),
      staff: gap({
        nb: 'Et finansieringsgrep flytter ingen årsverk.',
        en: 'A way of paying moves no staff.',
      }),
      populationBase: {
        value: 10_000,
        high: 20_000,
        unit: 'inhabitants',
        year: 2009,
        // The need for cooperation below the base: 003 L9710-9728.
        source: cite(S003, 'L9603-9608'),
        part: { nb: 'økonomisk risiko ved generell medfinansiering', en: 'the financial risk of general co-financing' },
        qualifier: 'at-least',
        note: {
          nb: 'St.meld. 47 viser til analyser der risikoen ved en generell ordning blir håndterlig ved om lag 10 000 innbyggere, og andre der det først skjer ved om lag 20 000 og oppover. Meldingen sier at mindre kommuner da må samarbeide for å dele kostnadsvariasjonene. Grunnlaget gjelder å bære risikoen, ikke å drive en tjeneste.',
          en: 'St.meld. 47 cites analyses in which the risk of a general scheme becomes manageable at about 10,000 inhabitants, and others in which that happens only at about 20,000 and up. The paper says smaller kommuner must then cooperate to share the swings in cost. The base is for carrying the risk, not for running a service.',
        },
      },
      volumes: [],
    },
    sources: [
      cite(S003, 'L9384-9399'),
      cite(S003, 'L9592-9612'),
      cite(S003, 'L9639-9643'),
      cite(S003, 'L9703-9730'),
      cite(S004, 'L170-176'),
    ],
  },
  {
    id: 'sykehusapotek',
    name: { nb: 'Sykehusapotek', en: 'Hospital pharmacies (sykehusapotek)' },
    gloss: {
      nb: 'Apotekene som de regionale helseforetakene eier, og som forsyner sykehusene med legemidler og gir råd om bruken av dem. Vanlige apotek er private virksomheter og ikke en offentlig oppgave på noe nivå, så de står ikke på tavla.',
      en: 'The pharmacies the regional health authorities own, which supply the hospitals with medicines and advise on their use. Community pharmacies are private businesses and not a public task on any level, so they are not on the board.',
    },
    // The committee's picture of future tasks lists "Apotek" with the specialist service's tasks (004 L597-598).
    baselineLevel: 'spesialisthelsetjenesten',
    // Owned by the RHFs like the jointly owned companies, so the act that lets them own it is the one that changes.
    laws: ['hfl'],
    financing: 'rhf-basis-isf',
    figures: {
      cost: gap({
        nb: 'Ingen kostnad funnet for sykehusapotekene.',
        en: 'No cost found for the hospital pharmacies.',
      }),
      staff: gap({ nb: 'Ingen årsverk funnet.', en: 'No årsverk found.' }),
      populationBase: gap({
        nb: 'Passer ikke for en forsyningstjeneste til sykehusene; ingen kilde gir et slikt tall.',
        en: 'Does not apply to a supply service for the hospitals; no source gives one.',
      }),
      volumes: [],
    },
    // St.meld. 47 on pharmacies as part of local cooperation concerns community pharmacies (003 L1775-1777).
    sources: [cite(S004, 'L534, L597-598'), cite(S003, 'L1775-1777')],
  },
];

import type { LevelKind, Template } from '../schema';
import { SEEDS } from '../seeds';
import { responsibilities } from './responsibilities';

const KDF = SEEDS.kdf;
const KOMMUNEDIREKTORER = SEEDS.kommunedirektorer;
const KS = SEEDS.ks;
const UTVALGET = SEEDS.utvalget;

/**
 * The cards that sit in spesialisthelsetjenesten today (seed 004 L534-598), structures included:
 * a model without that column must place every one of them, or its board is not valid.
 */
const SPECIALIST_CARDS = responsibilities.filter((r) => r.baselineLevel === 'spesialisthelsetjenesten').map((r) => r.id);

/**
 * Model 4's field of mental health and substance use, municipal cards first, each with the KS lines
 * on it: the field differs from the rest (L176), and specialist care should carry more of it (L262, L290-294).
 */
const MENTAL_HEALTH_FIELD: [string, string][] = [
  ['rask-psykisk-helsehjelp', 'L176, L262'],
  ['psykisk-helse-rus-kommune', 'L176, L262, L290'],
  ['dps', 'L176, L262, L288'],
  ['bup', 'L176, L262'],
  ['tsb', 'L176, L262, L286'],
  ['sikkerhetspsykiatri', 'L176, L292-294'],
  ['fact', 'L176, L262'],
  ['dom-tvungent-psykisk-helsevern', 'L176, L262, L290-294'],
];

/**
 * The kommune's health services to the individual patient, which sketch 3's insurers buy from
 * primary-care providers (seed 004 L474-477); care, public health and public duties stay.
 */
const INSURED_PRIMARY_CARE = ['fastlege', 'legevakt', 'kad', 'svangerskap', 'fysio', 'rask-psykisk-helsehjelp', 'rehabilitering-kommune', 'dms'];

/** Every specialist card moved to one level, each move citing the same slide lines. */
const moveSpecialistCards = (to: LevelKind, locator: string): Template['moves'] =>
  SPECIALIST_CARDS.map((responsibility) => ({ responsibility, to, source: { ref: UTVALGET, locator } }));

/**
 * Starting proposals read from the seeds: the level kinds a board opens with and the cards
 * each proposal moves away from today's level. All are interpretations of their sources.
 */
export const templates: Template[] = [
  {
    id: 'dagens-ordning',
    name: { nb: 'Dagens ordning', en: 'Current arrangement' },
    author: 'Helsereformutvalget (modell 0)',
    description: {
      nb: 'Ansvaret slik det er fordelt i dag: kommunene har primærhelse- og omsorgstjenestene, fylkeskommunene tannhelse og regional folkehelse, og de regionale helseforetakene har sørge-for-ansvaret for spesialisthelsetjenesten. Dette er utgangspunktet alle andre forslag måles mot. Kortplasseringen er vår lesning av utvalgets oversikt over dagens oppgaver.',
      en: 'Responsibilities as they are divided today: the kommuner run primary health and care services, the fylkeskommuner dental care and regional public health, and the regional health authorities hold the duty to provide specialist care. Every other proposal is measured against this. The card placement is our reading of the committee\'s overview of today\'s tasks.',
    },
    levels: ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'],
    moves: [],
    sources: [{ ref: UTVALGET, locator: 'L318-341, L534-598' }],
  },
  {
    id: 'ks-varianter',
    name: { nb: 'KS: varianter av dagens modell', en: 'KS: variants of the current model' },
    author: 'KS',
    description: {
      nb: 'KS vil beholde dagens ansvarsdeling og heller styrke virkemidlene: bedre samhandling, sterkere primærhelsetjeneste og tannhelse fortsatt i fylkeskommunen. KS ber om mer samarbeid mellom kommuner, og foreslår at KAD kan drives interkommunalt for å styrke akuttfunksjonen; derfor flyttes KAD til et interkommunalt nivå. Legevakt blir i kommunen, fordi KS omtaler interkommunal legevakt som dagens praksis, ikke som en endring. At spesialisthelsetjenesten skal ta større ansvar for alvorlig psykisk lidelse, rus og samfunnsvern er en faktisk forskyvning av belastning, ikke en flytting av kort. Dette er vår tolkning av KS-innspillet.',
      en: 'KS wants to keep today\'s division of responsibility and strengthen the tools instead: better cooperation, stronger primary care, and dental care still with the fylkeskommune. KS asks for more cooperation between kommuner and suggests KAD may be run jointly by several kommuner to strengthen its acute role, so KAD moves to an inter-municipal level. The legevakt stays with the kommune, since KS describes inter-municipal legevakt as current practice, not a change. KS\' wish that specialist care take more responsibility for severe mental illness, substance use and public safety is a shift in load, not a move of cards. This is our interpretation of the KS input.',
    },
    levels: ['kommune', 'interkommunalt', 'fylkeskommune', 'spesialisthelsetjenesten'],
    moves: [{ responsibility: 'kad', to: 'interkommunalt', source: { ref: KS, locator: 'L302, L409' } }],
    sources: [
      { ref: KS, locator: 'L172, L176, L193' },
      { ref: KS, locator: 'L220, L228-240' },
      { ref: KS, locator: 'L262, L270, L298-308, L405-409' },
    ],
  },
  {
    id: 'kdf-murstein',
    name: { nb: 'Kdf: mursteinsmodellen', en: 'Kdf: the brick-wall model' },
    author: 'Kommunedirektørforum (Kdf)',
    description: {
      nb: 'Kdf ser dagens system som en mur der noen steiner mangler: pasienter som faller mellom nivåene. Modellen beholder strukturene og ansvarsdelingen, og tetter hullene med mer forpliktende samarbeid mellom kommune og spesialisthelsetjeneste og bedre forløp for samhandlingspasienter. Ingen kort flyttes. Kdf foreslår ikke forpliktende samarbeid mellom kommuner, og advarer mot nye organisasjonsformer, så heller ikke det nivået tas i bruk. Et eget notat fra kommunedirektører peker på DMS som en 1,5-linjetjeneste i kommunen, men DMS ligger allerede i kommunen i dag. Kdfs «tydeligere og mer forpliktende modeller på tvers av forvaltningsnivåer» for samhandlingspasienter viser vi som forpliktende forløp på tvers av nivåene: tavla starter med utvalgets fire grupper merket (skrøpelige eldre, personer med flere kroniske tilstander, barn og unge med store og sammensatte behov, psykisk helse og rus). Kommunen og helseforetaket bestemmer forløpet sammen og betaler hver sin del; ingen penger eller årsverk flyttes. At det er nettopp disse fire gruppene, er vår lesning: Kdf nevner samhandlingspasienter, utvalget nevner de fire. Dette er vår tolkning av Kdf-innspillet.',
      en: 'Kdf sees today\'s system as a wall with some bricks missing: patients who fall between the levels. The model keeps the structures and the division of responsibility, and fills the gaps with more binding cooperation between the kommune and specialist care and better pathways for patients who need both levels. No cards move. Kdf does not propose binding cooperation between kommuner, and warns against new organisational forms, so that level is not used either. A separate note from kommunedirektører points to DMS as a "1.5-line" service in the kommune, but DMS already sits with the kommune today. We show Kdf\'s "clearer and more binding models across levels of government" for patients who need both levels as binding cross-level pathways: the board starts with the committee\'s four groups marked (frail elderly, people with several chronic conditions, children and young people with extensive and complex needs, mental health and substance use). The kommune and the health trust decide the pathway together and each pays its own part; no money or staff moves. That it is exactly these four groups is our reading: Kdf names patients who need both levels, the committee names the four. This is our interpretation of the Kdf input.',
    },
    levels: ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'],
    moves: [],
    // Kdf's binding models for patients who need both levels (000 L50-60, L98), read as the
    // committee's four groups whose care crosses levels (004 L602-613; each pathway cites its line). Our reading.
    boundPathways: ['skrope-eldre', 'kronisk-syke', 'barn-unge', 'psykisk-rus'].map((pathway) => ({ pathway, source: { ref: KDF, locator: 'L50-60, L98' } })),
    sources: [
      { ref: KDF, locator: 'L44-52, L58, L64, L84, L96, L104-106, L126, L132-134' },
      { ref: UTVALGET, locator: 'L602-613' },
      { ref: KOMMUNEDIREKTORER, locator: 'L146-151' },
    ],
  },
  {
    id: 'modell-1a',
    name: { nb: 'Modell 1a: folkevalgte, kommunene', en: 'Model 1a: elected, the kommuner' },
    author: 'Helsereformutvalget (skisse 1a)',
    description: {
      nb: 'Utvalgets skisse der staten styrer og de 357 kommunene har ansvaret for alle helsetjenester, også spesialisthelsetjenesten. Her flyttes alle spesialistkort til kommunen. Skissen spør selv hva som skjer med fylkeskommunen; vi lar tannhelse og regional folkehelse bli der. Skissen er bare et utkast fra utvalget, og kortplasseringen er vår tolkning.',
      en: 'The committee\'s sketch in which the state governs and the 357 kommuner hold responsibility for all health services, specialist care included. Here every specialist card moves to the kommune. The sketch itself asks what becomes of the fylkeskommune; we leave dental care and regional public health there. The sketch is only a draft by the committee, and the card placement is our interpretation.',
    },
    levels: ['kommune', 'fylkeskommune'],
    moves: moveSpecialistCards('kommune', 'L345-354'),
    sources: [{ ref: UTVALGET, locator: 'L345-374, L534-598' }],
  },
  {
    id: 'modell-1b',
    name: { nb: 'Modell 1b: folkevalgte, nye regioner', en: 'Model 1b: elected, new regions' },
    author: 'Helsereformutvalget (skisse 1b)',
    description: {
      nb: 'Utvalgets skisse med nye, folkevalgte regioner. Vi leser den slik at regionene overtar spesialisthelsetjenesten, mens kommunene beholder sine tjenester. Skissen spør hva som skjer med fylkeskommunen; vi lar tannhelse og regional folkehelse bli i fylkeskommunen, men de kan like gjerne tenkes flyttet til regionen. Skissen er bare et utkast fra utvalget, og kortplasseringen er vår tolkning.',
      en: 'The committee\'s sketch with new elected regions. We read it as the regions taking over specialist care while the kommuner keep their services. The sketch asks what becomes of the fylkeskommune; we leave dental care and regional public health with the fylkeskommune, though they could as well move to the region. The sketch is only a draft by the committee, and the card placement is our interpretation.',
    },
    levels: ['kommune', 'fylkeskommune', 'region'],
    moves: moveSpecialistCards('region', 'L378-385'),
    sources: [{ ref: UTVALGET, locator: 'L378-407, L534-598' }],
  },
  {
    id: 'modell-2',
    name: { nb: 'Modell 2: staten', en: 'Model 2: the state' },
    author: 'Helsereformutvalget (skisse 2)',
    description: {
      nb: 'Utvalgets skisse der staten driver helsetjenestene gjennom regionale og underliggende statlige enheter i stedet for helseforetak. KS leser «alt til staten» slik at kommunenes samlede helse- og omsorgstjeneste må deles: den medisinske delen går til staten, omsorgen blir i kommunen. Vi følger den lesningen. Fastlege og legevakt, som KS kaller kommunens allmennmedisinske tjenester, flyttes til staten sammen med spesialisthelsetjenesten. KAD flyttes også, fordi den i økende grad skal være et akuttmedisinsk tilbud, selv om mange kommuner også bruker den som korttidsplass i omsorgen. Kommuneoverlegen blir i kommunen som kommunens medisinske rådgiver, og DMS blir der fordi tjenestene i huset flytter hver for seg. Helsestasjon, jordmor, fysioterapi og psykisk helse- og rusarbeid regner vi ikke til den medisinske delen. Skissen spør selv hva som da blir igjen av enkeltkommunenes ansvar. Tannhelse og regional folkehelse blir i fylkeskommunen, som skissen ikke nevner. Skissen er bare et utkast fra utvalget, og kortplasseringen er vår tolkning.',
      en: 'The committee\'s sketch in which the state runs health services through regional and subordinate state units instead of health trusts. KS reads "all to the state" as splitting the kommune\'s integrated health and care services: the medical part goes to the state, care stays with the kommune. We follow that reading. The fastlege and the legevakt, which KS calls the kommune\'s general medical services, move to the state together with specialist care. KAD moves too, since it is more and more expected to be an acute medical service, although many kommuner also use it as short-term care. The kommuneoverlege (municipal medical officer) stays as the kommune\'s medical adviser, and DMS stays because the services in the building move one by one. We do not count health clinics, midwives, physiotherapy or mental health and substance-use work as the medical part. The sketch itself asks what is then left of each kommune\'s responsibility. Dental care and regional public health stay with the fylkeskommune, which the sketch does not mention. The sketch is only a draft by the committee, and the card placement is our interpretation.',
    },
    levels: ['kommune', 'fylkeskommune', 'stat'],
    moves: [
      ...moveSpecialistCards('stat', 'L411, L423-425'),
      // KS: the state model splits the integrated municipal services, the medical part going to the state.
      { responsibility: 'fastlege', to: 'stat', source: { ref: KS, locator: 'L176, L189, L264-266, L282' } },
      { responsibility: 'legevakt', to: 'stat', source: { ref: KS, locator: 'L176, L189, L278-282' } },
      { responsibility: 'kad', to: 'stat', source: { ref: KS, locator: 'L176, L189, L405-407' } },
    ],
    sources: [
      { ref: UTVALGET, locator: 'L411-443, L534-598' },
      { ref: KS, locator: 'L174-176, L189, L193, L272, L282' },
    ],
  },
  {
    id: 'modell-3',
    name: { nb: 'Modell 3: forsikringsbaserte ordninger', en: 'Model 3: insurance-based arrangements' },
    author: 'Helsereformutvalget (skisse 3)',
    description: {
      nb: 'Utvalgets skisse der forsikringsordninger, private eller offentlige, har ansvaret for å sørge for helsetjenester og pengene til dem, og gjør avtaler med private eller offentlige leverandører av både primær- og spesialisthelsetjenester. Alle spesialistkort flyttes derfor til forsikringsnivået, og det samme gjør kommunens helsetjenester til den enkelte pasient: fastlege, legevakt, KAD, jordmor, fysio- og ergoterapi, rask psykisk helsehjelp, rehabilitering og DMS. Skissen viser ingen kommuner. Den nevner bare helsetjenester, så vi lar omsorgen (som sykehjem, hjemmetjenester, BPA og omsorgsboliger), folkehelse, helsestasjon, koordinerende enhet, kommuneoverlegen og det kommunale psykiske helse- og rusarbeidet, som også gir bolig og aktivitet, bli i kommunen, og tannhelse og regional folkehelse bli i fylkeskommunen. Skissen stiller selv tre spørsmål som står åpne her: blir tjenestene like gode for alle, blir det mer byråkrati, og skal staten betale etter det rettighetene faktisk koster (overslagsbevilgning)? Hvem som eier leverandørene, kan ikke vises på tavla. Skissen er bare et utkast fra utvalget, og kortplasseringen er vår tolkning.',
      en: 'The committee\'s sketch in which insurance schemes, private or public, hold the duty to provide health services and the money for them, and contract private or public providers of both primary and specialist care. So every specialist card moves to the insurer level, and so do the kommune\'s health services to the individual patient: fastlege, legevakt, KAD, midwife, physiotherapy and occupational therapy, rapid mental health help, rehabilitation and DMS. The sketch shows no kommuner. It names health services only, so we leave care (such as nursing homes, home care, BPA and care housing), public health, health clinics, the coordinating unit, the kommuneoverlege (municipal medical officer) and the kommune\'s mental health and substance-use work, which also provides housing and activity, with the kommune, and dental care and regional public health with the fylkeskommune. The sketch itself asks three questions that stay open here: will services be equally good for everyone, will there be more bureaucracy, and should the state pay what the entitlements actually cost (an estimate-based appropriation)? Who owns the providers cannot be shown on the board. The sketch is only a draft by the committee, and the card placement is our interpretation.',
    },
    levels: ['kommune', 'fylkeskommune', 'forsikring'],
    moves: [
      ...INSURED_PRIMARY_CARE.map((responsibility) => ({ responsibility, to: 'forsikring' as const, source: { ref: UTVALGET, locator: 'L461-462, L474-477' } })),
      ...moveSpecialistCards('forsikring', 'L456-462'),
    ],
    sources: [
      { ref: UTVALGET, locator: 'L447-485, L534-598' },
      { ref: KS, locator: 'L170, L174' },
    ],
  },
  {
    id: 'modell-4',
    name: { nb: 'Modell 4: ulike ordninger etter fag', en: 'Model 4: different arrangements by field' },
    author: 'Helsereformutvalget (skisse 4)',
    description: {
      nb: 'Utvalgets skisse med ulike ordninger etter geografi og fag. Skissen viser de samme organene som i dag: regionale helseforetak, helseforetak og 357 kommuner. KS beskriver modellen som egne løsninger for ulike fagområder eller deler av landet, og minner om at noen fag allerede i dag er organisert på egne måter. Vi deler etter fag: psykisk helse og rus blir én ordning der spesialisthelsetjenesten har ansvaret for hele feltet, også det kommunale psykiske helse- og rusarbeidet og rask psykisk helsehjelp. Det bygger på at KS vil at spesialisthelsetjenesten skal bære mer av ansvaret for alvorlig psykisk lidelse og rus; KS ber likevel ikke om at det kommunale arbeidet flyttes, det gjør vi for å vise hva et samlet ansvar for et fag betyr. Alt annet er en ordning som i dag. Tavla viser konsekvensene for hver ordning og samlet. En deling etter geografi kan ikke vises, fordi hvert kort bare har én plass. Delingen er vår lesning, ikke utvalgets.',
      en: 'The committee\'s sketch with different arrangements by geography and field. The sketch shows the same bodies as today: regional health authorities, health trusts and 357 kommuner. KS describes the model as separate solutions for different fields or parts of the country, and notes that some fields are already organised in their own ways today. We split by field: mental health and substance use become one arrangement in which specialist care holds the duty for the whole field, including the kommune\'s mental health and substance-use work and rapid mental health help. This rests on KS wanting specialist care to carry more of the responsibility for severe mental illness and substance use; KS does not ask for the municipal work to move, we move it to show what one holder for a whole field means. Everything else is one arrangement as today. The board shows the consequences for each arrangement and in total. A split by geography cannot be shown, since each card has one place only. The split is our reading, not the committee\'s.',
    },
    levels: ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'],
    arrangements: [
      {
        id: 'somatikk',
        name: { nb: 'Somatikk og øvrige tjenester: som i dag', en: 'Somatic and other services: as today' },
        levels: ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'],
        source: { ref: UTVALGET, locator: 'L487-500' },
      },
      {
        id: 'psykisk-helse-rus',
        name: { nb: 'Psykisk helse og rus: samlet i spesialisthelsetjenesten', en: 'Mental health and substance use: gathered in specialist care' },
        levels: ['spesialisthelsetjenesten'],
        source: { ref: KS, locator: 'L176, L262, L290-294' },
      },
    ],
    moves: MENTAL_HEALTH_FIELD.map(([responsibility, locator]) => ({
      responsibility,
      to: 'spesialisthelsetjenesten' as const,
      arrangement: 'psykisk-helse-rus',
      source: { ref: KS, locator },
    })),
    sources: [
      { ref: UTVALGET, locator: 'L487-510, L534-598, L613' },
      { ref: KS, locator: 'L171, L176, L191, L262, L286-294' },
    ],
  },
];

import type { LevelKind, Template } from '../schema';
import { SEEDS } from '../sources';
import { specialistResponsibilities } from './responsibilities-specialist';

const KDF = SEEDS.kdf;
const KOMMUNEDIREKTORER = SEEDS.kommunedirektorer;
const KS = SEEDS.ks;
const UTVALGET = SEEDS.utvalget;

/** The cards that sit in spesialisthelsetjenesten today (seed 004 L534-598). */
const SPECIALIST_CARDS = specialistResponsibilities.map((r) => r.id);

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
    author: 'Helsereformutvalget (model 0)',
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
      nb: 'Kdf ser dagens system som en mur der noen steiner mangler: pasienter som faller mellom nivåene. Modellen beholder strukturene og ansvarsdelingen, og tetter hullene med forpliktende samarbeid og bedre forløp for samhandlingspasienter. Ingen kort flyttes. Et eget notat fra kommunedirektører peker på DMS som en 1,5-linjetjeneste i kommunen, men DMS ligger allerede i kommunen i dag. Dette er vår tolkning av Kdf-innspillet.',
      en: 'Kdf sees today\'s system as a wall with some bricks missing: patients who fall between the levels. The model keeps the structures and the division of responsibility, and fills the gaps with binding cooperation and better pathways for patients who need both levels. No cards move. A separate note from kommunedirektører points to DMS as a "1.5-line" service in the kommune, but DMS already sits with the kommune today. This is our interpretation of the Kdf input.',
    },
    levels: ['kommune', 'fylkeskommune', 'spesialisthelsetjenesten'],
    moves: [],
    sources: [
      { ref: KDF, locator: 'L44-52, L64, L84, L132-134' },
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
      nb: 'Utvalgets skisse der spesialisthelsetjenesten drives av staten gjennom regionale og underliggende statlige enheter i stedet for helseforetak. Kommunene beholder sine tjenester, og tannhelse og regional folkehelse blir i fylkeskommunen, som skissen ikke nevner. Skissen er bare et utkast fra utvalget, og kortplasseringen er vår tolkning.',
      en: 'The committee\'s sketch in which specialist care is run by the state through regional and subordinate state units instead of health trusts. The kommuner keep their services, and dental care and regional public health stay with the fylkeskommune, which the sketch does not mention. The sketch is only a draft by the committee, and the card placement is our interpretation.',
    },
    levels: ['kommune', 'fylkeskommune', 'stat'],
    moves: moveSpecialistCards('stat', 'L411, L423-425'),
    sources: [{ ref: UTVALGET, locator: 'L411-443, L534-598' }],
  },
];

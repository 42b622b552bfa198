import type { Level } from '../schema';
import { SEEDS } from '../seeds';

const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;
const S002 = SEEDS.ks;
const S001 = SEEDS.kommunedirektorer;
const GEODATA = 'https://github.com/aprestmo/norway-geodata';

/**
 * The nine kinds of level. The first three are the default board; the rest are presets a
 * facilitator can add. A region's financing and units are open in the committee's sketch.
 */
export const levels: Level[] = [
  {
    kind: 'kommune',
    name: { nb: 'Kommune', en: 'Kommune' },
    gloss: { nb: 'De 357 kommunene, hver med eget kommunestyre.', en: 'The 357 municipalities, each with its own elected council.' },
    preset: false,
    units: { value: 357, unit: 'units', year: 2024, source: { ref: S004, locator: 'L183' } },
    laws: ['hol', 'fhl', 'koml'],
    dutyAct: 'hol',
    financing: 'ramme-kommune',
    payer: 'kommune',
    anchoring: 'direct',
    anchoringNote: { nb: 'Direkte valgt kommunestyre.', en: 'Directly elected municipal council.' },
    smallestUnitPopulation: {
      value: 215,
      unit: 'inhabitants',
      year: 2024,
      source: { ref: GEODATA, locator: 'kommunelisten for 2025 (versjon 97b15cd6): Utsira' },
      note: {
        nb: 'Folketall per 1.1.2024 fra SSB slik datasettet gjengir dem; folketallene summerer seg til landets 5 550 203 innbyggere.',
        en: 'SSB population on 1 January 2024 as carried in the data set; the populations add up to the national total of 5,550,203.',
      },
    },
    sources: [{ ref: S004, locator: 'L147-162' }],
  },
  {
    kind: 'fylkeskommune',
    name: { nb: 'Fylkeskommune', en: 'Fylkeskommune (county)' },
    gloss: { nb: 'Fylkeskommunene, med direkte valgt fylkesting; har i dag tannhelse og folkehelse.', en: 'The counties, with a directly elected council; today they run dental care and public health.' },
    preset: false,
    units: { missing: 'no sourced figure', note: { nb: 'Kildene vi bygger på, oppgir ikke hvor mange fylkeskommuner det er.', en: 'The sources used here give no count of county authorities.' } },
    laws: ['thl', 'fhl', 'koml'],
    financing: 'ramme-fylke',
    payer: 'fylkeskommune',
    anchoring: 'direct',
    anchoringNote: { nb: 'Direkte valgt fylkesting.', en: 'Directly elected county council.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Kildene vi bygger på, har ingen tabell over folketall per fylke.', en: 'The sources used here have no table of population by county.' } },
    sources: [{ ref: S004, locator: 'L590' }, { ref: S002, locator: 'L228' }],
  },
  {
    kind: 'spesialisthelsetjenesten',
    name: { nb: 'Spesialisthelsetjenesten', en: 'Specialist health service' },
    gloss: { nb: 'Fire regionale helseforetak (RHF) med sørge-for-ansvar, som eier om lag 20 helseforetak (HF).', en: 'Four regional health authorities (RHF) with the duty to provide, owning about 20 health trusts (HF).' },
    preset: false,
    units: { value: 4, unit: 'units', year: 2026, source: { ref: S004, locator: 'L179-181' }, note: { nb: '4 RHF med 20 HF under seg.', en: '4 regional health authorities (RHF) with 20 health trusts (HF) under them.' } },
    laws: ['sphl', 'hfl'],
    dutyAct: 'sphl',
    financing: 'rhf-basis-isf',
    payer: 'stat',
    anchoring: 'appointed',
    anchoringNote: { nb: 'Styrer oppnevnt av helseministeren (RHF) og av RHF-styret (HF).', en: 'Boards appointed by the health minister (RHF) and by the RHF board (HF).' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Kildene vi bygger på, oppgir ikke folketall per RHF; et RHF dekker en hel helseregion.', en: 'The sources used here give no population per regional health authority; each covers a whole health region.' } },
    sources: [{ ref: S004, locator: 'L164-176' }],
  },
  {
    kind: 'stat',
    name: { nb: 'Staten', en: 'The state' },
    gloss: { nb: 'Statlige regionale og underliggende enheter (utvalgets skisse 2).', en: 'State-run regional and local units (the committee’s sketch 2).' },
    preset: true,
    units: { missing: 'no sourced figure', note: { nb: 'Skisse 2 tegner regionale og underliggende statlige enheter uten å si hvor mange.', en: 'Sketch 2 draws regional and subordinate state units without saying how many.' } },
    laws: ['sphl'],
    // Sketch 2's state units take over the specialist service, whose duties this act sets out.
    dutyAct: 'sphl',
    financing: 'statsbudsjett',
    payer: 'stat',
    anchoring: 'state',
    anchoringNote: { nb: 'Styrt av regjering og Storting, uten regional folkevalgt styring.', en: 'Run by government and parliament, with no regional elected body.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Skissen oppgir ikke opptaksområder for de statlige enhetene.', en: 'The sketch gives no catchment for the state units.' } },
    sources: [{ ref: S004, locator: 'L411-443' }],
  },
  {
    kind: 'region',
    name: { nb: 'Folkevalgt region', en: 'Elected region' },
    gloss: { nb: 'Nye direkte valgte regioner (utvalgets skisse 1b).', en: 'New directly elected regions (the committee’s sketch 1b).' },
    preset: true,
    units: { missing: 'no sourced figure', note: { nb: 'Skisse 1b sier ikke hvor mange regioner det blir.', en: 'Sketch 1b does not say how many regions there would be.' } },
    laws: ['sphl'],
    // As for the state: the regions in our reading of sketch 1b take over the specialist service.
    dutyAct: 'sphl',
    financing: 'ramme-region',
    payer: 'region',
    // Sketch 1b asks whether the regions are elected directly or indirectly (L397): a board choice settles it.
    anchoring: 'open',
    anchoringNote: {
      nb: 'Folkevalgt, men skissen spør om valget blir direkte eller indirekte. Tavla lar det stå åpent til noen velger.',
      en: 'Elected, but the sketch asks whether the election is direct or indirect. The board leaves it open until someone chooses.',
    },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Skisse 1b oppgir ikke hvor store regionene blir.', en: 'Sketch 1b gives no region sizes.' } },
    sources: [{ ref: S004, locator: 'L378-405' }],
  },
  {
    kind: 'interkommunalt',
    name: { nb: 'Interkommunalt samarbeid', en: 'Inter-municipal cooperation' },
    gloss: { nb: 'Kommuner som løser oppgaven sammen: vertskommune, IKS eller oppgavefellesskap.', en: 'Municipalities running the task together: host municipality, IKS or task community.' },
    preset: true,
    units: { missing: 'no sourced figure', note: { nb: 'Ingen oversikt over hvor mange helsesamarbeid det finnes; 80 % av kommunene deler legevakt (se legevaktkortet).', en: 'No count of health cooperations; 80 % of municipalities share an out-of-hours service (see the legevakt card).' } },
    laws: ['hol', 'koml'],
    dutyAct: 'hol',
    financing: 'ramme-kommune',
    payer: 'kommune',
    anchoring: 'indirect',
    anchoringNote: { nb: 'Styrt av representanter fra kommunestyrene, ikke direkte valgt.', en: 'Governed by delegates of the municipal councils, not directly elected.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Hvor stort et samarbeid blir, avhenger av hvem som blir med.', en: 'A cooperation’s size depends on who joins it.' } },
    sources: [{ ref: S002, locator: 'L308' }, { ref: S003, locator: 'L5407-5414' }],
  },
  {
    kind: 'delt',
    name: { nb: 'Delt kommune–sykehus', en: 'Joint kommune–hospital' },
    // The health communities (helsefellesskapene) are where kommuner and health trusts agree such
    // arrangements; they hold no service themselves, so they describe this level, not a card.
    gloss: {
      nb: 'Felles ordning mellom kommune og helseforetak, som sykestue eller DMS, avtalt i helsefellesskapet der kommunene og helseforetaket møtes.',
      en: 'A joint arrangement of kommune and health trust, such as a sykestue or DMS, agreed in the health community (helsefellesskap) where the kommuner and the trust meet.',
    },
    preset: true,
    units: { missing: 'no sourced figure', note: { nb: 'Vi fant ingen oversikt over antall DMS, sykestuer eller andre felles enheter.', en: 'No count of DMS, sykestuer or other joint units was found.' } },
    laws: ['hol', 'sphl'],
    financing: 'delt-finansiering',
    payer: 'delt',
    anchoring: 'joint',
    anchoringNote: { nb: 'Delt: kommunestyrene og et oppnevnt helseforetaksstyre.', en: 'Shared: the municipal councils and an appointed trust board.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Avhenger av sykehusets opptaksområde og hvilke kommuner som er med.', en: 'Depends on the hospital’s catchment and the municipalities taking part.' } },
    sources: [
      { ref: S002, locator: 'L389-423' },
      { ref: S003, locator: 'L5369-5388' },
      { ref: S004, locator: 'L572' },
      { ref: S002, locator: 'L23-26, L355-385, L447-451' },
    ],
  },
  {
    // Voluntary cooperation is today's (seed 004 L160-162, seed 003 L2560-2567). This is the bound
    // kind KS and St.meld. 47 describe: a fixed group with a joint body; each kommune keeps the duty.
    kind: 'bindende-samarbeid',
    name: { nb: 'Forpliktende interkommunalt samarbeid', en: 'Binding inter-municipal cooperation' },
    gloss: {
      nb: 'Kommuner som er bundet til å løse oppgaven sammen i en fast gruppe, med et felles organ som tar avgjørelser for dem, som en vertskommune med felles nemnd eller en samkommune. Hver kommune har fortsatt ansvaret.',
      en: 'Municipalities bound to run the task together in a fixed group, with a joint body that decides for them, such as a host municipality with a joint board or a samkommune. Each kommune still holds the duty.',
    },
    preset: true,
    units: {
      missing: 'no sourced figure',
      note: {
        nb: 'Ingen kilde teller eller oppgir størrelsen på forpliktende samarbeid; KS og St.meld. 47 beskriver formene uten tall.',
        en: 'No source counts or sizes binding cooperations; KS and St.meld. 47 describe the forms without a number.',
      },
    },
    laws: ['hol', 'koml'],
    dutyAct: 'hol',
    financing: 'ramme-kommune',
    payer: 'kommune',
    anchoring: 'indirect',
    anchoringNote: {
      nb: 'Styrt av et felles organ med medlemmer valgt av og blant kommunestyrene; innbyggerne velger det ikke direkte.',
      en: 'Governed by a joint body whose members are elected by and among the municipal councils; the inhabitants do not elect it directly.',
    },
    smallestUnitPopulation: {
      missing: 'no sourced figure',
      note: {
        nb: 'Ingen kilde sier hvor stort et forpliktende samarbeid må være; St.meld. 47 lot befolkningsgrunnlaget stå til senere utredning. Tavla regner samarbeidet som felles: det når det grunnlaget kortet trenger.',
        en: 'No source says how large a binding cooperation must be; St.meld. 47 left the population base needed to later study. The board treats the cooperation as pooled: it reaches whatever base its card needs.',
      },
    },
    sources: [
      { ref: S003, locator: 'L2560-2567, L7201-7228, L7273-7283' },
      { ref: S002, locator: 'L300-314, L326-328' },
      { ref: S001, locator: 'L67-79' },
    ],
  },
  {
    kind: 'forsikring',
    name: { nb: 'Forsikringsordning', en: 'Insurance scheme' },
    gloss: {
      nb: 'Forsikringsselskaper, private eller offentlige, som har sørge-for-ansvaret og gjør avtaler med dem som yter primær- og spesialisthelsetjenester (utvalgets skisse 3).',
      en: 'Insurers, private or public, holding the duty to provide and contracting those who deliver primary and specialist care (the committee’s sketch 3).',
    },
    preset: true,
    units: {
      missing: 'no sourced figure',
      note: {
        nb: 'Skisse 3 oppgir ikke hvor mange forsikrere det blir; tallet fra Nederland på de samme lysarkene gjelder et annet land.',
        en: 'Sketch 3 gives no number of insurers; the Dutch count on the same slides is another country’s.',
      },
    },
    // No Norwegian act gives an insurer a duty to provide health care today, so none is listed.
    laws: [],
    financing: 'forsikring',
    payer: 'open',
    anchoring: 'insurer',
    anchoringNote: {
      nb: 'Verken folkevalgt eller et oppnevnt helseforetaksstyre: forsikreren styres av sitt eget styre innenfor lover Stortinget gir. Skissen sier ikke om den er privat eller offentlig.',
      en: 'Neither elected nor an appointed trust board: the insurer is run by its own board within laws parliament makes. The sketch does not say whether it is private or public.',
    },
    smallestUnitPopulation: { missing: 'no sourced figure', note: { nb: 'Skisse 3 sier ikke hvor mange hver forsikrer skal dekke.', en: 'Sketch 3 does not say how many people each insurer would cover.' } },
    sources: [
      { ref: S004, locator: 'L447-485' },
      { ref: S004, locator: 'L264-305' },
    ],
  },
];

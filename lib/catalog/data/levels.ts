import type { Level } from '../schema';
import { SEEDS } from '../sources';

const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;
const S002 = SEEDS.ks;
const GEODATA = 'https://github.com/aprestmo/norway-geodata';

/**
 * The seven kinds of level. The first three are the default board; the rest are presets a
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
    financing: 'ramme-kommune',
    anchoring: 'direct',
    anchoringNote: { nb: 'Direkte valgt kommunestyre.', en: 'Directly elected municipal council.' },
    smallestUnitPopulation: {
      value: 215,
      unit: 'inhabitants',
      year: 2024,
      source: { ref: GEODATA, locator: 'data/municipalities-2025.json (commit 97b15cd6), Utsira' },
      note: 'SSB population 1.1.2024 as carried in the dataset; the populations sum to the national total 5 550 203.',
    },
    sources: [{ ref: S004, locator: 'L147-162' }],
  },
  {
    kind: 'fylkeskommune',
    name: { nb: 'Fylkeskommune', en: 'Fylkeskommune (county)' },
    gloss: { nb: 'Fylkeskommunene, med direkte valgt fylkesting; har i dag tannhelse og folkehelse.', en: 'The counties, with a directly elected council; today they run dental care and public health.' },
    preset: false,
    units: { missing: 'no sourced figure', note: 'The seeds and research files give no count of fylkeskommuner.' },
    laws: ['thl', 'fhl', 'koml'],
    financing: 'ramme-fylke',
    anchoring: 'direct',
    anchoringNote: { nb: 'Direkte valgt fylkesting.', en: 'Directly elected county council.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'No county population table in the seeds or research files.' },
    sources: [{ ref: S004, locator: 'L590' }, { ref: S002, locator: 'L228' }],
  },
  {
    kind: 'spesialisthelsetjenesten',
    name: { nb: 'Spesialisthelsetjenesten', en: 'Specialist health service' },
    gloss: { nb: 'Fire regionale helseforetak (RHF) med sørge-for-ansvar, som eier om lag 20 helseforetak (HF).', en: 'Four regional health authorities (RHF) with the duty to provide, owning about 20 health trusts (HF).' },
    preset: false,
    units: { value: 4, unit: 'units', year: 2026, source: { ref: S004, locator: 'L179-181' }, note: '4 RHF with 20 HF under them.' },
    laws: ['sphl', 'hfl'],
    financing: 'rhf-basis-isf',
    anchoring: 'appointed',
    anchoringNote: { nb: 'Styrer oppnevnt av helseministeren (RHF) og av RHF-styret (HF).', en: 'Boards appointed by the health minister (RHF) and by the RHF board (HF).' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'No RHF population in the seeds or research files; an RHF covers a whole region.' },
    sources: [{ ref: S004, locator: 'L164-176' }],
  },
  {
    kind: 'stat',
    name: { nb: 'Staten', en: 'The state' },
    gloss: { nb: 'Statlige regionale og underliggende enheter (utvalgets skisse 2).', en: 'State-run regional and local units (the committee’s sketch 2).' },
    preset: true,
    units: { missing: 'no sourced figure', note: 'Sketch 2 draws regional and underlying state units without a count.' },
    laws: ['sphl'],
    financing: 'statsbudsjett',
    anchoring: 'state',
    anchoringNote: { nb: 'Styrt av regjering og Storting, uten regional folkevalgt styring.', en: 'Run by government and parliament, with no regional elected body.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'The sketch gives no catchment for the state units.' },
    sources: [{ ref: S004, locator: 'L411-443' }],
  },
  {
    kind: 'region',
    name: { nb: 'Folkevalgt region', en: 'Elected region' },
    gloss: { nb: 'Nye direkte valgte regioner (utvalgets skisse 1b).', en: 'New directly elected regions (the committee’s sketch 1b).' },
    preset: true,
    units: { missing: 'no sourced figure', note: 'Sketch 1b does not say how many regions.' },
    laws: ['sphl'],
    financing: 'ramme-region',
    anchoring: 'direct',
    anchoringNote: { nb: 'Folkevalgt; skissen spør om valget blir direkte eller indirekte.', en: 'Elected; the sketch asks whether elections are direct or indirect.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'Sketch 1b gives no region sizes.' },
    sources: [{ ref: S004, locator: 'L378-405' }],
  },
  {
    kind: 'interkommunalt',
    name: { nb: 'Interkommunalt samarbeid', en: 'Inter-municipal cooperation' },
    gloss: { nb: 'Kommuner som løser oppgaven sammen: vertskommune, IKS eller oppgavefellesskap.', en: 'Municipalities running the task together: host municipality, IKS or task community.' },
    preset: true,
    units: { missing: 'no sourced figure', note: 'No count of health cooperations; 80 % of kommuner share legevakt (see the legevakt card).' },
    laws: ['hol', 'koml'],
    financing: 'ramme-kommune',
    anchoring: 'indirect',
    anchoringNote: { nb: 'Styrt av representanter fra kommunestyrene, ikke direkte valgt.', en: 'Governed by delegates of the municipal councils, not directly elected.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'A cooperation’s size depends on who joins it.' },
    sources: [{ ref: S002, locator: 'L308' }, { ref: S003, locator: 'L5407-5414' }],
  },
  {
    kind: 'delt',
    name: { nb: 'Delt kommune–sykehus', en: 'Joint kommune–hospital' },
    gloss: { nb: 'Felles ordning mellom kommune og helseforetak, som sykestue eller DMS.', en: 'A joint arrangement of kommune and health trust, such as a sykestue or DMS.' },
    preset: true,
    units: { missing: 'no sourced figure', note: 'No count of DMS, sykestuer or joint units was found.' },
    laws: ['hol', 'sphl'],
    financing: 'delt-finansiering',
    anchoring: 'joint',
    anchoringNote: { nb: 'Delt: kommunestyrene og et oppnevnt helseforetaksstyre.', en: 'Shared: the municipal councils and an appointed trust board.' },
    smallestUnitPopulation: { missing: 'no sourced figure', note: 'Depends on the hospital’s catchment and the kommuner taking part.' },
    sources: [{ ref: S002, locator: 'L389-423' }, { ref: S003, locator: 'L5369-5388' }],
  },
];

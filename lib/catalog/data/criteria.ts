import type { Criterion } from '../schema';
import { SEEDS } from '../seeds';

const S004 = SEEDS.utvalget;
const S000 = SEEDS.kdf;

/**
 * The committee's seven criteria and Kdf's three extra ones, each with the computed
 * indicators that bear on it. Which indicators bear on which criterion is the board's
 * reading; judging a criterion is left to the participants.
 */
export const criteria: Criterion[] = [
  {
    id: 'riktig-kvalitet',
    owner: 'utvalget',
    name: { nb: 'Riktig kvalitet', en: 'Right quality' },
    description: {
      nb: 'Tjenester med god nok faglig kvalitet; befolkningsgrunnlag og overganger sier noe om robuste fagmiljøer.',
      en: 'Services of sound professional quality; population base and handoffs hint at how robust the teams are.',
    },
    indicators: ['population-base', 'handoffs'],
    source: { ref: S004, locator: 'L126' },
  },
  {
    id: 'mest-helse',
    owner: 'utvalget',
    name: { nb: 'Mest mulig helse for tilgjengelige ressurser', en: 'Most health for the resources available' },
    description: {
      nb: 'Hvor pengene og årsverkene ligger, og hvor mye som må flyttes.',
      en: 'Where the money and staff sit, and how much has to move.',
    },
    indicators: ['money-by-level', 'staff-by-level', 'money-moved'],
    source: { ref: S004, locator: 'L128' },
  },
  {
    id: 'sammenhengende',
    owner: 'utvalget',
    name: { nb: 'Sammenhengende tjenester for pasienter og pårørende', en: 'Coherent services for patients and families' },
    description: {
      nb: 'Antall overganger mellom nivåer langs pasientforløpene.',
      en: 'How often the patient pathways cross from one level to another.',
    },
    indicators: ['handoffs'],
    source: { ref: S004, locator: 'L130' },
  },
  {
    id: 'likeverdighet',
    owner: 'utvalget',
    name: { nb: 'Sosial og geografisk likeverdighet', en: 'Social and geographic equity' },
    description: {
      nb: 'Hvor mange kommuner og innbyggere som må inn i nytt interkommunalt samarbeid fordi de er for små til å drive en tjeneste alene.',
      en: 'How many municipalities and people would need new inter-municipal cooperation because they are too small to run a service on their own.',
    },
    indicators: ['population-base'],
    source: { ref: S004, locator: 'L132' },
  },
  {
    id: 'politisk-styrt',
    owner: 'utvalget',
    name: { nb: 'Politisk styrt, profesjonelt drevet', en: 'Politically governed, professionally run' },
    description: {
      nb: 'Andelen av pengene under direkte valgte organer, og hvilke lover som må endres.',
      en: 'The share of money under directly elected bodies, and which acts must change.',
    },
    indicators: ['democratic-anchoring', 'law-changes'],
    source: { ref: S004, locator: 'L134' },
  },
  {
    id: 'beredskap',
    owner: 'utvalget',
    name: { nb: 'Beredskap og evne til tilpasning', en: 'Preparedness and adaptability' },
    description: {
      nb: 'Om akuttkjeden henger sammen og om enhetene er store nok til døgnkontinuerlig drift.',
      en: 'Whether the acute chain holds together and units are large enough to run around the clock.',
    },
    indicators: ['handoffs', 'population-base'],
    source: { ref: S004, locator: 'L136' },
  },
  {
    id: 'omstillingskostnader',
    owner: 'utvalget',
    name: { nb: 'Omstillingskostnader', en: 'Cost of change' },
    description: {
      nb: 'Penger og årsverk som skifter eier, lover og finansiering som må endres.',
      en: 'Money and staff that change owner, and the acts and financing that must change.',
    },
    indicators: ['money-moved', 'staff-moved', 'law-changes', 'financing-changes'],
    source: { ref: S004, locator: 'L138' },
  },
  {
    id: 'kostnadskontroll',
    owner: 'kdf',
    name: { nb: 'Kostnadskontroll', en: 'Cost control' },
    description: {
      nb: 'Kdfs tilleggskriterium: flytting mellom ramme- og aktivitetsfinansiering og mot staten.',
      en: 'Kdf’s extra criterion: moves between block and activity financing, and towards the state.',
    },
    indicators: ['money-moved', 'financing-changes', 'democratic-anchoring'],
    source: { ref: S000, locator: 'L116-118' },
  },
  {
    id: 'kompetanse',
    owner: 'kdf',
    name: { nb: 'Kompetanse', en: 'Competence' },
    description: {
      nb: 'Kdfs tilleggskriterium: årsverk som må skifte arbeidsgiver, og fagmiljøenes størrelse.',
      en: 'Kdf’s extra criterion: staff who would change employer, and the size of professional teams.',
    },
    indicators: ['staff-moved', 'staff-by-level', 'population-base'],
    source: { ref: S000, locator: 'L120-122' },
  },
  {
    id: 'transparens',
    owner: 'kdf',
    name: { nb: 'Transparens', en: 'Transparency' },
    description: {
      nb: 'Kdfs tilleggskriterium: tydelig ansvar, kjente tall og demokratisk forankring.',
      en: 'Kdf’s extra criterion: clear responsibility, known figures and democratic anchoring.',
    },
    indicators: ['money-unsourced', 'democratic-anchoring', 'law-changes', 'positions'],
    source: { ref: S000, locator: 'L124-128' },
  },
];

import type { Financing } from '../schema';
import { SEEDS } from '../seeds';

const S003 = SEEDS.stmeld47;
const S004 = SEEDS.utvalget;
const S002 = SEEDS.ks;

/** How a level or a service is paid for; `basis` drives the financing-change indicator. */
export const financing: Financing[] = [
  {
    id: 'ramme-kommune',
    name: { nb: 'Rammefinansiering av kommunene (frie inntekter)', en: 'Block grant and local taxes (kommune free income)' },
    basis: 'ramme',
    source: { ref: S004, locator: 'L170-173' },
  },
  {
    id: 'ramme-fylke',
    name: { nb: 'Rammefinansiering av fylkeskommunene', en: 'Block grant to the counties' },
    basis: 'ramme',
    source: { ref: S002, locator: 'L427' },
  },
  {
    id: 'rhf-basis-isf',
    name: { nb: 'Basisbevilgning og innsatsstyrt finansiering (ISF) til RHF', en: 'Basis grant plus activity-based financing (ISF) to the RHFs' },
    basis: 'blandet',
    source: { ref: S003, locator: 'L9320-9329' },
  },
  {
    id: 'fastlege-blandet',
    name: { nb: 'Basistilskudd fra kommunen, takster fra folketrygden og egenandeler', en: 'Per-capita grant from the kommune, fee-for-service from national insurance, patient co-payments' },
    basis: 'blandet',
    source: {
      ref: 'https://www.helsedirektoratet.no/rapporter/allmennlegetjenesten-arsrapport-2023-inklusive-status-per-mai-2024/vedlegg-utfyllende-tabeller-og-figurer/tabeller-til-kapittel-5',
      locator: 'Fastlegeordningen: basisfinansiering, refusjoner og egenandeler 2023',
    },
  },
  {
    id: 'takst-driftstilskudd',
    name: { nb: 'Driftstilskudd og takster (avtalepraksis)', en: 'Practice grant plus fee-for-service (contracted practitioners)' },
    basis: 'aktivitet',
    source: { ref: S004, locator: 'L170-176' },
  },
  {
    // Sketch 2 names financing as a point to settle and says nothing more (L437).
    id: 'statsbudsjett',
    name: { nb: 'Statlige enheter: finansieringen er ikke avklart', en: 'State units: financing not settled' },
    basis: 'open',
    open: {
      nb: 'Utvalgets skisse der staten driver tjenestene, nevner finansiering som et spørsmål uten å svare på det. Om de statlige enhetene skal få en fast bevilgning, betaling etter aktivitet eller en blanding, sier kildene ikke.',
      en: 'The committee’s sketch in which the state runs the services names financing as a question without answering it. The sources do not say whether the state units would get a fixed grant, payment by activity or a mix.',
    },
    source: { ref: S004, locator: 'L411-437' },
  },
  {
    // Sketch 1b names financing as a point to settle and says nothing more (L395).
    id: 'ramme-region',
    name: { nb: 'Nye folkevalgte regioner: finansieringen er ikke avklart', en: 'New elected regions: financing not settled' },
    basis: 'open',
    open: {
      nb: 'Utvalgets skisse med nye folkevalgte regioner nevner finansiering som et spørsmål uten å svare på det. Om regionene skal få rammetilskudd fra staten, betaling etter aktivitet eller egne skatteinntekter, sier kildene ikke.',
      en: 'The committee’s sketch with new elected regions names financing as a question without answering it. The sources do not say whether the regions would get a block grant from the state, payment by activity or taxes of their own.',
    },
    source: { ref: S004, locator: 'L378-395' },
  },
  {
    // KS describes many ways joint services are paid for today and no rule for the split (L399-401).
    id: 'delt-finansiering',
    name: { nb: 'Spleiselag mellom kommune og helseforetak', en: 'Shared budget of kommune and health trust' },
    basis: 'blandet',
    open: {
      nb: 'Hvor mye kommunen og hvor mye helseforetaket skal betale i en felles ordning, finnes det ingen fast regel for. KS beskriver mange ulike måter å dele kostnadene på, og viser til at gode resultater krever klare avtaler om ansvar og betaling.',
      en: 'There is no set rule for how much the kommune and how much the health trust pay in a joint arrangement. KS describes many different ways of sharing the cost, and points out that good results need clear agreements on responsibility and payment.',
    },
    source: { ref: S002, locator: 'L399-401' },
  },
  {
    // Not read from a source: the regime a board picks for sketch 2's state units when it settles
    // the financing the sketch leaves open (L437); see the state-financing choice in lib/choices.ts.
    id: 'ramme-stat',
    name: { nb: 'Statlige enheter: fast bevilgning over statsbudsjettet (valgt på tavla)', en: 'State units: a fixed grant from the state budget (chosen on the board)' },
    basis: 'ramme',
    source: { ref: S004, locator: 'L411-437' },
  },
  {
    // Sketch 3 asks "Overslagsbevilgning?" (L483) and leaves the insurer private or public (L461-462).
    id: 'forsikring',
    name: { nb: 'Forsikringsordning: finansieringen er ikke avklart', en: 'Insurance scheme: financing not settled' },
    basis: 'open',
    open: {
      nb: 'Utvalgets skisse med forsikringsordninger spør om staten skal betale med en overslagsbevilgning, en bevilgning som følger det rettighetene faktisk koster, og sier at forsikreren kan være privat eller offentlig. Hvem som betaler, og hvordan, er derfor ikke avklart.',
      en: 'The committee’s sketch with insurance schemes asks whether the state would pay through an estimate-based appropriation, one that follows what the entitlements actually cost, and says the insurer may be private or public. Who pays, and how, is therefore not settled.',
    },
    source: { ref: S004, locator: 'L447-485' },
  },
];

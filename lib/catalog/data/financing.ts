import type { Financing } from '../schema';
import { SEEDS } from '../sources';

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
    id: 'statsbudsjett',
    name: { nb: 'Bevilgning over statsbudsjettet', en: 'Direct appropriation in the state budget' },
    basis: 'ramme',
    source: { ref: S004, locator: 'L411-437' },
  },
  {
    id: 'ramme-region',
    name: { nb: 'Rammefinansiering av nye regioner (åpent i skissen)', en: 'Block grant to new regions (left open in the sketch)' },
    basis: 'ramme',
    source: { ref: S004, locator: 'L378-405' },
  },
  {
    id: 'delt-finansiering',
    name: { nb: 'Spleiselag mellom kommune og helseforetak', en: 'Shared budget of kommune and health trust' },
    basis: 'blandet',
    source: { ref: S003, locator: 'L5407-5414' },
  },
];

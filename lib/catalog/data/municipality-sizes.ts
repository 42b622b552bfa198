import type { MunicipalitySizes } from '../schema';

/**
 * Municipalities and inhabitants below each population threshold, 1 January 2024,
 * counted from per-municipality populations that sum to SSB's national total.
 */
export const municipalitySizes: MunicipalitySizes = {
  municipalities: 357,
  population: 5_550_203,
  year: 2024,
  source: {
    ref: 'https://github.com/aprestmo/norway-geodata',
    locator: 'kommunelisten for 2025 (versjon 97b15cd6), talt opp etter innbyggertall per 1.1.2024',
  },
  bands: [
    { threshold: 1_000, municipalitiesBelow: 23, populationBelow: 16_293 },
    { threshold: 2_000, municipalitiesBelow: 77, populationBelow: 96_034 },
    { threshold: 3_000, municipalitiesBelow: 129, populationBelow: 226_459 },
    { threshold: 5_000, municipalitiesBelow: 174, populationBelow: 404_200 },
    { threshold: 10_000, municipalitiesBelow: 244, populationBelow: 898_757 },
    { threshold: 15_000, municipalitiesBelow: 275, populationBelow: 1_279_157 },
    { threshold: 20_000, municipalitiesBelow: 291, populationBelow: 1_557_282 },
    { threshold: 30_000, municipalitiesBelow: 321, populationBelow: 2_295_718 },
    { threshold: 40_000, municipalitiesBelow: 331, populationBelow: 2_636_842 },
    { threshold: 50_000, municipalitiesBelow: 337, populationBelow: 2_914_226 },
    { threshold: 75_000, municipalitiesBelow: 345, populationBelow: 3_383_853 },
    { threshold: 100_000, municipalitiesBelow: 350, populationBelow: 3_824_546 },
    { threshold: 200_000, municipalitiesBelow: 354, populationBelow: 4_325_988 },
  ],
};

import type { Responsibility } from '../schema';
import { kommuneResponsibilities } from './responsibilities-kommune';
import { countyResponsibilities, specialistResponsibilities } from './responsibilities-specialist';

/**
 * All 32 cards (services a board places on a level), in baseline order:
 * kommune, specialist health service, fylkeskommune.
 */
export const responsibilities: Responsibility[] = [
  ...kommuneResponsibilities,
  ...specialistResponsibilities,
  ...countyResponsibilities,
];

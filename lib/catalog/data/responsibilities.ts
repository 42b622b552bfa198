import type { Responsibility } from '../schema';
import { kommuneResponsibilities } from './responsibilities-kommune';
import { countyResponsibilities, specialistResponsibilities } from './responsibilities-specialist';
import { structureKommuneResponsibilities, structureSpecialistResponsibilities } from './responsibilities-structures';

/**
 * All 37 cards (services, and two ways of paying, that a board places on a level), in baseline
 * order: kommune, specialist health service, fylkeskommune; each level's structures after its services.
 */
export const responsibilities: Responsibility[] = [
  ...kommuneResponsibilities,
  ...structureKommuneResponsibilities,
  ...specialistResponsibilities,
  ...structureSpecialistResponsibilities,
  ...countyResponsibilities,
];

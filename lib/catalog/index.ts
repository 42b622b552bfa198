import { catalogSchema, type Catalog } from './schema';
import { laws } from './data/laws';
import { financing } from './data/financing';
import { levels } from './data/levels';
import { responsibilities } from './data/responsibilities';
import { pathways } from './data/pathways';
import { stakeholders, positions } from './data/positions';
import { criteria } from './data/criteria';
import { municipalitySizes } from './data/municipality-sizes';
import { templates } from './data/templates';

/** Bumped whenever a figure, card, position or template changes; snapshots record it. */
export const CATALOG_VERSION = '2026.11.1';

/** The whole catalog as written; `catalog` below is the same data after schema validation. */
export const rawCatalog: Catalog = {
  version: CATALOG_VERSION,
  laws,
  financing,
  levels,
  responsibilities,
  pathways,
  stakeholders,
  positions,
  criteria,
  municipalitySizes,
  templates,
};

/** The validated catalog. Parsing at import makes a malformed entry fail every test at once. */
export const catalog: Catalog = catalogSchema.parse(rawCatalog);

export const levelByKind = (c: Catalog, kind: string) => c.levels.find((l) => l.kind === kind);
export const responsibilityById = (c: Catalog, id: string) => c.responsibilities.find((r) => r.id === id);

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
import { payerSplits, sectors } from './data/sectors';

/** Bumped whenever a figure, card, position or template changes; snapshots record it. */
export const CATALOG_VERSION = '2026.12.3';

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
  sectors,
  payerSplits,
};

/**
 * The catalog. It is checked against its schema by lib/catalog/schema.test.ts and by the
 * server when it starts (validateCatalog), not at import: the board page imports it too,
 * and parsing the whole catalog again on every page load cost the browser tens of ms.
 */
export const catalog: Catalog = rawCatalog;

/** Parses the catalog against its schema; throws with the failing path on a malformed entry. */
export const validateCatalog = (): Catalog => catalogSchema.parse(rawCatalog);

export const levelByKind = (c: Catalog, kind: string) => c.levels.find((l) => l.kind === kind);
export const responsibilityById = (c: Catalog, id: string) => c.responsibilities.find((r) => r.id === id);

import { describe, expect, it } from 'vitest';
import { boardCatalog, toBoardCatalog, type BoardCatalog } from './board';
import { catalog } from './index';

/** board-data.ts as it must read for the shipped catalog. */
const boardDataSource = (c: BoardCatalog) => `// Written by board.test.ts from the catalog (toBoardCatalog); do not edit by hand. After a change
// to the catalog, write it again with: npx vitest run lib/catalog/board.test.ts -u
import type { BoardCatalog } from './board';

/** The shipped catalog's board part; see boardCatalog in board.ts. */
export const boardCatalogData: BoardCatalog = ${JSON.stringify(c, null, 2)};
`;

describe('board catalog', () => {
  it('board-data.ts holds the shipped catalog’s board part (after a catalog change, run this file with -u)', async () => {
    await expect(boardDataSource(toBoardCatalog(catalog))).toMatchFileSnapshot('./board-data.ts');
    expect(boardCatalog).toEqual(toBoardCatalog(catalog));
  });

  it('keeps each card’s face: name, and the cost and staff figure or its gap, leaving glosses and notes to the whole catalog', () => {
    const fastlege = boardCatalog.responsibilities.find((r) => r.id === 'fastlege')!;
    const full = catalog.responsibilities.find((r) => r.id === 'fastlege')!;
    expect(fastlege.name).toEqual(full.name);
    expect(full.gloss.nb.length).toBeGreaterThan(0);
    expect(fastlege).not.toHaveProperty('gloss');
    expect(fastlege.figures.cost).toEqual({ value: 14_186_000_000, unit: 'NOK', year: 2023 });
    expect(fastlege.figures.staff).toEqual({ missing: 'no sourced figure' });
    expect(boardCatalog.responsibilities.map((r) => r.id)).toEqual(catalog.responsibilities.map((r) => r.id));
    expect(boardCatalog.levels.map((l) => l.kind)).toEqual(catalog.levels.map((l) => l.kind));
  });

  it('is a tenth of the whole catalog or less, the point of having it', () => {
    expect(JSON.stringify(boardCatalog).length * 10).toBeLessThan(JSON.stringify(catalog).length);
  });
});

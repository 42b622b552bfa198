import { describe, expect, it } from 'vitest';
import { catalog, rawCatalog } from './index';
import { checkCatalogReferences } from './references';
import { catalogSchema, figureOrMissingSchema, responsibilitySchema, sourceSchema } from './schema';

describe('catalog schema', () => {
  it('accepts the whole catalog and every cross-reference resolves', () => {
    expect(catalogSchema.safeParse(rawCatalog).success).toBe(true);
    expect(checkCatalogReferences(catalog)).toEqual([]);
  });

  it('has the sizes the board promises', () => {
    expect(catalog.responsibilities.length).toBeGreaterThanOrEqual(30);
    expect(catalog.pathways.length).toBeGreaterThanOrEqual(6);
    expect(catalog.positions.length).toBeGreaterThanOrEqual(25);
    expect(catalog.criteria.filter((c) => c.owner === 'utvalget')).toHaveLength(7);
    expect(catalog.criteria.filter((c) => c.owner === 'kdf')).toHaveLength(3);
    expect(catalog.levels.filter((l) => !l.preset).map((l) => l.kind)).toEqual(['kommune', 'fylkeskommune', 'spesialisthelsetjenesten']);
    expect(catalog.levels.filter((l) => l.preset).map((l) => l.kind).sort()).toEqual(['bindende-samarbeid', 'delt', 'forsikring', 'interkommunalt', 'region', 'stat']);
    expect(catalog.templates.length).toBeGreaterThanOrEqual(5);
  });

  it('draws positions from KS, Kdf and St.meld. 47', () => {
    const by = (s: string) => catalog.positions.filter((p) => p.stakeholder === s).length;
    expect(by('ks')).toBeGreaterThan(0);
    expect(by('kdf') + by('kommunedirektorer')).toBeGreaterThan(0);
    expect(by('stmeld47')).toBeGreaterThan(0);
  });

  it('counts one stance once: no actor has two positions on one card in one scope', () => {
    const keys = catalog.positions.map((p) => `${p.stakeholder}/${p.responsibility}/${p.scope}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('keeps every measure in the unit the engine adds up', () => {
    for (const r of catalog.responsibilities) {
      const { cost, staff, populationBase } = r.figures;
      if ('value' in cost) expect(cost.unit, r.id).toBe('NOK');
      if ('value' in staff) expect(staff.unit, r.id).toBe('arsverk');
      if ('value' in populationBase) expect(populationBase.unit, r.id).toBe('inhabitants');
    }
  });

  it('rejects a figure without a source, and says where', () => {
    const parsed = figureOrMissingSchema.safeParse({ value: 12, unit: 'NOK', year: 2023 });
    expect(parsed.success).toBe(false);
    const card = structuredClone(catalog.responsibilities[0]!);
    (card.figures as Record<string, unknown>).cost = { value: 1_000_000, unit: 'NOK', year: 2023 };
    const result = responsibilitySchema.safeParse(card);
    expect(result.success).toBe(false);
    expect(result.error?.issues.some((i) => i.path.join('.').startsWith('figures.cost'))).toBe(true);
  });

  it('rejects a seed citation without line numbers, accepts a URL with a locator', () => {
    expect(sourceSchema.safeParse({ ref: '002_4a1fd5a7b6c57900.txt', locator: 'kapittel 2' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ref: '002_4a1fd5a7b6c57900.txt', locator: 'L20-10' }).success).toBe(false);
    expect(sourceSchema.safeParse({ ref: '002_4a1fd5a7b6c57900.txt', locator: 'L10-20, L30' }).success).toBe(true);
    expect(sourceSchema.safeParse({ ref: 'https://www.ssb.no/x', locator: 'tabell 1' }).success).toBe(true);
  });

  it('reports a reference to an unknown card', () => {
    const broken = structuredClone(catalog);
    broken.positions[0]!.responsibility = 'finnes-ikke';
    expect(checkCatalogReferences(broken)).toContain(`position ${broken.positions[0]!.id}: unknown finnes-ikke`);
  });
});

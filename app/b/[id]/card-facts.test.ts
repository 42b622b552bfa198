import { describe, expect, it } from 'vitest';
import { catalog } from '@/lib/catalog';
import { boardCatalog } from '@/lib/catalog/board';
import { cardFacts } from './card-facts';

const none = { custom: [] };

describe('card faces', () => {
  it('show figures from the board’s part of the catalog, and the tooltips once the whole catalog is passed', () => {
    const early = cardFacts(none, null, boardCatalog, 'nb').get('fastlege')!;
    const full = cardFacts(none, null, catalog, 'nb').get('fastlege')!;
    // The faces are the same either way; only the tooltips wait for the whole catalog.
    expect(early.cost.text).toBe(full.cost.text);
    expect(early.staff.text).toBe(full.staff.text);
    expect(early.cost.title).toBe('');
    expect(full.cost.title).toBe(catalog.responsibilities.find((r) => r.id === 'fastlege')!.gloss.nb);
    // Fastlege has no sourced staff figure: the gap's note explains why, with the whole catalog.
    expect(early.staff).toMatchObject({ sourced: false, title: '' });
    expect(full.staff.title.length).toBeGreaterThan(0);
  });
});

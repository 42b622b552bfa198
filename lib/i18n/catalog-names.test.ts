import { describe, expect, it } from 'vitest';
import { catalog } from '../catalog';
import { cardName, levelLabels, levelName, namesFromInputs } from './catalog-names';

describe('catalog names', () => {
  it('picks the name by language and falls back to the id', () => {
    expect(levelName(catalog, 'stat', 'nb')).toBe('Staten');
    expect(levelName(catalog, 'stat', 'en')).toBe('The state');
    expect(levelName(catalog, 'nowhere', 'en')).toBe('nowhere');
    expect(cardName(catalog, 'fastlege', 'en')).toBe('Regular GP (fastlege)');
    expect(cardName(catalog, 'no-such-card', 'nb')).toBe('no-such-card');
  });

  it('names a card the catalog lacks from explanation inputs', () => {
    const others = namesFromInputs([{ label: 'Vårt eget kort', responsibility: 'eget-1' }, { label: 'uten kort' }]);
    expect(cardName(catalog, 'eget-1', 'en', others)).toBe('Vårt eget kort');
    expect(cardName(catalog, 'fastlege', 'nb', others)).toBe('Fastlege');
    expect(others.size).toBe(1);
  });

  it('adds the level id only where two columns share a kind', () => {
    const labels = levelLabels(
      [
        { level: 'kommune', kind: 'kommune' },
        { level: 'nord', kind: 'region' },
        { level: 'sor', kind: 'region' },
      ],
      catalog,
      'nb',
    );
    expect([...labels.values()]).toEqual(['Kommune', 'Folkevalgt region (nord)', 'Folkevalgt region (sor)']);
  });
});

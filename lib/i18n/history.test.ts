import { describe, expect, it } from 'vitest';
import { historyText } from './history';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('historyText', () => {
  it('uses the same placeholders in both languages', () => {
    for (const [key, nb] of Object.entries(historyText.nb)) {
      expect(placeholders(historyText.en![key as keyof typeof historyText.nb]), key).toEqual(placeholders(nb));
    }
  });

  it('keeps the Bokmål texts the end-to-end tests look for', () => {
    expect(historyText.nb['preview.banner']).toBe('Viser tavla slik den var {time} – kun visning');
    expect(historyText.nb['preview.back']).toBe('Tilbake til nå');
    expect(historyText.nb['slider.label']).toBe('Tidslinje');
    expect(historyText.nb['entry.created']).toBe('Tavla opprettet');
  });
});

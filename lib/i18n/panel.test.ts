import { describe, expect, it } from 'vitest';
import { panelText } from './panel';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('panelText', () => {
  it('uses the same placeholders in both languages', () => {
    for (const [key, nb] of Object.entries(panelText.nb)) {
      expect(placeholders(panelText.en![key as keyof typeof panelText.nb]), key).toEqual(placeholders(nb));
    }
  });

  it('keeps the Bokmål texts the end-to-end tests look for', () => {
    expect(panelText.nb['headline.moneyMoved']).toContain('Penger flyttet');
    expect(panelText.nb['explain.summary']).toBe('Hvordan beregnes dette?');
  });
});

import { describe, expect, it } from 'vitest';
import { packetText } from './packet';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('packetText', () => {
  it('uses the same placeholders in both languages', () => {
    for (const [key, nb] of Object.entries(packetText.nb)) {
      expect(placeholders(packetText.en![key as keyof typeof packetText.nb]), key).toEqual(placeholders(nb));
    }
  });

  it('keeps the Bokmål texts the end-to-end tests look for', () => {
    expect(packetText.nb['page.print']).toBe('Skriv ut / lagre som PDF');
    expect(packetText.nb['error.noToken']).toContain('Lenken mangler tilgangsnøkkel.');
    expect(packetText.nb['error.notFound']).toContain('Fant ikke forslaget.');
  });
});

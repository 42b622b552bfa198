import { describe, expect, it } from 'vitest';
import { historyText } from './history';
import { packetText } from './packet';
import { panelText } from './panel';

// Placeholders and English keys of every dictionary are checked in english.test.ts; these are
// the Bokmål texts the end-to-end tests find elements by, so a rewording fails here first.
describe('the Bokmål texts the end-to-end tests look for', () => {
  it('history', () => {
    expect(historyText.nb['preview.banner']).toBe('Viser tavla slik den var {time} – kun visning');
    expect(historyText.nb['preview.back']).toBe('Tilbake til nå');
    expect(historyText.nb['slider.label']).toBe('Tidslinje');
    expect(historyText.nb['entry.created']).toBe('Tavla opprettet');
  });

  it('decision packet', () => {
    expect(packetText.nb['page.print']).toBe('Skriv ut / lagre som PDF');
    expect(packetText.nb['error.noToken']).toContain('Lenken mangler tilgangsnøkkel.');
    expect(packetText.nb['error.notFound']).toContain('Fant ikke forslaget.');
  });

  it('consequence panel', () => {
    expect(panelText.nb['headline.moneyMoved']).toContain('Penger flyttet');
    expect(panelText.nb['explain.summary']).toBe('Hvordan beregnes dette?');
  });
});

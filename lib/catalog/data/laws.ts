import type { Law } from '../schema';

/** The acts that assign health and care duties to a level (texts on Lovdata). */
export const laws: Law[] = [
  {
    id: 'hol',
    name: 'Lov om kommunale helse- og omsorgstjenester m.m. (helse- og omsorgstjenesteloven)',
    short: 'helse- og omsorgstjenesteloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30', locator: 'LOV-2011-06-24-30' },
  },
  {
    id: 'sphl',
    name: 'Lov om spesialisthelsetjenesten m.m. (spesialisthelsetjenesteloven)',
    short: 'spesialisthelsetjenesteloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-61', locator: 'LOV-1999-07-02-61' },
  },
  {
    id: 'thl',
    name: 'Lov om tannhelsetjenesten (tannhelsetjenesteloven)',
    short: 'tannhelsetjenesteloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1983-06-03-54', locator: 'LOV-1983-06-03-54' },
  },
  {
    id: 'fhl',
    name: 'Lov om folkehelsearbeid (folkehelseloven)',
    short: 'folkehelseloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2011-06-24-29', locator: 'LOV-2011-06-24-29' },
  },
  {
    id: 'hfl',
    name: 'Lov om helseforetak m.m. (helseforetaksloven)',
    short: 'helseforetaksloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2001-06-15-93', locator: 'LOV-2001-06-15-93' },
  },
  {
    id: 'pbrl',
    name: 'Lov om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)',
    short: 'pasient- og brukerrettighetsloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-63', locator: 'LOV-1999-07-02-63' },
  },
  {
    id: 'koml',
    name: 'Lov om kommuner og fylkeskommuner (kommuneloven)',
    short: 'kommuneloven',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2018-06-22-83', locator: 'LOV-2018-06-22-83' },
  },
];

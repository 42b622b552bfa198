import type { Law } from '../schema';

/**
 * The acts that assign health and care duties, set up the bodies that hold them, or pay for
 * them (texts on Lovdata). `role` says how moving a card can touch the act (see the schema).
 */
export const laws: Law[] = [
  {
    id: 'hol',
    name: 'Lov om kommunale helse- og omsorgstjenester m.m. (helse- og omsorgstjenesteloven)',
    short: 'helse- og omsorgstjenesteloven',
    role: 'duty',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2011-06-24-30', locator: 'LOV-2011-06-24-30' },
  },
  {
    id: 'sphl',
    name: 'Lov om spesialisthelsetjenesten m.m. (spesialisthelsetjenesteloven)',
    short: 'spesialisthelsetjenesteloven',
    role: 'duty',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-61', locator: 'LOV-1999-07-02-61' },
  },
  {
    // § 1-2 defines psykisk helsevern as the specialist health service's examination and treatment,
    // so the act follows specialist care, not the body that runs it.
    id: 'phvl',
    name: 'Lov om etablering og gjennomføring av psykisk helsevern (psykisk helsevernloven)',
    short: 'psykisk helsevernloven',
    role: 'care',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-62', locator: 'LOV-1999-07-02-62, § 1-2' },
  },
  {
    id: 'thl',
    name: 'Lov om tannhelsetjenesten (tannhelsetjenesteloven)',
    short: 'tannhelsetjenesteloven',
    role: 'duty',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1983-06-03-54', locator: 'LOV-1983-06-03-54' },
  },
  {
    id: 'fhl',
    name: 'Lov om folkehelsearbeid (folkehelseloven)',
    short: 'folkehelseloven',
    role: 'duty',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2011-06-24-29', locator: 'LOV-2011-06-24-29' },
  },
  {
    id: 'hfl',
    name: 'Lov om helseforetak m.m. (helseforetaksloven)',
    short: 'helseforetaksloven',
    role: 'form',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2001-06-15-93', locator: 'LOV-2001-06-15-93' },
  },
  {
    // Chapter 5 pays fee refunds (takster) for fastleger, avtalefysioterapeuter and avtalespesialister.
    id: 'ftrl',
    name: 'Lov om folketrygd (folketrygdloven)',
    short: 'folketrygdloven',
    role: 'refund',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1997-02-28-19', locator: 'LOV-1997-02-28-19, kapittel 5' },
  },
  {
    id: 'pbrl',
    name: 'Lov om pasient- og brukerrettigheter (pasient- og brukerrettighetsloven)',
    short: 'pasient- og brukerrettighetsloven',
    role: 'rights',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/1999-07-02-63', locator: 'LOV-1999-07-02-63' },
  },
  {
    id: 'koml',
    name: 'Lov om kommuner og fylkeskommuner (kommuneloven)',
    short: 'kommuneloven',
    role: 'governance',
    source: { ref: 'https://lovdata.no/dokument/NL/lov/2018-06-22-83', locator: 'LOV-2018-06-22-83' },
  },
];

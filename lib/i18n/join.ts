import type { Dictionary } from './index';

// Reaching a board through a link: the join form and what the page says when a link does not
// work. tests/e2e/join-grant.spec.ts and others match the join button and the link-replaced
// headline, so change those together with tests/e2e.
const nb = {
  'page.home': 'Til forsiden',

  'link.missing': 'Lenken mangler tilgangsnøkkel.',
  'link.missingHelp': 'Bruk hele lenken du fikk av tilretteleggeren, med alt etter #.',
  'link.invalid': 'Lenken virker ikke: {reason}',
  'link.revoked': 'Lenken er trukket tilbake eller utløpt.',
  'link.unknownBoard': 'Fant ingen tavle med denne lenken.',
  'link.help': 'Be tilretteleggeren om en ny lenke til tavla.',
  'link.network': 'Fikk ikke kontakt med serveren. Sjekk nettet og prøv igjen.',
  'link.retry': 'Prøv igjen',
  'link.unavailable': 'Tavla kunne ikke lastes akkurat nå. Prøv igjen om litt.',
  'link.replaced': 'Lenken din er byttet ut.',
  'link.replacedHelp': 'Tilretteleggeren har laget en ny lenke for rollen din, og den gamle virker ikke lenger. Be tilretteleggeren om den nye lenken.',
  'link.deleted': 'Denne tavla er slettet',
  'link.deletedHelp': 'Tavla er slettet med alt som var på den, og den kan ikke hentes tilbake.',

  'join.heading': 'Bli med på «{title}»',
  'join.intro': 'Navnet og organisasjonen vises for de andre på tavla. Du kommer inn som {role}.',
  'join.name': 'Navn',
  'join.organisation': 'Organisasjon',
  'join.organisationHint': 'For eksempel KS, en kommune, et helseforetak eller en profesjonsforening.',
  'join.submit': 'Bli med',
  'join.busy': 'Kobler til …',
  'join.nameRequired': 'Skriv inn navnet ditt.',
  'join.failed': 'Kunne ikke bli med: {reason}',
} as const;

/** The join form's and the link problems' strings in Bokmål; English in en/join.ts. */
export const joinText: Dictionary<typeof nb> = { nb };

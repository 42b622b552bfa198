import type { Dictionary } from './index';

// Sign-in with the server's identity provider: the verified badge, the home page's start form,
// the join form and the facilitator's setting. tests/e2e/sign-in.spec.ts matches the sign-in
// links, the badge and the join button, so change those together with it.
const nb = {
  'badge.text': 'verifisert',
  'badge.label': 'Verifisert: navnet kommer fra innlogging via {provider}, ikke fra det personen skrev selv',
  'badge.labelAnyProvider': 'Verifisert: navnet kommer fra innlogging, ikke fra det personen skrev selv',

  'home.signIn': 'Logg inn for å starte en tavle',
  'home.signInHint': 'På denne serveren kan bare innloggede starte tavler.',
  'home.signedInAs': 'Innlogget som {name}',
  'home.signOut': 'Logg ut',
  'home.checking': 'Sjekker innlogging …',

  'join.signIn': 'Logg inn',
  'join.signInOffer': 'Du kan logge inn, så vises navnet og organisasjonen din som verifisert.',
  'join.signInFacilitator': 'Fasilitatorer må logge inn for å bli med.',
  'join.signInBoard': 'Denne tavla krever innlogging.',
  'join.signedIn': 'Du er logget inn. Navn og organisasjon kommer fra innloggingen:',
  'join.signOut': 'Logg ut',

  'control.heading': 'Innlogging',
  'control.required': 'Deltakerne må logge inn',
  'control.hint': 'Når dette er på, kan bare innloggede bli med på tavla. De som allerede er med, beholder plassen.',
  'control.failed': 'Kunne ikke endre innstillingen: {reason}',
} as const;

/** Sign-in's strings in Bokmål; English in en/sign-in.ts. */
export const signInText: Dictionary<typeof nb> = { nb };

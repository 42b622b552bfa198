import type { English } from '../index';
import type { signInText } from '../sign-in';

/** Sign-in's strings in English, with exactly the Bokmål keys. */
export const signInEn = {
  'badge.text': 'verified',
  'badge.label': 'Verified: the name comes from a sign-in through {provider}, not from what the person typed',
  'badge.labelAnyProvider': 'Verified: the name comes from a sign-in, not from what the person typed',

  'home.signIn': 'Sign in to start a board',
  'home.signInHint': 'On this server only signed-in people can start boards.',
  'home.signedInAs': 'Signed in as {name}',
  'home.signOut': 'Sign out',
  'home.checking': 'Checking sign-in …',

  'join.signIn': 'Sign in',
  'join.signInOffer': 'You can sign in, so your name and organisation show as verified.',
  'join.signInFacilitator': 'Facilitators must sign in to join.',
  'join.signInBoard': 'This board requires sign-in.',
  'join.signedIn': 'You are signed in. Name and organisation come from the sign-in:',
  'join.signOut': 'Sign out',

  'control.heading': 'Sign-in',
  'control.required': 'Participants must sign in',
  'control.hint': 'When this is on, only signed-in people can join the board. Those already in keep their place.',
  'control.failed': 'Could not change the setting: {reason}',
} satisfies English<typeof signInText>;

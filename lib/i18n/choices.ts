import type { Dictionary } from './index';

// The board's open-question controls; the questions and answers themselves live in lib/choices.ts.
const nb = {
  'choice.open': 'Åpent spørsmål i kildene: tavla regner det ikke som avgjort.',
  'choice.settled': 'Valgt på tavla, ikke i kildene.',
  'choice.asked': 'Spørsmålet stilles i',
  'choice.heading': 'Valg tavla har gjort',
  'choice.none': 'Ingen: alle åpne spørsmål står åpne.',
} as const;

/** Texts around the board's choices on open questions in Bokmål; English in en/choices.ts. */
export const choicesText: Dictionary<typeof nb> = { nb };

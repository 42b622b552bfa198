import type { Dictionary } from './index';

// The board's open-question controls; the questions and answers themselves live in lib/choices.ts.
const nb = {
  'choice.open': 'Åpent spørsmål i kildene: tavla regner det ikke som avgjort.',
  'choice.settled': 'Valgt på tavla, ikke i kildene.',
  'choice.asked': 'Spørsmålet stilles i',
  'choice.heading': 'Valg tavla har gjort',
  'choice.none': 'Ingen: alle åpne spørsmål står åpne.',
} as const;

/** Texts around the board's choices on open questions: Bokmål, and English with the same keys. */
export const choicesText = {
  nb,
  en: {
    'choice.open': 'An open question in the sources: the board does not count it as settled.',
    'choice.settled': 'Chosen on the board, not in the sources.',
    'choice.asked': 'The question is asked in',
    'choice.heading': 'Choices the board has made',
    'choice.none': 'None: every open question stays open.',
  },
} satisfies Dictionary<typeof nb>;

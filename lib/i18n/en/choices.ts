import type { English } from '../index';
import type { choicesText } from '../choices';

/** Texts around the board's choices on open questions in English, with exactly the Bokmål keys. */
export const choicesEn = {
  'choice.open': 'An open question in the sources: the board does not count it as settled.',
  'choice.settled': 'Chosen on the board, not in the sources.',
  'choice.asked': 'The question is asked in',
  'choice.heading': 'Choices the board has made',
  'choice.none': 'None: every open question stays open.',
} satisfies English<typeof choicesText>;

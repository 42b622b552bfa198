import type { Dictionary } from './index';

// The menus for the people on the board: the list of everyone and one person's menu, with
// following them.
const nb = {
  'people.list': 'Alle på tavla, sortert etter navn',
  'people.follow': 'Følg {name}',
  'people.unfollow': 'Slutt å følge {name}',

  'follow.follow': 'Følg',
  'follow.unfollow': 'Slutt å følge',
  'follow.menu': 'Valg for {name}',
} as const;

/** The people menus' strings in Bokmål; English in en/people.ts. */
export const peopleText: Dictionary<typeof nb> = { nb };

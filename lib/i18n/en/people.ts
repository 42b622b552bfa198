import type { English } from '../index';
import type { peopleText } from '../people';

/** The people menus' strings in English, with exactly the Bokmål keys. */
export const peopleEn = {
  'people.list': 'Everyone on the board, sorted by name',
  'people.follow': 'Follow {name}',
  'people.unfollow': 'Stop following {name}',

  'follow.follow': 'Follow',
  'follow.unfollow': 'Stop following',
  'follow.menu': 'Options for {name}',
} satisfies English<typeof peopleText>;

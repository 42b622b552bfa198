import type { Dictionary } from './index';

// What a running workshop shows on the board itself: the lock and follow banners and the
// countdown. tests/e2e/workshop.spec.ts matches the banners, so change them together.
const nb = {
  'lock.banner': 'Tilretteleggeren har låst tavla. Kort kan ikke flyttes før den låses opp.',
  'lock.bannerFacilitator': 'Tavla er låst: bare tilretteleggere kan endre den nå.',

  'timer.idle': 'Ingen nedtelling',
  'timer.running': 'Nedtelling: {time} igjen',
  'timer.paused': 'Nedtelling på pause: {time} igjen',
  'timer.done': 'Tiden er ute',
  'timer.sound': 'Lyd når tiden er ute',
  'timer.soundHint': 'Gjelder bare denne enheten',

  'follow.banner': 'Du følger {name}',
  'follow.away': '{name} er ikke på tavla akkurat nå.',
  'follow.stop': 'Slutt å følge',
} as const;

/** The workshop banners' and the countdown's strings in Bokmål; English in en/workshop-banners.ts. */
export const workshopBannersText: Dictionary<typeof nb> = { nb };

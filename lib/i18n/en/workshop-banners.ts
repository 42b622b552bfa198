import type { English } from '../index';
import type { workshopBannersText } from '../workshop-banners';

/** The workshop banners' and the countdown's strings in English, with exactly the Bokmål keys. */
export const workshopBannersEn = {
  'lock.banner': 'The facilitator has locked the board. Cards cannot be moved until it is unlocked.',
  'lock.bannerFacilitator': 'The board is locked: only facilitators can change it now.',

  'timer.idle': 'No countdown',
  'timer.running': 'Countdown: {time} left',
  'timer.paused': 'Countdown paused: {time} left',
  'timer.done': 'Time is up',
  'timer.sound': 'Sound when time is up',
  'timer.soundHint': 'Only on this device',

  'follow.banner': 'You are following {name}',
  'follow.away': '{name} is not on the board right now.',
  'follow.stop': 'Stop following',
} satisfies English<typeof workshopBannersText>;

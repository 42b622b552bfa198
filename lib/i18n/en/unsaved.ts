import type { English } from '../index';
import type { unsavedText } from '../unsaved';

/** The unsaved-change messages in English, with exactly the Bokmål keys. */
export const unsavedEn = {
  'dropped.locked': 'The board is locked – your change was not saved',
  'dropped.lockedHelp': 'The board is shown as it is saved. You can change it again once the facilitator unlocks it.',
  'dropped.reloaded': 'The board was loaded again – changes that were not saved have been discarded',
  'dropped.dismiss': 'Close the message',

  'problem.4413': 'The board is full, or the change was too large. It was not saved.',
  'problem.4422': 'The change breaks the board’s limits, so it was not saved.',
  'problem.reload': 'Load the board again',
  'problem.reloadHelp': 'Changes that were not saved are then discarded, and you can go on.',
  'problem.facilitator': 'You can make room by cleaning up the board: “Clean up board” in the Workshop tab.',
  'problem.openClean': 'Go to Clean up board',
  'problem.others': 'Ask the facilitator to clean up the board.',
} satisfies English<typeof unsavedText>;

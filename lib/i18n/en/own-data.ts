import type { English } from '../index';
import type { ownDataText } from '../own-data';

/** The own-data dialog's strings in English, with exactly the Bokmål keys. */
export const ownDataEn = {
  'open': 'My data',
  'openHint': 'See and erase what the board keeps about you',
  'heading': 'My data on this board',
  'intro': 'This is everything the board keeps about you. Who is present right now is not stored.',
  'loading': 'Fetching your data …',
  'close': 'Close',
  'problem': 'Could not fetch your data: {reason}',

  'you.heading': 'You as a participant',
  'you.none': 'The board has not stored you as a participant.',
  'you.name': 'Name',
  'you.organisation': 'Organisation',
  'you.role': 'Role',
  'you.joined': 'Joined',

  'comments.heading': 'Your comments',
  'comments.empty': 'You have not written any comments.',
  'comments.removed': 'deleted',

  'answers.heading': 'Your answers in rating rounds',
  'answers.empty': 'You have not answered in any rating round.',
  'answers.revealed': 'results shown',
  'answers.hidden': 'results not shown',
  'answers.unknown': 'do not know',

  'history.heading': 'History entries that name you',
  'history.empty': 'The history does not name you.',
  'history.entry': 'Change no. {seq}',

  'proposals.heading': 'Saved proposals holding something of yours',
  'proposals.empty': 'No saved proposal holds anything of yours.',
  'proposals.savedBy': 'you saved it',
  'proposals.threads': 'threads you started: {count}',
  'proposals.cards': 'custom cards with your name: {count}',

  'cards.heading': 'Custom cards with your name',
  'cards.empty': 'No custom card has your name.',

  'elsewhere': 'on a group board or the main board',

  'erase.button': 'Erase what I wrote',
  'erase.confirmHeading': 'Erase what you wrote?',
  'erase.confirmText':
    'Your comments stay in place as "deleted" with no text, your name and organisation are removed everywhere on the board (custom cards and saved proposals included, where the threads you started also stay as "deleted"), and your answers in rounds not yet shown are deleted. In rounds already shown the counts stay, but without your name and reason. This cannot be undone.',
  'erase.yes': 'Yes, erase',
  'erase.cancel': 'Cancel',
  'erase.busy': 'Erasing …',
  'erase.done': 'Erased: {comments} comments, {answers} answers removed, {unlinked} answers made anonymous, {history} history entries, {proposals} saved proposals, {cards} custom cards.',
  'erase.nothing': 'There was nothing left to erase.',
  'erase.failed': 'Erasing did not work: {reason}',

  'erased.name': 'deleted participant',
  'erased.comment': 'Comment deleted',
} satisfies English<typeof ownDataText>;

import type { English } from '../index';
import type { ownDataText } from '../own-data';

/** The own-data dialog's strings in English, with exactly the Bokmål keys. */
export const ownDataEn = {
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

  'notices.heading': 'Notifications and email',
  'notices.address': 'Email address',
  'notices.noAddress': 'You have not given an email address.',
  'notices.confirmed': 'confirmed',
  'notices.unconfirmed': 'not confirmed',
  'notices.lang': 'Language of the emails',
  'notices.lang.nb': 'Norwegian Bokmål',
  'notices.lang.en': 'English',
  'notices.wants': 'You asked for',
  'notices.instant': 'an email for each notification',
  'notices.digest': 'a daily summary',
  'notices.neither': 'no emails',
  'notices.count': 'Notifications for you: {count}',
  'notices.empty': 'You have no notifications.',
  'notices.mention': 'You were mentioned',
  'notices.answer': 'An answer in a thread you follow',
  'notices.read': 'read',
  'notices.unread': 'unread',
  'notices.emails': 'Emails to you: {pending} waiting, {sent} sent, {unsent} not sent.',
  'notices.noEmails': 'No emails have been queued for you.',
  'notices.kept': 'The emails themselves are not stored. For each email, its kind, when it was queued and whether it was sent are kept.',

  'erase.button': 'Erase what I wrote',
  'erase.confirmHeading': 'Erase what you wrote?',
  'erase.confirmText':
    'Your comments stay in place as "deleted" with no text, your name and organisation are removed everywhere on the board (custom cards and saved proposals included, where the threads you started also stay as "deleted"), and your answers in rounds not yet shown are deleted. In rounds already shown the counts stay, but without your name and reason. Your email address, your notifications and emails waiting to be sent are deleted too. This cannot be undone.',
  'erase.yes': 'Yes, erase',
  'erase.cancel': 'Cancel',
  'erase.busy': 'Erasing …',
  'erase.done': 'Erased: {comments} comments, {answers} answers removed, {unlinked} answers made anonymous, {history} history entries, {proposals} saved proposals, {cards} custom cards.',
  'erase.nothing': 'There was nothing left to erase.',
  'erase.failed': 'Erasing did not work: {reason}',

} satisfies English<typeof ownDataText>;

import type { English } from '../index';
import type { historyText } from '../history';

/** Every string of the history tab and the read-only view of an earlier moment, in English. */
export const historyEn = {
  'panel.heading': 'History',
  'panel.intro': 'Every change to the board, newest first. Choose a moment to see the board as it was then.',
  'panel.refresh': 'Refresh',
  'panel.loading': 'Loading the history …',
  'panel.empty': 'No changes have been recorded yet.',
  'panel.error': 'Could not load the history: {reason}',
  'panel.retry': 'Try again',
  'panel.stale': 'The history may be out of date: {reason}',
  'panel.network': 'could not reach the server',

  'slider.label': 'Timeline',
  'slider.now': 'Now',
  'slider.at': '{time}, change {index} of {count}',

  'entry.created': 'Board created',
  'entry.server': 'The board',
  'entry.more': '… and {count} more changes',
  'entry.show': 'Show the board as it was at {time}',
  'entry.shown': 'shown',

  'change.move': '{card}: {from} → {to}',
  'change.levelAdded': 'New level: {level}',
  'change.levelRemoved': 'Level removed: {level}',
  'change.levelRenamed': 'Level renamed: {from} → {to}',
  'change.cardAdded': 'Own card added: {card}',
  'change.cardRemoved': 'Own card removed: {card}',

  'preview.banner': 'Showing the board as it was at {time} – view only',
  'preview.back': 'Back to now',
  'preview.label': 'The board as it was at {time}',
  'preview.escape': 'Esc returns to now.',
  'preview.headlines': 'Consequences then',
  'preview.invalid': 'The consequences cannot be computed for this moment with today’s catalog.',
  'preview.empty': 'No cards',
} satisfies English<typeof historyText>;

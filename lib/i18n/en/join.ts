import type { English } from '../index';
import type { joinText } from '../join';

/** The join form's and the link problems' strings in English, with exactly the Bokmål keys. */
export const joinEn = {
  'page.home': 'Home',

  'link.missing': 'The link has no access key.',
  'link.missingHelp': 'Use the whole link the facilitator gave you, including everything after #.',
  'link.invalid': 'The link does not work: {reason}',
  'link.revoked': 'The link has been revoked or has expired.',
  'link.unknownBoard': 'No board matches this link.',
  'link.help': 'Ask the facilitator for a new link to the board.',
  'link.network': 'Could not reach the server. Check the network and try again.',
  'link.retry': 'Try again',
  'link.unavailable': 'The board could not be loaded just now. Try again in a little while.',
  'link.replaced': 'Your link has been replaced.',
  'link.replacedHelp': 'The facilitator made a new link for your role, and the old one no longer works. Ask the facilitator for the new link.',
  'link.deleted': 'This board has been deleted',
  'link.deletedHelp': 'The board has been deleted, with everything that was on it. It cannot be brought back.',

  'join.heading': 'Join “{title}”',
  'join.intro': 'Your name and organisation are shown to the others on the board. You join as {role}.',
  'join.name': 'Name',
  'join.organisation': 'Organisation',
  'join.organisationHint': 'For example KS, a municipality, a hospital trust or a professional association.',
  'join.submit': 'Join',
  'join.busy': 'Connecting …',
  'join.nameRequired': 'Enter your name.',
  'join.failed': 'Could not join: {reason}',
} satisfies English<typeof joinText>;

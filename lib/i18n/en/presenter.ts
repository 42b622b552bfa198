import type { English } from '../index';
import type { presenterText } from '../presenter';

/** The presenter view's and the presenter link's strings in English. */
export const presenterEn = {
  'connection.connecting': 'Connecting …',
  'connection.offline': 'Disconnected – retrying',
  'connection.refused': 'Refused',
  'connection.closed': 'Disconnected',
  'refused.title': 'The presenter view may no longer show the board: {reason}.',
  'refused.help': 'Open the presenter view again from the Workshop tab on the board.',

  'latest.label': 'Latest change',
  'latest.none': 'Moves show here.',
  'latest.moved': '{card} moved to {level}',
  'latest.movedBy': '{name} moved {card} to {level}',
  'latest.movedMany': '{count} cards moved, among them {card} to {level}',
  'latest.movedManyBy': '{name} moved {count} cards, among them {card} to {level}',
  'latest.mover': '{name} ({organisation})',

  'figure.noCost': 'NOK –',
  'figure.noStaff': '– FTEs',

  'link.preparing': 'Preparing the presenter view …',
  'link.failed': 'Could not make a link to the presenter view. {reason}',
  'link.retry': 'Try again',
  'link.own': 'The presenter view has its own access: it keeps working when the participant links are replaced.',
  'link.revoke': 'Close the presenter views',
  'link.revokeConfirm': 'Every open presenter view of this board closes, and the links to them stop working. The link above becomes a new one.',
  'link.revokeYes': 'Yes, close them',
  'link.revokeNo': 'Cancel',
  'link.revoked': 'The presenter views are closed. The link above is new.',
  'link.revokeFailed': 'Could not close the presenter views. {reason}',
} satisfies English<typeof presenterText>;

import type { English } from '../index';
import type { offlineText } from '../offline';

/** The offline mark's texts in English, with exactly the Bokmål keys. */
export const offlineEn = {
  'offline.copy': 'Offline – showing the copy of the board kept on this device. Your changes are saved here and sent when the network is back.',
  'offline.noCopy': 'Offline – this device keeps no copy of the board, so it updates once the network is back.',
  'offline.plain': 'Offline – the board updates once the network is back.',
} satisfies English<typeof offlineText>;

import type { Dictionary } from './index';

// The board page's mark while the browser is offline (app/b/[id]/offline-shell.tsx).
// tests/e2e/offline-reload.spec.ts matches "Frakoblet – viser kopien av tavla på denne enheten";
// change them together.
const nb = {
  'offline.copy': 'Frakoblet – viser kopien av tavla på denne enheten. Endringene dine lagres her og sendes når nettet er tilbake.',
  'offline.noCopy': 'Frakoblet – denne enheten har ingen kopi av tavla, så den oppdateres først når nettet er tilbake.',
  'offline.plain': 'Frakoblet – tavla oppdateres når nettet er tilbake.',
} as const;

/** The offline mark's texts in Bokmål; English in en/offline.ts. */
export const offlineText: Dictionary<typeof nb> = { nb };

import type { Dictionary } from './index';

// Bokmål is the source text; tests/e2e/history.spec.ts matches some of it ("Historikk",
// "Tilbake til nå", "Tidslinje", "Viser tavla slik den var"), so change those together.
const nb = {
  'panel.heading': 'Historikk',
  'panel.intro': 'Hver endring på tavla, nyeste først. Velg et tidspunkt for å se tavla slik den var da.',
  'panel.refresh': 'Oppdater',
  'panel.loading': 'Henter historikken …',
  'panel.empty': 'Ingen endringer er registrert ennå.',
  'panel.error': 'Kunne ikke hente historikken: {reason}',
  'panel.retry': 'Prøv igjen',
  'panel.stale': 'Historikken kan være utdatert: {reason}',
  'panel.network': 'fikk ikke kontakt med serveren',

  'slider.label': 'Tidslinje',
  'slider.now': 'Nå',
  'slider.at': '{time}, endring {index} av {count}',

  'entry.created': 'Tavla opprettet',
  'entry.server': 'Tavla',
  'entry.more': '… og {count} endringer til',
  'entry.show': 'Vis tavla slik den var {time}',
  'entry.shown': 'vises',

  'change.move': '{card}: {from} → {to}',
  'change.levelAdded': 'Nytt nivå: {level}',
  'change.levelRemoved': 'Nivå fjernet: {level}',
  'change.levelRenamed': 'Nivå omdøpt: {from} → {to}',
  'change.cardAdded': 'Eget kort lagt til: {card}',
  'change.cardRemoved': 'Eget kort fjernet: {card}',

  'preview.banner': 'Viser tavla slik den var {time} – kun visning',
  'preview.back': 'Tilbake til nå',
  'preview.label': 'Tavla slik den var {time}',
  'preview.escape': 'Esc går tilbake til nå.',
  'preview.headlines': 'Konsekvenser da',
  'preview.invalid': 'Konsekvensene kan ikke regnes ut for dette tidspunktet med dagens katalog.',
  'preview.empty': 'Ingen kort',
} as const;

/** Every string of the history tab and the read-only view of an earlier moment, in Bokmål and English. */
export const historyText = {
  nb,
  en: {
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
  },
} satisfies Dictionary<typeof nb>;

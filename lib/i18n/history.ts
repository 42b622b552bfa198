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

/** Every string of the history tab and the read-only view of an earlier moment, in Bokmål; English in en/history.ts. */
export const historyText: Dictionary<typeof nb> = { nb };

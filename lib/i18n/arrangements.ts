import type { Dictionary } from './index';

// Strings for arrangements (model 4): the column header, the per-arrangement table in the
// consequence panel and the packet, and the lists in proposals and compare.
const nb = {
  'header.shown': 'Ordning: {name}',
  'header.set': 'Ordning',
  'header.setTitle': 'Knytt kolonnen til en ordning, for eksempel et fagområde eller en landsdel',
  'header.label': 'Ordning for {level}',
  'header.hint': 'Kolonner med samme ordning regnes sammen. Tomt felt tar kolonnen ut av ordningen.',

  'table.heading': 'Per ordning',
  'table.intro': 'Hver ordning er kolonnene som har samme ordning. Tallene gjelder kortene som ligger der: penger og årsverk som flyttes dit, overganger der pasienten kommer inn i ordningen, posisjoner om kortene og lover som berøres. Sum per ordning blir tavlas tall, år for år; en lov teller i hver ordning den berører, så tavla teller hver lov én gang.',
  'table.arrangement': 'Ordning',
  'table.moved': 'Kort flyttet',
  'table.between': 'Penger til ny betaler',
  'table.within': 'Omorganisert',
  'table.shared': 'Til delt budsjett',
  'table.open': 'Betaler ikke avklart',
  'table.staff': 'Årsverk flyttet',
  'table.handoffs': 'Overganger',
  'table.contradicted': 'Posisjoner brutt',
  'table.acts': 'Lover',
  'table.total': 'Hele tavla',
  'table.none': 'Uten ordning',
  'table.noFigure': 'minst; {count} uten tall',
  'table.caption': 'Konsekvenser per ordning og for hele tavla',

  'list.heading': 'Ordninger',
  'list.item': '{name}: {levels}',
} as const;

/** Arrangement strings in Bokmål; English in en/arrangements.ts. */
export const arrangementsText: Dictionary<typeof nb> = { nb };

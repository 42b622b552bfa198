import type { Dictionary } from './index';

// The board's forms that open from a button: a new task of one's own (the custom card) and a
// level's new name. End-to-end tests match the custom card form's labels and messages and the
// rename form's buttons, so change those together with tests/e2e.
const nb = {
  'column.renameLabel': 'Nytt navn på {level}',
  'column.save': 'Lagre',
  'column.cancel': 'Avbryt',

  'custom.heading': 'Ny oppgave på tavla',
  'custom.name': 'Navn på oppgaven',
  'custom.level': 'Nivå',
  'custom.cost': 'Kostnad i kroner (antakelse, valgfri)',
  'custom.staff': 'Årsverk (antakelse, valgfri)',
  'custom.note': 'Begrunnelse eller kilde (valgfri)',
  'custom.submit': 'Legg til',
  'custom.hint': 'Tallene vises som antakelser med ditt navn, ikke som kildebelagte tall.',
  'custom.costRange': 'Beløpet må være mellom 0 og {max}. Skriv det i hele kroner.',
  'custom.staffRange': 'Årsverk må være mellom 0 og {max}.',
  'custom.notNumber': 'Skriv et tall, for eksempel 2500000 eller 12,5.',
  'custom.nameRequired': 'Gi oppgaven et navn.',
  'custom.tooMany': 'Tavla har allerede {max} egne oppgaver, som er det meste den kan ha.',
  'custom.failed': 'Oppgaven ble ikke lagt til.',
} as const;

/** The board's forms' strings in Bokmål; English in en/board-forms.ts. */
export const boardFormsText: Dictionary<typeof nb> = { nb };

import type { English } from '../index';
import type { boardFormsText } from '../board-forms';

/** The board's forms' strings in English, with exactly the Bokmål keys. */
export const boardFormsEn = {
  'column.renameLabel': 'New name for {level}',
  'column.save': 'Save',
  'column.cancel': 'Cancel',

  'custom.heading': 'New responsibility on the board',
  'custom.name': 'Name of the responsibility',
  'custom.level': 'Level',
  'custom.cost': 'Cost in NOK (assumption, optional)',
  'custom.staff': 'FTEs (assumption, optional)',
  'custom.note': 'Reason or source (optional)',
  'custom.submit': 'Add',
  'custom.hint': 'The figures are shown as assumptions under your name, not as sourced figures.',
  'custom.costRange': 'The amount must be between 0 and {max}. Enter it in whole kroner.',
  'custom.staffRange': 'FTEs must be between 0 and {max}.',
  'custom.notNumber': 'Enter a number, for example 2500000 or 12.5.',
  'custom.nameRequired': 'Give the responsibility a name.',
  'custom.tooMany': 'The board already has {max} responsibilities of its own, the most it can hold.',
  'custom.failed': 'The responsibility was not added.',
} satisfies English<typeof boardFormsText>;

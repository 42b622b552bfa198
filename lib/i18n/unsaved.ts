import type { Dictionary } from './index';

// Why a change was not saved, and what to do next: the message after the server turned a change
// away and the problem shown when the board is full or a change breaks its limits. End-to-end
// tests match the headlines and the reload button, so change those together with tests/e2e.
const nb = {
  'dropped.locked': 'Tavla er låst – endringen din ble ikke lagret',
  'dropped.lockedHelp': 'Tavla vises slik den er lagret. Du kan endre den igjen når tilretteleggeren låser den opp.',
  'dropped.reloaded': 'Tavla er lastet inn på nytt – endringer som ikke ble lagret, er forkastet',
  'dropped.dismiss': 'Lukk meldingen',

  'problem.4413': 'Tavla er full, eller endringen var for stor. Den ble ikke lagret.',
  'problem.4422': 'Endringen bryter grensene for tavla, så den ble ikke lagret.',
  'problem.reload': 'Last inn tavla på nytt',
  'problem.reloadHelp': 'Da forkastes endringer som ikke ble lagret, og du kan fortsette.',
  'problem.facilitator': 'Du kan gi tavla plass ved å rydde den: «Rydd tavla» under Verksted.',
  'problem.openClean': 'Gå til Rydd tavla',
  'problem.others': 'Be tilretteleggeren om å rydde tavla.',
} as const;

/** The unsaved-change messages in Bokmål; English in en/unsaved.ts. */
export const unsavedText: Dictionary<typeof nb> = { nb };

import { describe, it } from 'vitest';
import { computeCase, type Case } from './casebook/harness';
import { governanceCases } from './casebook/governance.cases';
import { moneyCases } from './casebook/money.cases';
import { populationCases } from './casebook/population.cases';
import { positionCases } from './casebook/positions.cases';

// The analyst's casebook: every case is worked by hand in its table, with the reasoning and
// the sources beside it; this file only runs them.
const books: [string, Case[]][] = [
  ['money and staff', moneyCases],
  ['positions', positionCases],
  ['population base', populationCases],
  ['law, financing and handoffs', governanceCases],
];

for (const [title, cases] of books) {
  describe(`casebook: ${title}`, () => {
    for (const c of cases) it(c.name, () => c.check(computeCase(c)));
  });
}

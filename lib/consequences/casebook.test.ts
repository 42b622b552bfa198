import { describe, expect, it } from 'vitest';
import { computeCase, type Case } from './casebook/harness';
import { cooperationCases } from './casebook/cooperation.cases';
import { governanceCases } from './casebook/governance.cases';
import { moneyCases } from './casebook/money.cases';
import { populationCases } from './casebook/population.cases';
import { positionCases } from './casebook/positions.cases';
import { structuresCases } from './casebook/structures.cases';
import { templatesCases } from './casebook/templates.cases';

// The analyst's casebook: every case is worked by hand in its table, with the reasoning and
// the sources beside it; this file only runs them.
const books: [string, Case[]][] = [
  ['money and staff', moneyCases],
  ['positions', positionCases],
  ['population base', populationCases],
  ['law, financing and handoffs', governanceCases],
  ['the committee\'s models', templatesCases],
  ['binding inter-municipal cooperation and open choices', cooperationCases],
  ['structures the sources name', structuresCases],
];

for (const [title, cases] of books) {
  describe(`casebook: ${title}`, () => {
    // An empty book would pass without checking anything.
    it('has cases', () => expect(cases.length).toBeGreaterThan(0));
    for (const c of cases) it(c.name, () => c.check(computeCase(c)));
  });
}

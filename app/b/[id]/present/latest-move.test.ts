import { describe, expect, it } from 'vitest';
import { movedCards, moversOf, placementsOf, type Move } from './latest-move';

const kari = { participantId: 'p-kari-0001', name: 'Kari', organisation: 'KS', role: 'editor' as const };

describe('movedCards', () => {
  it('lists cards that changed column, not new or unchanged ones', () => {
    const before = placementsOf({ placements: [{ responsibility: 'legevakt', level: 'kommune', order: 'a' }, { responsibility: 'fastlege', level: 'kommune', order: 'b' }] });
    const after = new Map([
      ['legevakt', 'fylkeskommune'],
      ['fastlege', 'kommune'],
      ['custom-1', 'kommune'],
    ]);
    expect(movedCards(before, after)).toEqual([{ card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }]);
    expect(movedCards(after, after)).toEqual([]);
  });
});

describe('moversOf', () => {
  const moves: Move[] = [{ card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }];

  it("names the entry's actors when it records the move", () => {
    const entry = { actors: [kari], changes: [{ kind: 'move' as const, card: 'legevakt', from: 'kommune', to: 'fylkeskommune' }] };
    expect(moversOf(entry, moves)).toEqual([{ name: 'Kari', organisation: 'KS' }]);
    expect(moversOf({ ...entry, actors: [] }, moves)).toEqual([]);
  });

  it('answers null for an entry about something else, or the same card to another column', () => {
    expect(moversOf({ actors: [kari], changes: [{ kind: 'move', card: 'legevakt', from: 'fylkeskommune', to: 'kommune' }] }, moves)).toBeNull();
    expect(moversOf({ actors: [kari], changes: [{ kind: 'level-removed', level: 'stat' }] }, moves)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { catalog } from './catalog';
import {
  newAnswerSchema,
  newRoundSchema,
  RATING_CRITERIA,
  roundResultsSchema,
  roundStatus,
  tallyCriterion,
  tallyRound,
  viewRound,
  type RatingAnswer,
  type RatingRound,
  type RatingValue,
} from './ratings';

const round: RatingRound = {
  id: 'r1',
  boardId: 'b1',
  proposals: [
    { id: 'pa', name: 'Forslag A' },
    { id: 'pb', name: 'Forslag B' },
  ],
  anonymous: true,
  openedAt: '2025-03-01T10:00:00.000Z',
  revealedAt: null,
  closedAt: null,
};

const person = (n: number) => ({ participantId: `person-000${n}`, name: `Person ${n}`, organisation: `Org ${n}`, role: 'editor' as const });
const answer = (who: number, proposal: string, criterion: string, value: RatingValue, reason = ''): RatingAnswer => ({
  boardId: 'b1',
  roundId: 'r1',
  proposal,
  criterion,
  value,
  reason,
  author: person(who),
  at: `2025-03-01T10:0${who}:00.000Z`,
});

describe('rating schemas', () => {
  it('asks about the catalog’s ten criteria, the committee’s seven before Kdf’s three', () => {
    expect(RATING_CRITERIA).toEqual(catalog.criteria.map((c) => c.id));
    expect(catalog.criteria.map((c) => c.owner)).toEqual([...Array(7).fill('utvalget'), ...Array(3).fill('kdf')]);
  });

  it('takes 1 to 5 or null with a trimmed reason of at most 500 characters, and nothing else', () => {
    const ok = newAnswerSchema.parse({ proposal: 'pa', criterion: 'beredskap', value: null, reason: '  usikker  ' });
    expect(ok).toEqual({ proposal: 'pa', criterion: 'beredskap', value: null, reason: 'usikker' });
    expect(newAnswerSchema.parse({ proposal: 'pa', criterion: 'beredskap', value: 5 }).reason).toBe('');
    for (const bad of [
      { proposal: 'pa', criterion: 'beredskap', value: 0 },
      { proposal: 'pa', criterion: 'beredskap', value: 6 },
      { proposal: 'pa', criterion: 'beredskap', value: 2.5 },
      { proposal: 'pa', criterion: 'beredskap' },
      { proposal: 'pa', criterion: 'pris', value: 3 },
      { proposal: 'pa', criterion: 'beredskap', value: 3, reason: 'x'.repeat(501) },
      { proposal: 'pa', criterion: 'beredskap', value: 3, author: 'Ola' },
    ]) {
      expect(newAnswerSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it('opens a round anonymous by default on one to ten distinct proposals', () => {
    expect(newRoundSchema.parse({ proposals: ['pa'] })).toEqual({ proposals: ['pa'], anonymous: true });
    expect(newRoundSchema.parse({ proposals: ['pa', 'pb'], anonymous: false }).anonymous).toBe(false);
    for (const proposals of [[], ['pa', 'pa'], Array.from({ length: 11 }, (_, i) => `p${i}`), ['bad id']]) {
      expect(newRoundSchema.safeParse({ proposals }).success, JSON.stringify(proposals)).toBe(false);
    }
  });
});

describe('viewRound', () => {
  it('counts respondents and answers, and shows a participant only their own answers', () => {
    const answers = [answer(1, 'pa', 'beredskap', 4, 'god'), answer(2, 'pa', 'beredskap', 2), answer(1, 'pb', 'kompetanse', null)];
    const view = viewRound(round, answers, 'person-0001');
    expect([view.status, view.respondents, view.answers]).toEqual(['open', 2, 3]);
    expect(view.mine).toEqual([
      { proposal: 'pa', criterion: 'beredskap', value: 4, reason: 'god', at: answers[0]!.at },
      { proposal: 'pb', criterion: 'kompetanse', value: null, reason: '', at: answers[2]!.at },
    ]);
    expect(viewRound(round, answers, null).mine).toEqual([]);
  });

  it('derives the status from the reveal and close times', () => {
    expect(roundStatus(round)).toBe('open');
    expect(roundStatus({ ...round, revealedAt: 'x' })).toBe('revealed');
    expect(roundStatus({ ...round, revealedAt: 'x', closedAt: 'y' })).toBe('closed');
    expect(roundStatus({ ...round, closedAt: 'y' })).toBe('closed');
  });
});

describe('tallying', () => {
  it('counts each value and "vet ikke", and takes the mean of the numbers only', () => {
    const t = tallyCriterion('beredskap', [answer(1, 'pa', 'beredskap', 5), answer(2, 'pa', 'beredskap', 2), answer(3, 'pa', 'beredskap', null), answer(4, 'pa', 'beredskap', 2)], true);
    expect(t).toEqual({ criterion: 'beredskap', counts: [0, 2, 0, 0, 1], unknown: 1, mean: 3, reasons: [] });
    expect(tallyCriterion('beredskap', [answer(1, 'pa', 'beredskap', null)], true)).toMatchObject({ unknown: 1, mean: null });
    expect(tallyCriterion('beredskap', [], true)).toMatchObject({ counts: [0, 0, 0, 0, 0], unknown: 0, mean: null });
  });

  it('gives reasons without names, sorted by value then text, when anonymous; with names in answer order otherwise', () => {
    const answers = [answer(1, 'pa', 'beredskap', null, 'vet for lite'), answer(2, 'pa', 'beredskap', 4, 'bra'), answer(3, 'pa', 'beredskap', 4, 'akuttkjeden'), answer(4, 'pa', 'beredskap', 1)];
    expect(tallyCriterion('beredskap', answers, true).reasons).toEqual([
      { value: 4, text: 'akuttkjeden', by: null },
      { value: 4, text: 'bra', by: null },
      { value: null, text: 'vet for lite', by: null },
    ]);
    expect(tallyCriterion('beredskap', answers, false).reasons).toEqual([
      { value: null, text: 'vet for lite', by: { name: 'Person 1', organisation: 'Org 1' } },
      { value: 4, text: 'bra', by: { name: 'Person 2', organisation: 'Org 2' } },
      { value: 4, text: 'akuttkjeden', by: { name: 'Person 3', organisation: 'Org 3' } },
    ]);
  });

  it('tallies every proposal of the round by every criterion, each answer where it belongs', () => {
    const answers = [answer(1, 'pa', 'beredskap', 4), answer(2, 'pa', 'beredskap', 2), answer(1, 'pb', 'beredskap', 5), answer(1, 'pa', 'transparens', 3)];
    const results = roundResultsSchema.parse(tallyRound({ ...round, revealedAt: '2025-03-01T11:00:00.000Z' }, answers));
    expect(results.round).toMatchObject({ status: 'revealed', respondents: 2, answers: 4, mine: [] });
    expect(results.proposals.map((p) => [p.id, p.name, p.criteria.map((c) => c.criterion)])).toEqual([
      ['pa', 'Forslag A', RATING_CRITERIA],
      ['pb', 'Forslag B', RATING_CRITERIA],
    ]);
    const counts = (p: number, c: string) => results.proposals[p]!.criteria.find((x) => x.criterion === c)!.counts;
    expect(counts(0, 'beredskap')).toEqual([0, 1, 0, 1, 0]);
    expect(counts(1, 'beredskap')).toEqual([0, 0, 0, 0, 1]);
    expect(counts(0, 'transparens')).toEqual([0, 0, 1, 0, 0]);
    expect(counts(1, 'transparens')).toEqual([0, 0, 0, 0, 0]);
  });
});

import { z } from 'zod';
import { criteria } from './catalog/data/criteria';
import { authorSchema } from './comments';
import { proposalIdSchema } from './proposals';

/**
 * Rating rounds: the facilitator asks everyone to judge one or more proposals against the
 * committee's seven criteria and Kdf's three, each from 1 to 5 or "vet ikke". The machine never
 * scores a proposal; it only counts what people answered, and only after the reveal.
 */

/** The criteria a round asks about, in the catalog's order: the committee's seven, then Kdf's three. */
export const RATING_CRITERIA: readonly string[] = criteria.map((c) => c.id);
/** A criterion id from the catalog. */
export const ratingCriterionSchema = z.enum(RATING_CRITERIA as [string, ...string[]]);

/** The numeric answers, lowest first; "vet ikke" is null. */
export const RATING_VALUES = [1, 2, 3, 4, 5] as const;
/** One answer's value: 1 to 5, or null for "vet ikke" (do not know). */
export const ratingValueSchema = z.number().int().min(1).max(5).nullable();
export type RatingValue = z.infer<typeof ratingValueSchema>;

/** A reason may be this long: a sentence or two, not an essay. */
export const MAX_REASON_LENGTH = 500;
/** A round asks about at most this many proposals: ten criteria each is already a long form. */
export const MAX_ROUND_PROPOSALS = 10;
/** At most this many rounds on one board, so listing them stays bounded. */
export const MAX_ROUNDS_PER_BOARD = 200;

/** A round id, as the server makes them. */
export const roundIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'round id');

/** What opening a round takes: the proposals (each once) and whether names stay hidden (the default). */
export const newRoundSchema = z
  .object({
    proposals: z
      .array(proposalIdSchema)
      .min(1)
      .max(MAX_ROUND_PROPOSALS)
      .refine((ids) => new Set(ids).size === ids.length, 'name each proposal once'),
    anonymous: z.boolean().default(true),
  })
  .strict();
export type NewRound = z.infer<typeof newRoundSchema>;

/** What one answer carries; who answers comes from the token, never from the body. */
export const newAnswerSchema = z
  .object({
    proposal: proposalIdSchema,
    criterion: ratingCriterionSchema,
    value: ratingValueSchema,
    reason: z.string().trim().max(MAX_REASON_LENGTH).default(''),
  })
  .strict();
export type NewAnswer = z.infer<typeof newAnswerSchema>;

/**
 * A stored round. Proposal names are copied at opening (proposals never change). Answers are
 * taken while neither revealed nor closed; results are shown once revealed.
 */
export const ratingRoundSchema = z.object({
  id: roundIdSchema,
  boardId: z.string(),
  proposals: z.array(z.object({ id: proposalIdSchema, name: z.string() })).min(1).max(MAX_ROUND_PROPOSALS),
  anonymous: z.boolean(),
  openedAt: z.string(),
  revealedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
});
export type RatingRound = z.infer<typeof ratingRoundSchema>;

/** A stored answer, with its author as the token named them. */
export const ratingAnswerSchema = z.object({
  boardId: z.string(),
  roundId: roundIdSchema,
  proposal: proposalIdSchema,
  criterion: ratingCriterionSchema,
  value: ratingValueSchema,
  reason: z.string().max(MAX_REASON_LENGTH),
  author: authorSchema,
  at: z.string(),
});
export type RatingAnswer = z.infer<typeof ratingAnswerSchema>;

/** An answer as its own author sees it again. */
export const givenAnswerSchema = ratingAnswerSchema.pick({ proposal: true, criterion: true, value: true, reason: true, at: true });
export type GivenAnswer = z.infer<typeof givenAnswerSchema>;

/** Where a round is: taking answers, revealed (results shown, no more answers), or closed. */
export const roundStatusSchema = z.enum(['open', 'revealed', 'closed']);
export type RoundStatus = z.infer<typeof roundStatusSchema>;

/** A round as the API lists it: its status, how many have answered, and the caller's own answers. */
export const roundViewSchema = ratingRoundSchema.extend({
  status: roundStatusSchema,
  respondents: z.number().int().nonnegative(),
  answers: z.number().int().nonnegative(),
  mine: z.array(givenAnswerSchema),
});
export type RoundView = z.infer<typeof roundViewSchema>;

/** One criterion's answers for one proposal: counts of 1..5 (index 0 is 1), "vet ikke", the mean of the numbers, and the reasons. */
export const criterionTallySchema = z.object({
  criterion: ratingCriterionSchema,
  counts: z.array(z.number().int().nonnegative()).length(RATING_VALUES.length),
  unknown: z.number().int().nonnegative(),
  mean: z.number().nullable(),
  reasons: z.array(
    z.object({ value: ratingValueSchema, text: z.string(), by: z.object({ name: z.string(), organisation: z.string(), verified: z.boolean().optional() }).nullable() }),
  ),
});
export type CriterionTally = z.infer<typeof criterionTallySchema>;

/** A revealed round's results, per proposal and criterion, in the round's and the catalog's order. */
export const roundResultsSchema = z.object({
  round: roundViewSchema,
  proposals: z.array(z.object({ id: proposalIdSchema, name: z.string(), criteria: z.array(criterionTallySchema) })),
});
export type RoundResults = z.infer<typeof roundResultsSchema>;

/** The answers of the rating endpoints: one round, the list, one given answer, a round's results. */
export const roundAnswerSchema = z.object({ round: roundViewSchema });
export const roundsAnswerSchema = z.object({ rounds: z.array(roundViewSchema) });
export const givenAnswerAnswerSchema = z.object({ answer: givenAnswerSchema });
export const resultsAnswerSchema = z.object({ results: roundResultsSchema });

/** The round's status from its reveal and close times. */
export const roundStatus = (round: RatingRound): RoundStatus => (round.closedAt ? 'closed' : round.revealedAt ? 'revealed' : 'open');

/** The round as `participantId` (null for a shared link) sees it in the list. */
export function viewRound(round: RatingRound, answers: readonly RatingAnswer[], participantId: string | null): RoundView {
  const mine = participantId === null ? [] : answers.filter((a) => a.author.participantId === participantId);
  return {
    ...round,
    status: roundStatus(round),
    respondents: new Set(answers.map((a) => a.author.participantId)).size,
    answers: answers.length,
    mine: mine.map(({ proposal, criterion, value, reason, at }) => ({ proposal, criterion, value, reason, at })),
  };
}

/** Sorts "vet ikke" after the numbers, then by text, so an anonymous list's order says nothing about who answered when. */
const byValueThenText = (a: { value: RatingValue; text: string }, b: { value: RatingValue; text: string }) =>
  (a.value ?? 6) - (b.value ?? 6) || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/** Counts one criterion's answers for one proposal; reasons carry names only when the round is not anonymous. */
export function tallyCriterion(criterion: string, answers: readonly RatingAnswer[], anonymous: boolean): CriterionTally {
  const counts = RATING_VALUES.map((v) => answers.filter((a) => a.value === v).length);
  const numbers = answers.flatMap((a) => (a.value === null ? [] : [a.value]));
  const reasons = answers
    .filter((a) => a.reason !== '')
    .map((a) => ({ value: a.value, text: a.reason, by: anonymous ? null : { name: a.author.name, organisation: a.author.organisation, ...(a.author.verified ? { verified: true } : {}) } }));
  return {
    criterion,
    counts,
    unknown: answers.length - numbers.length,
    mean: numbers.length === 0 ? null : numbers.reduce((s, v) => s + v, 0) / numbers.length,
    reasons: anonymous ? reasons.sort(byValueThenText) : reasons,
  };
}

/** The results of a round from all its answers: every proposal of the round, every criterion, in order. */
export function tallyRound(round: RatingRound, answers: readonly RatingAnswer[]): RoundResults {
  return {
    round: viewRound(round, answers, null),
    proposals: round.proposals.map((p) => ({
      id: p.id,
      name: p.name,
      criteria: RATING_CRITERIA.map((c) =>
        tallyCriterion(
          c,
          answers.filter((a) => a.proposal === p.id && a.criterion === c),
          round.anonymous,
        ),
      ),
    })),
  };
}

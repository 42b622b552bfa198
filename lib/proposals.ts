import { z } from 'zod';
import { allocationSchema, assumptionSchema } from './allocation';
import type { Catalog } from './catalog/schema';
import { bindingsSchema } from './bindings';
import { choicesSchema } from './choices';
import { anchorSchema, authorSchema, stanceSchema, type Thread } from './comments';
import { computeConsequences, headlineIndicators } from './consequences/engine';
import { customCardSchema, MAX_CUSTOM_CARDS } from './custom-cards';
import { PROPOSAL_ID_PATTERN } from './protocol';
import { err, ok, type Result } from './result';

/**
 * Proposals: named, immutable snapshots of a board's allocation, stored by the server. The
 * headline figures and open threads are recorded as they were when the snapshot was taken,
 * so a later catalog or comment change never rewrites what a proposal said. The one exception
 * is a participant's erasure of their part (see own-data-copies.ts).
 */

/** A snapshot id, as the server makes them; also the `proposal:<id>` comment anchor's id. */
export const proposalIdSchema = z.string().regex(new RegExp(`^${PROPOSAL_ID_PATTERN}$`), 'proposal id');

/** What a save request carries; the author and the allocation come from the server, not the client. */
export const newProposalSchema = z
  .object({ name: z.string().trim().min(1).max(120), note: z.string().trim().max(2000).default('') })
  .strict();
export type NewProposal = z.infer<typeof newProposalSchema>;

/**
 * What a proposal fixes of a board: everything the consequence engine needs to recompute it.
 * `choices` are the board's answers to the sources' open questions; proposals saved before there
 * were choices have none, and then every choice is open (a present object fills its gaps with open).
 */
export const proposalContentSchema = z.object({
  catalogVersion: z.string().min(1).max(40),
  allocation: allocationSchema,
  custom: z.array(customCardSchema).max(MAX_CUSTOM_CARDS),
  assumptions: z.array(assumptionSchema).max(500),
  choices: z.optional(choicesSchema),
  /** Pathways marked binding cross-level pathways (Kdf); proposals saved before there were bindings have none. */
  bindings: z.optional(bindingsSchema),
});
export type ProposalContent = z.infer<typeof proposalContentSchema>;

/** Headline indicator values keyed as headlineIndicators keys them. */
export const headlineSchema = z.record(z.string().max(40), z.number().finite());
export type Headline = z.infer<typeof headlineSchema>;

/** An open thread as a proposal records it: where, who opened it, with what stance, and how far it went. */
export const threadSummarySchema = z.object({
  id: z.string().max(64),
  anchor: anchorSchema,
  /** `verified` as on the opening comment's author; the server drops it from imported files, which anyone can write. */
  author: z.object({ name: z.string().max(120), organisation: z.string().max(120), verified: z.optional(z.boolean()) }),
  body: z.string().max(4000),
  stance: z.nullable(stanceSchema),
  replies: z.number().int().nonnegative(),
  createdAt: z.string().max(40),
});
export type ThreadSummary = z.infer<typeof threadSummarySchema>;

/** At most this many open threads are recorded with one proposal, newest first beyond that are kept. */
export const MAX_RECORDED_THREADS = 500;

/** A stored proposal, as the API answers it. `origin` says whether it was saved live, imported from a file, or taken in from a breakout group's board. */
export const proposalSchema = z.object({
  id: proposalIdSchema,
  boardId: z.string(),
  name: z.string(),
  note: z.string(),
  author: authorSchema,
  createdAt: z.string(),
  origin: z.enum(['board', 'import', 'breakout']),
  content: proposalContentSchema,
  headline: headlineSchema,
  openThreads: z.array(threadSummarySchema).max(MAX_RECORDED_THREADS),
});
export type Proposal = z.infer<typeof proposalSchema>;

/** What the proposals list answers per proposal: no allocation, no threads. */
export type ProposalSummary = Pick<Proposal, 'id' | 'name' | 'note' | 'author' | 'createdAt' | 'origin' | 'headline'> & { openThreads: number };

export const summariseProposal = ({ content: _content, openThreads, ...rest }: Proposal): ProposalSummary => ({
  ...rest,
  openThreads: openThreads.length,
});

/** The headline figures of a content, or the allocation's problems when it does not fit the catalog. */
export function headlineOf(content: ProposalContent, catalog: Catalog): Result<Headline, string> {
  const c = computeConsequences(content.allocation, catalog, content.assumptions, { custom: content.custom, choices: content.choices, bindings: content.bindings });
  if (!c.ok) return err(c.errors.map(describeIssue));
  return ok(Object.fromEntries(Object.entries(headlineIndicators(c.value)).map(([id, i]) => [id, i.value])));
}

function describeIssue(i: Extract<ReturnType<typeof computeConsequences>, { ok: false }>['errors'][number]): string {
  switch (i.kind) {
    case 'unknown-responsibility':
      return `unknown responsibility "${i.responsibility}"`;
    case 'unknown-level':
      return `responsibility "${i.responsibility}" is on unknown level "${i.level}"`;
    case 'duplicate-placement':
      return `responsibility "${i.responsibility}" is placed twice`;
    case 'missing-responsibility':
      return `responsibility "${i.responsibility}" is not placed`;
    case 'duplicate-level':
      return `level "${i.level}" appears twice`;
  }
}

/** The open threads of a board, summarised for a proposal; resolved threads are left out. */
export function summariseOpenThreads(threads: readonly Thread[]): ThreadSummary[] {
  return threads
    .filter((t) => t.status === 'open' && t.comments[0] && t.comments[0].removedAt === null)
    .slice(-MAX_RECORDED_THREADS)
    .map((t) => {
      const first = t.comments[0]!;
      return {
        id: t.id,
        anchor: t.anchor,
        author: { name: first.author.name, organisation: first.author.organisation, ...(first.author.verified ? { verified: true } : {}) },
        body: first.body,
        stance: first.stance,
        replies: t.comments.length - 1,
        createdAt: t.createdAt,
      };
    });
}

/** What a comparison side names: a stored proposal, the live board, or today's allocation. */
export const compareSideSchema = z.union([z.literal('live'), z.literal('baseline'), proposalIdSchema]);
export type CompareSide = z.infer<typeof compareSideSchema>;
export const compareQuerySchema = z.object({ a: compareSideSchema, b: compareSideSchema });

import * as z from 'zod/mini';
import { PROPOSAL_ID_PATTERN } from './protocol';
import { roleSchema } from './roles';

/**
 * Comment threads: the one definition of their shape, shared by the server (which stores
 * them and is the only writer), the HTTP API and the board page. Authors come from the
 * participant token, never from a request body, so no body schema has an author field.
 */

/** Longest comment body, in characters. */
export const MAX_COMMENT_LENGTH = 4000;

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'id'));

/** What a thread is about: a responsibility (card), a level, a saved proposal, a computed indicator, or the whole board. */
export const anchorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('board') }),
  z.object({ kind: z.literal('card'), id: slug }),
  z.object({ kind: z.literal('level'), id: slug }),
  z.object({ kind: z.literal('proposal'), id: z.string().check(z.regex(new RegExp(`^${PROPOSAL_ID_PATTERN}$`), 'proposal id')) }),
  z.object({ kind: z.literal('indicator'), id: z.string().check(z.regex(/^[a-zA-Z0-9:._-]{1,96}$/, 'indicator id')) }),
]);
export type Anchor = z.infer<typeof anchorSchema>;

/** An anchor as one string (`board`, `card:legevakt`, …), for storage, filters and map keys. */
export const anchorKey = (a: Anchor): string => (a.kind === 'board' ? 'board' : `${a.kind}:${a.id}`);

/** Parses an anchor key back; null when it is not one. */
export function parseAnchorKey(key: string): Anchor | null {
  const [kind, ...rest] = key.split(':');
  // The board variant would strip an id silently, so `board:x` must be refused here.
  if (kind === 'board') return rest.length === 0 ? { kind } : null;
  const parsed = anchorSchema.safeParse({ kind, id: rest.join(':') });
  return parsed.success ? parsed.data : null;
}

/** A position on a thread or reply, as in Decidim: for, against, a question, or neutral. */
export const stanceSchema = z.enum(['for', 'against', 'question', 'neutral']);
export type Stance = z.infer<typeof stanceSchema>;

const bodySchema = z.string().check(
  z.maxLength(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`),
  z.refine((s) => s.trim().length > 0, 'must not be empty'),
);

/** POST /api/boards/<id>/threads */
export const newThreadSchema = z.strictObject({ anchor: anchorSchema, body: bodySchema, stance: z.optional(stanceSchema) });
/** POST /api/boards/<id>/threads/<threadId>/comments */
export const newReplySchema = z.strictObject({ body: bodySchema, stance: z.optional(stanceSchema) });
/** PATCH /api/boards/<id>/comments/<commentId> */
export const editCommentSchema = z.strictObject({ body: bodySchema });

/** GET /api/boards/<id>/threads query: every filter optional. */
export const threadQuerySchema = z.object({
  status: z.optional(z.enum(['open', 'resolved'])),
  anchor: z.optional(z.string().check(z.maxLength(110))),
  participant: z.optional(z.string().check(z.maxLength(32))),
});
/** A parsed thread query. */
export type ThreadQuery = z.infer<typeof threadQuerySchema>;

/**
 * Who wrote or did something, as the server's token said. `verified` is true when the name and
 * organisation came from a sign-in with the server's identity provider (the token's `a`); the
 * server sets it, no request body can.
 */
export const authorSchema = z.object({ participantId: z.string(), name: z.string(), organisation: z.string(), role: roleSchema, verified: z.optional(z.boolean()) });
export type Author = z.infer<typeof authorSchema>;

/** One comment as the API and the live feed deliver it. A removed comment keeps its place with an empty body. */
export const commentSchema = z.object({
  id: z.string(),
  threadId: z.string(),
  author: authorSchema,
  body: z.string(),
  stance: z.nullable(stanceSchema),
  /** Participant ids named with @ in the body, resolved by the server against who has joined. */
  mentions: z.array(z.string()),
  createdAt: z.string(),
  editedAt: z.nullable(z.string()),
  /** Set when removed, by the author or by a facilitator. */
  removedAt: z.nullable(z.string()),
  /** The participant id of the facilitator who removed someone else's comment; null otherwise. */
  removedBy: z.nullable(z.string()),
});
export type Comment = z.infer<typeof commentSchema>;

/** A thread with its comments in order, the first being the opening comment. */
export const threadSchema = z.object({
  id: z.string(),
  boardId: z.string(),
  anchor: anchorSchema,
  status: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  resolvedAt: z.nullable(z.string()),
  resolvedBy: z.nullable(authorSchema),
  comments: z.array(commentSchema),
});
export type Thread = z.infer<typeof threadSchema>;

/** A participant who has joined the board: who can be @mentioned. */
export const participantSchema = z.object({ participantId: z.string(), name: z.string(), organisation: z.string(), role: roleSchema });
export type Participant = z.infer<typeof participantSchema>;

/**
 * The participants an @mention in `body` names: `@` followed by a participant's display name
 * (case-insensitive, longest name first so "@Kari Nordmann" beats "@Kari"), in order of first
 * mention. Pure, so the server stores exactly what the page highlights.
 */
export function findMentions(body: string, participants: readonly Pick<Participant, 'participantId' | 'name'>[]): string[] {
  const found = new Set<string>();
  const lower = body.toLowerCase();
  const byLength = [...participants].filter((p) => p.name.length > 0).sort((a, b) => b.name.length - a.name.length);
  for (let at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
    const rest = lower.slice(at + 1);
    const who = byLength.find((p) => {
      const name = p.name.toLowerCase();
      return rest.startsWith(name) && !/[\p{L}\p{N}]/u.test(rest.charAt(name.length));
    });
    if (!who) continue;
    // Every join mints a new participant id, so one person on two devices has two ids under one
    // name; a mention of that name reaches all of them rather than whichever joined first.
    const name = who.name.toLowerCase();
    for (const p of byLength) if (p.name.toLowerCase() === name) found.add(p.participantId);
  }
  return [...found];
}

/** For, against, question and neutral counts over a set of threads' comments that are not removed. */
export function stanceTally(threads: readonly Thread[]): Record<Stance, number> {
  const tally: Record<Stance, number> = { for: 0, against: 0, question: 0, neutral: 0 };
  for (const t of threads) for (const c of t.comments) if (c.stance && !c.removedAt) tally[c.stance]++;
  return tally;
}

/**
 * The threads a GET /threads query asks for, in the order given: status, anchor key, and
 * `participant` (threads where that participant wrote a comment that is still there).
 */
export function filterThreads(threads: readonly Thread[], query: ThreadQuery): Thread[] {
  return threads.filter(
    (t) =>
      (!query.status || t.status === query.status) &&
      (!query.anchor || anchorKey(t.anchor) === query.anchor) &&
      (!query.participant || t.comments.some((c) => c.author.participantId === query.participant && !c.removedAt)),
  );
}

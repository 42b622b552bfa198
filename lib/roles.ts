import * as z from 'zod/mini';
import { BOARD_ID_PATTERN } from './protocol';

/** What a board participant may do, from most to least powerful. */
export const roleSchema = z.enum(['facilitator', 'editor', 'commenter', 'viewer']);
/** One of the four board roles. */
export type Role = z.infer<typeof roleSchema>;

/** Whether the role may move cards and change the board's content. */
export const canEdit = (r: Role): boolean => r === 'facilitator' || r === 'editor';
/** Whether the role may leave comments; only viewers are read-only. */
export const canComment = (r: Role): boolean => r !== 'viewer';

/**
 * A capability token's payload, kept short because it travels in links. The server signs it
 * and this schema is the only definition of its shape: signing and verifying both parse with it.
 */
export const tokenPayloadSchema = z.object({
  /** Format version, so a future format can be told apart. */
  v: z.literal(1),
  /** Board id. */
  b: z.string().check(z.regex(new RegExp(`^${BOARD_ID_PATTERN}$`), 'board id')),
  /** Role granted. */
  r: roleSchema,
  /** The board's key version when issued; bumping it on the board revokes the token. */
  k: z.number().check(z.int(), z.positive()),
  /** Participant id: present on participant tokens, absent on shared links. */
  p: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/, 'participant id'))),
  /** Display name. */
  n: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))),
  /** Organisation. */
  o: z.optional(z.string().check(z.trim(), z.maxLength(80))),
  /**
   * The device grant the participant joined under, on participant tokens issued since grants
   * exist; older tokens lack it. Answers in a rating round count once per grant.
   */
  g: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,32}$/, 'grant id'))),
  /**
   * Key scope: 'presenter' on a presenter grant (always role viewer), whose `k` counts the board's
   * presenter grants rather than the viewer links, so replacing the viewer link leaves a projector on.
   */
  s: z.optional(z.literal('presenter')),
  /**
   * Authenticated: 1 on a participant token whose name and organisation came from a sign-in with
   * the server's identity provider rather than from what the person typed. It says how the
   * participant was identified when joining; the token outlives the sign-in session.
   */
  a: z.optional(z.literal(1)),
  /** Issued at, seconds since the epoch. */
  iat: z.number().check(z.int(), z.nonnegative()),
  /** Expires at, seconds since the epoch; shared links have none. */
  exp: z.optional(z.number().check(z.int(), z.positive())),
});
/** A parsed, trusted-shape token payload (the signature is checked separately). */
export type TokenPayload = z.infer<typeof tokenPayloadSchema>;

/** What a token's key version counts, and so what rotating revokes it: its role's links, or the board's presenter grants. */
export const keyScopeSchema = z.union([roleSchema, z.literal('presenter')]);
/** A role, or 'presenter'. */
export type KeyScope = z.infer<typeof keyScopeSchema>;
/** The key scope a token is revoked by. */
export const keyScopeOf = (payload: Pick<TokenPayload, 'r' | 's'>): KeyScope => payload.s ?? payload.r;

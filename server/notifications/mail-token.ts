import { createHash } from 'node:crypto';
import { z } from 'zod';
import { tokenPayloadSchema } from '@/lib/roles';
import { macMatches, macOf, type Secret } from '../auth/key-ring';

/**
 * The signed values in email links: a confirmation (expires after 48 hours) and an unsubscribe
 * (does not expire: an old email's link must still work). Each names the board, the participant
 * and a hash of the address it was sent to, so a link for an address since replaced does nothing,
 * and signed over "mail.<purpose>." + body, so neither can stand in for the other or for a board token.
 */
export type MailPurpose = 'confirm' | 'unsubscribe';

/** How long a confirmation link works. */
export const CONFIRM_SECONDS = 48 * 60 * 60;

const bodySchema = z
  .object({ v: z.literal(1), b: tokenPayloadSchema.shape.b, p: z.string().regex(/^[A-Za-z0-9_-]{8,32}$/), h: z.string().regex(/^[A-Za-z0-9_-]{22}$/), exp: z.number().int().positive().optional() })
  .strict();
export type MailClaim = { boardId: string; participantId: string; addressHash: string };

/** A short hash of an address (compared case-insensitively): enough to tell addresses apart, not to read one back from a link. */
export const addressHash = (address: string): string => createHash('sha256').update(address.trim().toLowerCase()).digest('base64url').slice(0, 22);

/** Signs a link value for `purpose`; a confirmation expires CONFIRM_SECONDS after `now` (seconds). */
export function signMailToken(secret: Secret, purpose: MailPurpose, claim: MailClaim, now = Math.floor(Date.now() / 1000)): string {
  const payload = { v: 1 as const, b: claim.boardId, p: claim.participantId, h: claim.addressHash, ...(purpose === 'confirm' ? { exp: now + CONFIRM_SECONDS } : {}) };
  const body = Buffer.from(JSON.stringify(bodySchema.parse(payload)), 'utf8').toString('base64url');
  return `${body}.${macOf(secret, `mail.${purpose}.${body}`)}`;
}

/** The claim of a genuine, unexpired link value for `purpose`, or null for anything else. */
export function verifyMailToken(secret: Secret, purpose: MailPurpose, token: unknown, now = Math.floor(Date.now() / 1000)): MailClaim | null {
  if (typeof token !== 'string' || token.length > 1024) return null;
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || !macMatches(secret, `mail.${purpose}.${body}`, signature)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    // Only this server signs these, so this cannot happen short of a leaked secret.
    return null;
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) return null;
  if (purpose === 'confirm' && (parsed.data.exp === undefined || parsed.data.exp <= now)) return null;
  return { boardId: parsed.data.b, participantId: parsed.data.p, addressHash: parsed.data.h };
}

import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { err, ok, type Result } from '../../lib/result';
import { tokenPayloadSchema, type Role, type TokenPayload } from '../../lib/roles';
import { idKeyOf, macMatches, macOf, type Secret } from './key-ring';

/** Why a token string was refused; the message is for logs, not for users. */
export type TokenError = { kind: 'malformed' | 'bad-signature' | 'expired' | 'invalid-payload'; message: string };
/** Why a genuine token does not open this board. */
export type TokenCheckError = { kind: 'wrong-board' | 'revoked'; message: string };
/** HMAC key or key ring: what loadSecret answers, or a string (tests). */
export type { Secret };

// Real tokens stay well under 1 KiB; the cap bounds work done on hostile input.
const MAX_TOKEN_LENGTH = 2048;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const PARTICIPANT_TTL_SECONDS = 30 * 24 * 60 * 60;

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const fail = (kind: TokenError['kind'], message: string): Result<never, TokenError> => err([{ kind, message }]);

/**
 * Returns `<base64url(JSON payload)>.<base64url(HMAC-SHA256)>`. Throws if the payload breaks
 * the schema: that is a programming error, and it must never yield a token verify refuses.
 */
export function signToken(payload: TokenPayload, secret: Secret): string {
  const body = Buffer.from(JSON.stringify(tokenPayloadSchema.parse(payload)), 'utf8').toString('base64url');
  return `${body}.${macOf(secret, body)}`;
}

/**
 * Checks a token's form, signature, payload and expiry; never throws. It does not check the
 * board id or key version: use checkTokenFor with the board's record.
 */
export function verifyToken(token: unknown, secret: Secret, opts: { now?: number } = {}): Result<TokenPayload, TokenError> {
  if (typeof token !== 'string') return fail('malformed', 'token is not a string');
  if (token.length > MAX_TOKEN_LENGTH) return fail('malformed', `token is longer than ${MAX_TOKEN_LENGTH} characters`);
  const parts = token.split('.');
  if (parts.length !== 2 || !parts.every((p) => BASE64URL.test(p))) return fail('malformed', 'token is not two base64url parts');
  const [body, signature] = parts as [string, string];

  if (!macMatches(secret, body, signature)) return fail('bad-signature', 'signature does not match');

  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return fail('invalid-payload', 'payload is not JSON');
  }
  const parsed = tokenPayloadSchema.safeParse(json);
  if (!parsed.success) {
    return fail('invalid-payload', parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  const now = opts.now ?? nowSeconds();
  if (parsed.data.exp !== undefined && parsed.data.exp <= now) return fail('expired', 'token has expired');
  return ok(parsed.data);
}

/**
 * Checks a verified token against the board it is used for: its key version must be its role's
 * current one; any other is revoked (rotating one role's links leaves the other roles' valid).
 * A presenter grant is checked against `presenterKey` instead, and is revoked without one.
 */
export function checkTokenFor(
  payload: TokenPayload,
  board: { id: string; roleKeys: Record<Role, number>; presenterKey?: number },
): Result<TokenPayload, TokenCheckError> {
  if (payload.b !== board.id) return err([{ kind: 'wrong-board', message: 'token is for another board' }]);
  const current = payload.s === 'presenter' ? board.presenterKey : board.roleKeys[payload.r];
  // Not just "older": a token from a newer key than the board has was not issued by this record.
  if (payload.k !== current) return err([{ kind: 'revoked', message: 'token was revoked by a key rotation' }]);
  return ok(payload);
}

/** A shared link's payload: no participant and no expiry; rotating its role's key revokes it. */
export function linkToken(boardId: string, role: Role, keyVersion: number, now = nowSeconds()): TokenPayload {
  return { v: 1, b: boardId, r: role, k: keyVersion, iat: now };
}

/**
 * A participant's own token, issued when someone joins through a link: same board, role and
 * key version, plus who they are; it expires after 30 days. Validate name and organisation first.
 */
export function participantToken(
  link: TokenPayload,
  name: string,
  organisation: string | undefined,
  participantId: string,
  now = nowSeconds(),
  grantId?: string,
): TokenPayload {
  const token: TokenPayload = { v: 1, b: link.b, r: link.r, k: link.k, p: participantId, n: name, o: organisation, iat: now, exp: now + PARTICIPANT_TTL_SECONDS };
  return grantId === undefined ? token : { ...token, g: grantId };
}

/** A fresh random participant id (96 bits, 16 base64url characters). */
export const newParticipantId = (): string => randomBytes(12).toString('base64url');

/*
 * Device grants. Joining answers one; the page keeps it and sends it back when it joins the same
 * board again, and then gets the same participant id. The grant is signed over a different
 * message ("grant." + body) than tokens are, so neither can stand in for the other.
 */

// A grant outlives the 30-day participant token; every join that presents it gets a fresh one.
const GRANT_TTL_SECONDS = 180 * 24 * 60 * 60;
const grantSchema = z
  .object({ v: z.literal(1), b: tokenPayloadSchema.shape.b, g: z.string().regex(/^[A-Za-z0-9_-]{16}$/), iat: z.number().int().nonnegative(), exp: z.number().int().positive() })
  .strict();

/** A fresh random grant id (96 bits, 16 base64url characters). */
export const newGrantId = (): string => randomBytes(12).toString('base64url');

/** A signed, opaque grant naming `grantId` on `boardId`, for the page to keep and send back when it joins again. */
export function signGrant(boardId: string, grantId: string, secret: Secret, now = nowSeconds()): string {
  const body = Buffer.from(JSON.stringify(grantSchema.parse({ v: 1, b: boardId, g: grantId, iat: now, exp: now + GRANT_TTL_SECONDS })), 'utf8').toString('base64url');
  return `${body}.${macOf(secret, `grant.${body}`)}`;
}

/**
 * The grant id of a genuine, unexpired grant for `boardId`, or null for anything else: a grant
 * is a courtesy to the same device, so a bad one is treated as none, never as an error.
 */
export function verifyGrant(grant: unknown, boardId: string, secret: Secret, opts: { now?: number } = {}): string | null {
  if (typeof grant !== 'string' || grant.length > MAX_TOKEN_LENGTH) return null;
  const parts = grant.split('.');
  if (parts.length !== 2 || !parts.every((p) => BASE64URL.test(p))) return null;
  const [body, signature] = parts as [string, string];
  if (!macMatches(secret, `grant.${body}`, signature)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    // Only this server signs grants, so this cannot happen short of a leaked secret; none is as good.
    return null;
  }
  const parsed = grantSchema.safeParse(json);
  if (!parsed.success || parsed.data.b !== boardId || parsed.data.exp <= (opts.now ?? nowSeconds())) return null;
  return parsed.data.g;
}

/**
 * The participant id a grant joins as on a board: derived from the grant with the secret, so a
 * grant always yields the same id (answers per grant then count once, as per participant) and
 * a participant id, which everyone on the board sees, does not reveal the grant. It uses the
 * ring's id key, not the signing key: a grant re-signed after a key rotation names the same person.
 */
export const grantParticipantId = (boardId: string, grantId: string, secret: Secret): string =>
  createHmac('sha256', idKeyOf(secret)).update(`participant.${boardId}.${grantId}`).digest('base64url').slice(0, 16);

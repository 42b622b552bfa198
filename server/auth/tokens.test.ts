import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { roleSchema, type TokenPayload } from '../../lib/roles';
import {
  checkTokenFor,
  grantParticipantId,
  linkToken,
  newGrantId,
  newParticipantId,
  participantToken,
  signGrant,
  signToken,
  verifyGrant,
  verifyToken,
  type TokenError,
} from './tokens';

const secret = 'a-test-secret-that-is-long-enough-1234';
const board = { id: 'board-abc123', keyVersion: 2, roleKeys: { facilitator: 2, editor: 2, commenter: 2, viewer: 2 } };
const now = 1_750_000_000;

const kinds = (r: { ok: boolean; errors?: TokenError[] }) => (r.ok ? [] : r.errors!.map((e) => e.kind));
/** A token over any body with a valid signature, to reach the payload checks. */
const signRaw = (json: string) => {
  const body = Buffer.from(json).toString('base64url');
  return `${body}.${createHmac('sha256', secret).update(body).digest('base64url')}`;
};

describe('signToken / verifyToken', () => {
  it.each(roleSchema.options)('round-trips a %s link', (role) => {
    const payload = linkToken(board.id, role, board.keyVersion, now);
    const result = verifyToken(signToken(payload, secret), secret, { now });
    expect(result).toEqual({ ok: true, value: payload });
  });

  it('accepts a Uint8Array secret', () => {
    const key = new Uint8Array(32).fill(7);
    const token = signToken(linkToken(board.id, 'viewer', 1, now), key);
    expect(verifyToken(token, key, { now }).ok).toBe(true);
  });

  it('refuses a tampered payload', () => {
    const token = signToken(linkToken(board.id, 'viewer', board.keyVersion, now), secret);
    const flipped = (token[3] === 'A' ? 'B' : 'A');
    expect(kinds(verifyToken(token.slice(0, 3) + flipped + token.slice(4), secret, { now }))).toEqual(['bad-signature']);
  });

  it('refuses a token signed with another secret', () => {
    const token = signToken(linkToken(board.id, 'editor', board.keyVersion, now), 'another-secret-that-is-long-enough-999');
    expect(kinds(verifyToken(token, secret, { now }))).toEqual(['bad-signature']);
  });

  it('refuses a signature of the wrong length', () => {
    const token = signToken(linkToken(board.id, 'editor', board.keyVersion, now), secret);
    expect(kinds(verifyToken(token.slice(0, -2), secret, { now }))).toEqual(['bad-signature']);
  });

  it.each([
    ['undefined', undefined],
    ['a number', 42],
    ['empty', ''],
    ['one part', 'a'],
    ['three parts', 'a.b.c'],
    ['an empty part', 'abc.'],
    ['3 KiB', `${'a'.repeat(3072)}.b`],
    ['non-base64url characters', 'ab+c.de/f'],
    ['padding', 'abc=.def'],
  ])('calls %s malformed', (_name, token) => {
    expect(kinds(verifyToken(token, secret, { now }))).toEqual(['malformed']);
  });

  it('calls a signed non-JSON body an invalid payload', () => {
    expect(kinds(verifyToken(signRaw('not json {'), secret, { now }))).toEqual(['invalid-payload']);
  });

  it.each([
    ['wrong version', { ...linkToken(board.id, 'viewer', 1, now), v: 2 }],
    ['unknown role', { ...linkToken(board.id, 'viewer', 1, now), r: 'owner' }],
    ['bad board id', { ...linkToken(board.id, 'viewer', 1, now), b: 'Short' }],
    ['zero key version', { ...linkToken(board.id, 'viewer', 1, now), k: 0 }],
    ['not an object', [1, 2, 3]],
  ])('calls a signed payload with %s invalid', (_name, payload) => {
    expect(kinds(verifyToken(signRaw(JSON.stringify(payload)), secret, { now }))).toEqual(['invalid-payload']);
  });

  it('refuses an expired token, at and after exp', () => {
    const payload: TokenPayload = { ...linkToken(board.id, 'editor', 1, now - 100), exp: now };
    const token = signToken(payload, secret);
    expect(kinds(verifyToken(token, secret, { now }))).toEqual(['expired']);
    expect(kinds(verifyToken(token, secret, { now: now + 1 }))).toEqual(['expired']);
    expect(verifyToken(token, secret, { now: now - 1 }).ok).toBe(true);
  });

  it('throws when asked to sign an invalid payload', () => {
    expect(() => signToken({ ...linkToken(board.id, 'viewer', 1, now), n: '' }, secret)).toThrow();
  });
});

describe('checkTokenFor', () => {
  it('accepts the board and key version it was issued for', () => {
    expect(checkTokenFor(linkToken(board.id, 'viewer', 2, now), board).ok).toBe(true);
  });

  it('refuses another board', () => {
    const result = checkTokenFor(linkToken('board-other', 'viewer', 2, now), board);
    expect(result.ok ? [] : result.errors.map((e) => e.kind)).toEqual(['wrong-board']);
  });

  it('refuses an older key version as revoked', () => {
    const result = checkTokenFor(linkToken(board.id, 'viewer', 1, now), board);
    expect(result.ok ? [] : result.errors.map((e) => e.kind)).toEqual(['revoked']);
  });

  it("checks each role against its own key version, so one role's rotation leaves the others valid", () => {
    const rotated = { ...board, keyVersion: 3, roleKeys: { ...board.roleKeys, editor: 3 } };
    const kindsFor = (role: 'editor' | 'viewer', k: number) => {
      const result = checkTokenFor(linkToken(board.id, role, k, now), rotated);
      return result.ok ? [] : result.errors.map((e) => e.kind);
    };
    expect(kindsFor('editor', 2)).toEqual(['revoked']);
    expect(kindsFor('editor', 3)).toEqual([]);
    expect(kindsFor('viewer', 2)).toEqual([]);
    // The board's newest version belongs to the editor role only; a viewer token claiming it was never issued.
    expect(kindsFor('viewer', 3)).toEqual(['revoked']);
  });
});

describe('participantToken', () => {
  it('carries the link grant plus name, organisation, id and a 30-day expiry', () => {
    const link = linkToken(board.id, 'commenter', board.keyVersion, now - 1000);
    const id = newParticipantId();
    const payload = participantToken(link, 'Kari Nordmann', 'Helse Vest', id, now);
    expect(payload).toEqual({
      v: 1, b: board.id, r: 'commenter', k: board.keyVersion,
      p: id, n: 'Kari Nordmann', o: 'Helse Vest', iat: now, exp: now + 30 * 24 * 60 * 60,
    });
    const token = signToken(payload, secret);
    expect(verifyToken(token, secret, { now: now + 29 * 24 * 60 * 60 })).toEqual({ ok: true, value: payload });
    expect(kinds(verifyToken(token, secret, { now: now + 30 * 24 * 60 * 60 }))).toEqual(['expired']);
  });

  it('makes distinct participant ids the schema accepts', () => {
    const a = newParticipantId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(newParticipantId()).not.toBe(a);
  });
});

describe('device grants', () => {
  it('round-trip on their board until they expire, and name nothing elsewhere', () => {
    const id = newGrantId();
    const grant = signGrant(board.id, id, secret, now);
    expect(verifyGrant(grant, board.id, secret, { now: now + 179 * 24 * 60 * 60 })).toBe(id);
    expect(verifyGrant(grant, board.id, secret, { now: now + 180 * 24 * 60 * 60 })).toBeNull();
    expect(verifyGrant(grant, 'board-other1', secret, { now })).toBeNull();
    expect(verifyGrant(grant, board.id, 'another-secret-that-is-long-enough-99', { now })).toBeNull();
    for (const bad of [undefined, 42, '', 'a.b', `${grant}x`, grant.replace('.', '..')]) expect(verifyGrant(bad, board.id, secret, { now })).toBeNull();
  });

  it('cannot stand in for a token, nor a token for a grant', () => {
    const grant = signGrant(board.id, newGrantId(), secret, now);
    expect(kinds(verifyToken(grant, secret, { now }))).toEqual(['bad-signature']);
    const token = signToken(linkToken(board.id, 'editor', 1, now), secret);
    expect(verifyGrant(token, board.id, secret, { now })).toBeNull();
  });

  it('always join as the same participant id per board, which the schema accepts and which differs per board', () => {
    const id = newGrantId();
    const p = grantParticipantId(board.id, id, secret);
    expect(p).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(grantParticipantId(board.id, id, secret)).toBe(p);
    expect(grantParticipantId('board-other1', id, secret)).not.toBe(p);
    const link = linkToken(board.id, 'commenter', board.keyVersion, now);
    expect(participantToken(link, 'Kari', '', p, now, id)).toMatchObject({ p, g: id });
    expect(verifyToken(signToken(participantToken(link, 'Kari', '', p, now, id), secret), secret, { now }).ok).toBe(true);
  });
});

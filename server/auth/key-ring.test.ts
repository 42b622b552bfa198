import { describe, expect, it } from 'vitest';
import { keyRing, macMatches, macOf } from './key-ring';
import { grantParticipantId, linkToken, newGrantId, signGrant, signToken, verifyGrant, verifyToken } from './tokens';
import { presenterToken } from './presenter-grant';

const [oldKey, newKey, otherKey] = ['old', 'new', 'other'].map((p) => `${p}-key-that-is-long-enough-0123456789`) as [string, string, string];
const now = 1_750_000_000;
const boardId = 'board-abc123';

describe('key ring', () => {
  it('signs with the newest key and verifies with any key of the ring', () => {
    const ring = keyRing([newKey, oldKey]);
    expect(macOf(ring, 'm')).toBe(macOf(newKey, 'm'));
    expect(macMatches(ring, 'm', macOf(oldKey, 'm'))).toBe(true);
    expect(macMatches(ring, 'm', macOf(newKey, 'm'))).toBe(true);
    expect(macMatches(ring, 'm', macOf(otherKey, 'm'))).toBe(false);
    expect(macMatches(ring, 'other message', macOf(newKey, 'm'))).toBe(false);
  });

  it('a ring of one key signs exactly as that key alone, so links from before rings existed still verify', () => {
    const payload = linkToken(boardId, 'editor', 1, now);
    expect(signToken(payload, keyRing([oldKey]))).toBe(signToken(payload, oldKey));
    expect(grantParticipantId(boardId, 'g', keyRing([oldKey]))).toBe(grantParticipantId(boardId, 'g', oldKey));
  });

  it('keeps links, grants and presenter grants signed before a rotation valid, until their key leaves the ring', () => {
    const link = signToken(linkToken(boardId, 'viewer', 1, now), oldKey);
    const presenter = signToken(presenterToken(boardId, 1, now), oldKey);
    const grantId = newGrantId();
    const grant = signGrant(boardId, grantId, oldKey, now);

    const rotated = keyRing([newKey, oldKey]);
    expect(verifyToken(link, rotated, { now }).ok).toBe(true);
    expect(verifyToken(presenter, rotated, { now }).ok).toBe(true);
    expect(verifyGrant(grant, boardId, rotated, { now })).toBe(grantId);

    const dropped = keyRing([newKey], oldKey);
    expect(verifyToken(link, dropped, { now })).toMatchObject({ ok: false, errors: [{ kind: 'bad-signature' }] });
    expect(verifyToken(presenter, dropped, { now }).ok).toBe(false);
    expect(verifyGrant(grant, boardId, dropped, { now })).toBeNull();
  });

  it('derives participant ids with the id key, whatever key signs', () => {
    const grantId = newGrantId();
    const before = grantParticipantId(boardId, grantId, keyRing([oldKey]));
    // Ids must not follow the signing key: a grant re-signed after rotation names the same participant.
    expect(grantParticipantId(boardId, grantId, keyRing([newKey, oldKey]))).toBe(before);
    expect(grantParticipantId(boardId, grantId, keyRing([newKey], oldKey))).toBe(before);
    expect(grantParticipantId(boardId, grantId, keyRing([newKey]))).not.toBe(before);
  });

  it('refuses an empty ring', () => {
    expect(() => keyRing([])).toThrow(/at least one key/);
  });
});
